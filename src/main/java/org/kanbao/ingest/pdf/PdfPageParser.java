package org.kanbao.ingest.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.PageParser;
import org.kanbao.model.ParsedPage;

/**
 * Reads page PDFs and edition PDFs (one {@link ParsedPage} per PDF page) with the article zones
 * found from the text geometry and the rules drawn on each page. The file is read from disk with a
 * temp-file stream cache, so memory stays bounded on a 300-page edition.
 */
public final class PdfPageParser implements PageParser {
    static final String NO_TEXT_NOTE = "no text layer: kept as an image; its text could not be read";

    @Override
    public String kind() {
        return "pdf";
    }

    @Override
    public List<ParsedPage> parse(Path file, ImportHints hints) throws ImportException {
        String name = file.getFileName().toString();
        checkFile(file, name);
        try (PDDocument doc = open(file, name)) {
            int n = doc.getNumberOfPages();
            if (n == 0) throw new ImportException(name + " has no pages");
            List<ParsedPage> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // page hints (number from the file name) only fit a single-page file
                ImportHints h = n == 1 ? hints : new ImportHints(hints.paper(), hints.date(), null);
                out.add(parsePage(doc, i, name, h));
            }
            return n > 1 ? EditionLinks.link(out) : out;
        } catch (IOException e) {
            throw new ImportException(name + " could not be read as a PDF: " + e.getMessage(), e);
        }
    }

    private static ParsedPage parsePage(PDDocument doc, int index, String name, ImportHints hints) throws ImportException {
        try {
            PageGeometry g = PageGeometry.read(doc, index);
            return PageLayout.read(g, name, hints);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("page " + (index + 1) + " of " + name + " is damaged and cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    /** Opens the document; encrypted files that need a password are refused with a clear message. */
    static PDDocument open(Path file, String name) throws ImportException {
        try {
            PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
            return doc;
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + " is encrypted with a password; open it in a PDF reader, save an "
                    + "unprotected copy and import that", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name + " is not a readable PDF (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    /** Cheap checks before PDFBox, which would patch up a truncated file silently. */
    static void checkFile(Path file, String name) throws ImportException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            if (len < 64) throw new ImportException(name + " is empty or too short to be a PDF");
            byte[] head = new byte[(int) Math.min(1024, len)];
            f.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw new ImportException(name + " is not a PDF file (no %PDF header)");
            }
            int tailLen = (int) Math.min(4096, len);
            byte[] tail = new byte[tailLen];
            f.seek(len - tailLen);
            f.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new ImportException(name + " is incomplete (the file was cut short, e.g. by an interrupted download)");
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
