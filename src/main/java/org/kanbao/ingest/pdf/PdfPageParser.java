package org.kanbao.ingest.pdf;

import java.nio.file.Path;
import java.util.List;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.PageParser;
import org.kanbao.model.ParsedPage;

/** Placeholder until the PDF importer lands. */
public final class PdfPageParser implements PageParser {
    @Override
    public String kind() {
        return "pdf";
    }

    @Override
    public List<ParsedPage> parse(Path file, ImportHints hints) throws ImportException {
        throw new ImportException("PDF import is not available yet: " + file.getFileName());
    }
}
