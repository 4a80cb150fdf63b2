package org.kanbao.ingest;

import java.nio.file.Path;
import java.util.Locale;
import org.kanbao.ingest.pdf.PdfPageParser;
import org.kanbao.ingest.text.TextPageParser;

/** Chooses the parser for a file by its name. */
public final class Parsers {
    private Parsers() {
    }

    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** Whether a folder scan should pick this file up. */
    public static boolean isImportable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt");
    }

    public static PageParser forFile(Path file) {
        return isPdf(file) ? new PdfPageParser() : new TextPageParser();
    }
}
