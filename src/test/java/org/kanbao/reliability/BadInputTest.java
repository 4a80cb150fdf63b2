package org.kanbao.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.store.Library;
import org.kanbao.store.Maintenance;
import org.kanbao.testing.Fixtures;

/**
 * A corpus of bad files, generated here, imported one by one by the CLI in a JVM capped at 512 MB:
 * each must end within 10 s with a clear message (no stack trace) or a best-effort import, and the
 * library must stay healthy with everything stored before still there.
 */
class BadInputTest {
    private static final long LIMIT_MS = 10_000 + 1_500; // the 10 s budget plus JVM start-up

    @TempDir
    Path dir;

    @Test
    void everyBadFileGetsAClearAnswerAndTheLibraryStaysWhole() throws Exception {
        Path lib = dir.resolve("l.kanbao");
        assertEquals(0, cli(lib, Fixtures.seedPage()).exit, "seed import");
        long articlesBefore = count(lib);
        Map<String, Path> corpus = corpus();
        int handled = 0;
        List<String> failures = new ArrayList<>();
        for (var e : corpus.entrySet()) {
            Result r = cli(lib, e.getValue());
            boolean clear = !r.output.contains("\tat ") && !r.output.contains("Exception in thread") && !r.output.isBlank();
            boolean ok = r.finished && r.millis <= LIMIT_MS && (r.exit == 0 || r.exit == 1) && clear;
            if (ok) handled++;
            else failures.add(e.getKey() + ": exit " + r.exit + " in " + r.millis + " ms: " + r.output.lines().limit(3).toList());
            try (Library l = Library.open(lib)) {
                assertTrue(Maintenance.check(l).isEmpty(), e.getKey());
            }
            assertTrue(count(lib) >= articlesBefore, e.getKey() + " lost stored articles");
        }
        System.out.printf("bad inputs: %d of %d handled%n", handled, corpus.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private Map<String, Path> corpus() throws Exception {
        Map<String, Path> m = new LinkedHashMap<>();
        Random rnd = new Random(1);
        Path seed = Fixtures.seedPage();
        String seedText = Files.readString(seed, StandardCharsets.UTF_8);
        Path pdf = Fixtures.pdFiles("-p01.pdf").get(0);
        byte[] pdfBytes = Files.readAllBytes(pdf);

        m.put("empty .txt", Files.write(dir.resolve("empty.txt"), new byte[0]));
        m.put("empty .pdf", Files.write(dir.resolve("empty.pdf"), new byte[0]));
        byte[] random = new byte[200_000];
        rnd.nextBytes(random);
        m.put("random bytes .txt", Files.write(dir.resolve("random.txt"), random));
        m.put("random bytes .pdf", Files.write(dir.resolve("random.pdf"), random));
        m.put("a PDF named .txt", Files.write(dir.resolve("really-a-pdf.txt"), pdfBytes));
        m.put("truncated PDF", Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdfBytes, pdfBytes.length / 2)));
        byte[] flipped = pdfBytes.clone();
        for (int i = 0; i < 200; i++) flipped[rnd.nextInt(flipped.length)] ^= (byte) (1 << rnd.nextInt(8));
        m.put("bit-flipped PDF", Files.write(dir.resolve("flipped.pdf"), flipped));
        m.put("GBK text", Files.write(dir.resolve("gbk.txt"), seedText.replace("本报讯", "本报讯 GBK").getBytes(Charset.forName("GBK"))));
        m.put("UTF-16 text", Files.write(dir.resolve("utf16.txt"), seedText.replace("本报讯", "本报讯 UTF16").getBytes(StandardCharsets.UTF_16)));
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(seedText.substring(0, 2000).getBytes(StandardCharsets.UTF_8));
        mixed.write(seedText.substring(2000, 4000).getBytes(Charset.forName("GBK")));
        m.put("mixed UTF-8 and GBK", Files.write(dir.resolve("mixed.txt"), mixed.toByteArray()));
        m.put("a 1 MB line", Files.writeString(dir.resolve("longline.txt"), "本报讯 " + "长".repeat(350_000) + "。\n"));
        m.put("encrypted PDF", encrypted(dir.resolve("encrypted.pdf")));
        m.put("zero-page PDF", zeroPages(dir.resolve("zero.pdf")));
        m.put("1,000-page PDF", manyPages(dir.resolve("thousand.pdf"), 1000));
        m.put("deeply nested PDF objects", nested(dir.resolve("nested.pdf"), 100_000));
        return m;
    }

    private static Path encrypted(Path f) throws Exception {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            d.save(f.toFile());
        }
        return f;
    }

    private static Path zeroPages(Path f) throws Exception {
        try (PDDocument d = new PDDocument()) {
            d.save(f.toFile());
        }
        return f;
    }

    private static Path manyPages(Path f, int n) throws Exception {
        try (PDDocument d = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < n; i++) {
                PDPage p = new PDPage();
                d.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Page " + (i + 1));
                    cs.endText();
                }
            }
            d.save(f.toFile());
        }
        return f;
    }

    /** A hand-written PDF whose page content refers to an array nested {@code depth} levels deep. */
    private static Path nested(Path f, int depth) throws Exception {
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots " + deep + " >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return Files.writeString(f, body, StandardCharsets.ISO_8859_1);
    }

    private record Result(boolean finished, int exit, long millis, String output) {
    }

    private static Result cli(Path lib, Path file) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.kanbao.Main", "import", "--library", lib.toString(),
                "--paper", "测试报", file.toString());
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = p.waitFor(LIMIT_MS + 5_000, TimeUnit.MILLISECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
            return new Result(false, -1, (System.nanoTime() - t) / 1_000_000, "(killed: no answer in time)");
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(true, p.exitValue(), ms, out);
    }

    private static long count(Path lib) throws Exception {
        try (Library l = Library.open(lib)) {
            return l.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM article")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void corpusIsWhatItClaims() throws Exception {
        Map<String, Path> c = corpus();
        assertEquals(15, c.size());
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(c.get("1,000-page PDF").toFile())) {
            assertEquals(1000, d.getNumberOfPages());
        }
        assertFalse(Files.readString(c.get("GBK text"), StandardCharsets.ISO_8859_1).contains("本报讯"));
    }
}
