package org.kanbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.export.ExportTestAccess;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.Library;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    static Path dir;
    static Path libFile;
    static List<StoredArticle> all;

    @BeforeAll
    static void library() throws Exception {
        libFile = dir.resolve("cli.kanbao");
        try (Library lib = Library.open(libFile)) {
            all = ExportTestAccess.fill(lib);
            long a = all.get(0).id(), b = all.get(3).id(), c = all.get(5).id();
            lib.write(conn -> {
                try (var s = conn.createStatement()) {
                    s.execute("INSERT INTO tag(id, name, kind) VALUES (1, '平湖', 'place'), (2, '平湖', 'topic')");
                    s.execute("INSERT INTO article_tag(article_id, tag_id, source, removed) VALUES (" + a + ", 1, 'auto', 0), ("
                            + b + ", 2, 'manual', 0), (" + c + ", 1, 'auto', 1)");
                }
                return null;
            });
        }
        // The rows were stored without the services' hooks: index them as an import would have.
        try (org.kanbao.Kanbao k = org.kanbao.Kanbao.open(libFile, false)) {
            k.search().rebuild();
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = KanbaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    static String outline(Path pdf) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            d.getDocumentCatalog().getDocumentOutline().children().forEach(i -> sb.append(i.getTitle()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void exportsTheGivenIdsInTheGivenOrder() throws Exception {
        Path out = dir.resolve("ids.pdf");
        StoredArticle first = all.get(4), second = all.get(1);
        Run r = run("export", "--library", libFile.toString(), "--ids", first.id() + "," + second.id(), "-o", out.toString(),
                "--paper", "letter", "--title", "两篇");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 articles"), r.out());
        String titles = outline(out);
        assertTrue(titles.indexOf(first.article().headline()) < titles.indexOf(second.article().headline()), titles);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertEquals("两篇", d.getDocumentInformation().getTitle());
            assertEquals(612f, d.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
    }

    @Test
    void tagSelectsLinkedArticlesExceptRemovedLinks() throws Exception {
        Path out = dir.resolve("tag.pdf");
        Run r = run("export", "--library", libFile.toString(), "--tag", "平湖", "-o", out.toString(), "--no-cover");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 articles"), r.out());
        String titles = outline(out);
        assertFalse(titles.contains("目录"), "no cover, no contents");
        assertFalse(titles.contains(all.get(5).article().headline() + " ·"), "the user removed that tag");
        Run kind = run("export", "--library", libFile.toString(), "--tag", "topic:平湖", "-o", dir.resolve("t2.pdf").toString());
        assertTrue(kind.out().contains("1 article,"), kind.out() + kind.err());
    }

    @Test
    void queryMatchesTextAndEmptySelectionsAreErrors() throws Exception {
        String word = all.get(2).article().headline().substring(0, 3);
        Path out = dir.resolve("q.pdf");
        Run r = run("export", "--library", libFile.toString(), "--query", word, "-o", out.toString(), "--order", "date");
        assertEquals(0, r.code(), r.err());
        assertTrue(pages(out) >= 2);
        Path none = dir.resolve("none.pdf");
        Run empty = run("export", "--library", libFile.toString(), "--query", "不可能出现的词语组合", "-o", none.toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("no articles match"), empty.err());
        assertFalse(Files.exists(none));
        Run missing = run("export", "--library", libFile.toString(), "--ids", "1,999999", "-o", none.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("999999"), missing.err());
        assertFalse(Files.exists(none));
    }

    @Test
    void usageErrors() {
        Path out = dir.resolve("u.pdf");
        assertEquals(2, run("export", "--library", libFile.toString(), "-o", out.toString()).code(), "a selection is required");
        assertEquals(2, run("export", "--library", libFile.toString(), "--ids", "1", "--tag", "x", "-o", out.toString()).code());
        assertEquals(2, run("export", "--library", libFile.toString(), "--ids", "1", "-o", out.toString(), "--paper", "a3").code());
        assertEquals(2, run("export", "--library", libFile.toString(), "--ids", "1,x", "-o", out.toString()).code());
        Run bad = run("export", "--library", libFile.toString(), "--ids", "1", "-o", dir.resolve("nope/r.pdf").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("does not exist"), bad.err());
    }
}
