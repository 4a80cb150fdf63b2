package org.kanbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.StoredArticle;

/** Fallback glyphs, and that a failed or cancelled export leaves nothing behind. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    static StoredArticle article(long id, String headline, String... paragraphs) {
        Article a = new Article(ArticleKind.NEWS, "", headline, "", List.of(new Byline("记者", List.of("张三"))), "本报讯",
                Stream.of(paragraphs).map(BodyBlock::paragraph).toList(), null, false, null);
        return new StoredArticle(id, 1, 1, (int) id, "测试报", LocalDate.of(2024, 3, 1), 2, "要闻", a);
    }

    static List<StoredArticle> many(int n) {
        String para = "这是用于测试的段落，内容足够长，可以占据好几行。".repeat(12);
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> article(i, "第" + i + "篇", para, para)).toList();
    }

    @Test
    void charactersTheMainFontLacksComeFromTheFallbackOrAVisibleMark() throws Exception {
        Path out = dir.resolve("fallback.pdf");
        String latin = "Łódź Kraków Καλημέρα Привет";
        ExportResult r = new PdfExporter(null).export(List.of(article(1, "波兰城市Łódź", "访问" + latin + "。罕见字𠀀在此。")),
                ExportOptions.defaults().withCover(false), out, null, null);
        List<String[]> fonts = Poppler.fonts(out);
        assertTrue(fonts.stream().anyMatch(f -> f[0].endsWith("+NotoSans-Regular")), "fallback font used: "
                + fonts.stream().map(f -> f[0]).toList());
        assertTrue(fonts.stream().anyMatch(f -> f[0].endsWith("+NotoSans-Bold")), "bold fallback for the headline");
        fonts.forEach(f -> assertEquals("yes", f[1], f[0] + " embedded"));
        String text = Poppler.text(out);
        assertTrue(text.contains(Poppler.norm(latin)), text);
        assertTrue(text.contains("波兰城市Łódź"), text);
        // the character no font has is drawn as 〓 and keeps its value for copy and search
        assertTrue(text.contains("罕见字𠀀在此"), text);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("U+20000")), r.warnings().toString());
    }

    @Test
    void cancellingLeavesNoFileAndKeepsAnExistingOne() throws Exception {
        Path out = dir.resolve("report.pdf");
        Files.writeString(out, "old report");
        AtomicLong calls = new AtomicLong();
        ExportResult r = new PdfExporter(null).export(many(20), ExportOptions.defaults(), out,
                (d, t, m) -> calls.incrementAndGet(), () -> calls.get() >= 25);
        assertTrue(r.cancelled());
        assertEquals("old report", Files.readString(out));
        assertOnly(out);
    }

    @Test
    void cancellingAtEachStageLeavesNothing() throws Exception {
        Path out = dir.resolve("new.pdf");
        AtomicLong total = new AtomicLong();
        new PdfExporter(null).export(many(6), ExportOptions.defaults(), out, null, () -> total.incrementAndGet() < 0);
        Files.delete(out);
        assertTrue(total.get() > 8, "the export checks for cancel often: " + total.get());
        for (long stopAt = 0; stopAt < total.get(); stopAt++) {
            long at = stopAt;
            AtomicLong checks = new AtomicLong();
            ExportResult r = new PdfExporter(null).export(many(6), ExportOptions.defaults(), out, null,
                    () -> checks.incrementAndGet() > at);
            assertTrue(r.cancelled(), "cancelled after " + stopAt + " checks");
            assertFalse(Files.exists(out));
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(0, s.count(), "nothing left after cancel at " + stopAt);
            }
        }
    }

    @Test
    void aFailureMidwayLeavesNoPartialFile() throws Exception {
        Path out = dir.resolve("report.pdf");
        byte[] before = "previous".getBytes();
        Files.write(out, before);
        ExportException e = assertThrows(ExportException.class, () -> new PdfExporter(null).export(many(5),
                ExportOptions.defaults(), out, (d, t, m) -> {
                    if (m.startsWith("Drawing")) throw new IllegalStateException("disk exploded");
                }, null));
        assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        assertOnly(out);
    }

    @Test
    void unwritableTargetsGetClearErrors() throws Exception {
        var ex = new PdfExporter(null);
        var opts = ExportOptions.defaults();
        ExportException missing = assertThrows(ExportException.class,
                () -> ex.export(many(1), opts, dir.resolve("no/such/folder/r.pdf"), null, null));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        ExportException folder = assertThrows(ExportException.class, () -> ex.export(many(1), opts, dir, null, null));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        ExportException none = assertThrows(ExportException.class, () -> ex.export(List.of(), opts, dir.resolve("x.pdf"), null, null));
        assertTrue(none.getMessage().contains("no articles"), none.getMessage());
        // a folder nobody may write to, even root: /proc
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        ExportException denied = assertThrows(ExportException.class,
                () -> ex.export(many(1), opts, Path.of("/proc/kanbao-report.pdf"), null, null));
        assertTrue(denied.getMessage().startsWith("Cannot write /proc/kanbao-report.pdf"), denied.getMessage());
        assertFalse(denied.getMessage().contains("Exception"), "a sentence, not a stack trace: " + denied.getMessage());
    }

    @Test
    void theWrittenFileHasTheFoldersUsualPermissions() throws Exception {
        Path out = dir.resolve("perm.pdf");
        new PdfExporter(null).export(many(1), ExportOptions.defaults(), out, null, null);
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(out));
    }

    private void assertOnly(Path out) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> left = s.toList();
            assertEquals(Files.exists(out) ? List.of(out) : List.of(), left, "no temporary file left");
        }
    }
}
