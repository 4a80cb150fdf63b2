package org.kanbao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.model.ParsedPage;
import org.kanbao.testing.Fixtures;

/** Damaged, protected and image-only PDFs: clear messages, never a stack trace; scans kept as pages. */
class BadPdfTest {
    @TempDir
    Path dir;

    private final PdfPageParser parser = new PdfPageParser();

    @Test
    void truncatedPdfIsRefusedWithAClearMessage() throws Exception {
        byte[] full = Files.readAllBytes(Fixtures.pd().resolve("pd-20191008-A-p01.pdf"));
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, Arrays.copyOf(full, full.length / 2));
        ImportException e = assertThrows(ImportException.class, () -> parser.parse(cut, ImportHints.NONE));
        assertTrue(e.getMessage().contains("cut.pdf") && e.getMessage().contains("incomplete"), e.getMessage());
    }

    @Test
    void randomBytesAreNotAPdf() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        Path f = dir.resolve("junk.pdf");
        Files.write(f, junk);
        ImportException e = assertThrows(ImportException.class, () -> parser.parse(f, ImportHints.NONE));
        assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    }

    @Test
    void garbageAfterAValidHeaderIsRefused() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(8).nextBytes(junk);
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, junk, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes();
        System.arraycopy(tail, 0, junk, junk.length - tail.length, tail.length);
        Path f = dir.resolve("broken.pdf");
        Files.write(f, junk);
        ImportException e = assertThrows(ImportException.class, () -> parser.parse(f, ImportHints.NONE));
        assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        ImportException e = assertThrows(ImportException.class, () -> parser.parse(f, ImportHints.NONE));
        assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void pageWithoutTextIsKeptWithANote() throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600); // stands for the scanned picture
                cs.fill();
            }
            doc.save(f.toFile());
        }
        List<ParsedPage> pages = parser.parse(f, new ImportHints(null, null, 5));
        assertEquals(1, pages.size());
        ParsedPage p = pages.get(0);
        assertTrue(p.articles().isEmpty());
        assertEquals(5, p.page());
        assertEquals(PDRectangle.A4.getWidth(), p.width(), 0.5);
        assertFalse(p.notes().isEmpty());
        assertTrue(p.notes().get(0).contains("no text layer"), p.notes().toString());
    }

    @Test
    void editionPdfGivesOnePagePerPdfPage() throws Exception {
        List<ParsedPage> pages = parser.parse(Fixtures.pd().resolve("pd-20191009-B.pdf"), ImportHints.NONE);
        assertEquals(4, pages.size());
        for (int i = 0; i < 4; i++) assertEquals(i + 1, pages.get(i).page());
    }
}
