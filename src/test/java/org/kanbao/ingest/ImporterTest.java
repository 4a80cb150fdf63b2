package org.kanbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.StoreHook;
import org.kanbao.testing.Fixtures;

class ImporterTest {
    @TempDir
    Path dir;

    private static long count(Library lib, String table) throws LibraryException {
        return lib.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void reimportingTheSamePageChangesNothingAndSaysSo() throws Exception {
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            Importer imp = new Importer(lib);
            ImportHints hints = new ImportHints("平湖日报", java.time.LocalDate.of(2023, 11, 16), 1);
            ImportReport first = imp.importFiles(List.of(Fixtures.seedPage()), hints, Importer.Progress.NONE, () -> false);
            assertEquals(1, first.pages());
            assertTrue(first.articles() > 0);
            long articles = count(lib, "article");
            ImportReport again = imp.importFiles(List.of(Fixtures.seedPage()), hints, Importer.Progress.NONE, () -> false);
            assertEquals(0, again.pages());
            assertEquals(List.of("pinghu-front-page.txt"), again.duplicates());
            assertTrue(again.summary().contains("Already in the library"));
            assertEquals(articles, count(lib, "article"));
            assertEquals(1, lib.read(EditionRepository::list).size());
        }
    }

    private static List<org.kanbao.model.Page> pages(Library lib) throws LibraryException {
        return lib.read(c -> {
            List<org.kanbao.model.Page> out = new java.util.ArrayList<>();
            for (var e : EditionRepository.list(c)) out.addAll(org.kanbao.store.PageRepository.byEdition(c, e.id()));
            return out;
        });
    }

    @Test
    void theTextDumpOfAPageStoredFromItsPdfIsSkippedAndAPdfReplacesItsTextDump() throws Exception {
        Path pdf = Fixtures.pd().resolve("pd-20191008-A-p02.pdf");
        Path txt = Fixtures.pd().resolve("pd-20191008-A-p02.txt");
        try (Library lib = Library.open(dir.resolve("a.kanbao"))) {
            Importer imp = new Importer(lib);
            assertEquals(1, imp.importFiles(List.of(pdf), ImportHints.NONE, Importer.Progress.NONE, () -> false).pages());
            long articles = count(lib, "article");
            ImportReport again = imp.importFiles(List.of(txt), ImportHints.NONE, Importer.Progress.NONE, () -> false);
            assertEquals(0, again.pages());
            assertEquals(1, again.duplicates().size());
            assertTrue(again.duplicates().get(0).contains("pd-20191008-A-p02.pdf"), again.duplicates().toString());
            assertEquals(articles, count(lib, "article"));
            assertEquals(1, pages(lib).size());
        }
        try (Library lib = Library.open(dir.resolve("b.kanbao"))) {
            Importer imp = new Importer(lib);
            assertEquals(1, imp.importFiles(List.of(txt), ImportHints.NONE, Importer.Progress.NONE, () -> false).pages());
            ImportReport pdfLater = imp.importFiles(List.of(pdf), ImportHints.NONE, Importer.Progress.NONE, () -> false);
            assertEquals(1, pdfLater.pages());
            List<org.kanbao.model.Page> ps = pages(lib);
            assertEquals(1, ps.size());
            assertTrue(ps.get(0).isPdf(), "the PDF replaced the text page");
            long orphans = lib.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT count(*) FROM article a LEFT JOIN page p ON p.id = a.page_id WHERE p.id IS NULL")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, orphans, "no article of the text page is left behind");
        }
        try (Library lib = Library.open(dir.resolve("d.kanbao"))) {
            // a text page whose tags the user edited is kept: its articles need not match the PDF's one for one
            Importer imp = new Importer(lib);
            imp.importFiles(List.of(txt), ImportHints.NONE, Importer.Progress.NONE, () -> false);
            lib.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO tag(id, name, kind) VALUES (1, '我的标签', 'manual')");
                    s.execute("INSERT INTO article_tag(article_id, tag_id, source) SELECT min(id), 1, 'manual' FROM article");
                }
                return null;
            });
            ImportReport pdfLater = imp.importFiles(List.of(pdf), ImportHints.NONE, Importer.Progress.NONE, () -> false);
            assertEquals(0, pdfLater.pages());
            assertEquals(1, pdfLater.duplicates().size());
            assertTrue(!pages(lib).get(0).isPdf() && pages(lib).size() == 1);
        }
        try (Library lib = Library.open(dir.resolve("e.kanbao"))) {
            // two different pages that carry the same number (sections A2 and B2, say) are both kept
            Importer imp = new Importer(lib);
            ImportHints page2 = new ImportHints("人民日报", java.time.LocalDate.of(2019, 10, 8), 2);
            imp.importFiles(List.of(txt), page2, Importer.Progress.NONE, () -> false);
            ImportReport other = imp.importFiles(List.of(Fixtures.pd().resolve("pd-20191008-A-p03.txt")), page2,
                    Importer.Progress.NONE, () -> false);
            assertEquals(1, other.pages(), other.summary());
            assertEquals(2, pages(lib).size());
        }
        try (Library lib = Library.open(dir.resolve("c.kanbao"))) {
            // both in one import, the text dump first: the PDF is kept
            ImportReport both = new Importer(lib).importFiles(List.of(txt, pdf), ImportHints.NONE, Importer.Progress.NONE, () -> false);
            assertEquals(1, both.pages());
            assertEquals(1, both.duplicates().size());
            assertTrue(pages(lib).get(0).isPdf());
        }
    }

    @Test
    void importThatFailsHalfwayLeavesNoRows() throws Exception {
        Path a = Files.writeString(dir.resolve("2023-11-16_01.txt"), "本报讯 第一版的新闻。\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("2023-11-16_02.txt"), "本报讯 第二版的新闻。\n", StandardCharsets.UTF_8);
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            lib.addHook(new StoreHook() {
                int pages;

                @Override
                public void articlesAdded(Connection c, List<StoredArticle> added) throws SQLException {
                    if (++pages == 2) throw new SQLException("simulated failure on the second page");
                }
            });
            assertThrows(LibraryException.class, () -> new Importer(lib).importFiles(List.of(a, b),
                    new ImportHints("报", null, null), Importer.Progress.NONE, () -> false));
            for (String t : List.of("edition", "page", "article")) assertEquals(0, count(lib, t), t);
        }
    }

    @Test
    void fullDiskFailsClearlyAndChangesNothing() throws Exception {
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            new Importer(lib).importFiles(List.of(Fixtures.pdFiles(".txt").get(0)), ImportHints.NONE,
                    Importer.Progress.NONE, () -> false);
            long pages = count(lib, "page");
            long articles = count(lib, "article");
            // Simulates a disk that is full: the file may not grow by a single page.
            lib.read(c -> {
                long used;
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    used = rs.getLong(1);
                }
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + used);
                }
                return null;
            });
            LibraryException e = assertThrows(LibraryException.class, () -> new Importer(lib).importFiles(
                    Fixtures.pdFiles(".txt").subList(1, 4), ImportHints.NONE, Importer.Progress.NONE, () -> false));
            assertTrue(e.getMessage().contains("full"), e.getMessage());
            assertEquals(pages, count(lib, "page"));
            assertEquals(articles, count(lib, "article"));
            // Once there is room again, writes are whole transactions as before.
            lib.read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = 1000000");
                }
                return null;
            });
            assertThrows(LibraryException.class, () -> lib.write(c -> {
                org.kanbao.store.EditionRepository.findOrCreate(c, "新报", null, "");
                throw new java.sql.SQLException("fails after the insert");
            }));
            assertEquals(1, lib.read(org.kanbao.store.EditionRepository::list).size());
            ImportReport r = new Importer(lib).importFiles(Fixtures.pdFiles(".txt").subList(1, 2), ImportHints.NONE,
                    Importer.Progress.NONE, () -> false);
            assertEquals(1, r.pages());
        }
    }

    @Test
    void readOnlyLibraryRefusesImportsClearly() throws Exception {
        Path f = dir.resolve("l.kanbao");
        try (Library lib = Library.open(f)) {
            // created
        }
        try (Library lib = Library.open(f, true)) {
            LibraryException e = assertThrows(LibraryException.class, () -> new Importer(lib).importFiles(
                    List.of(Fixtures.seedPage()), ImportHints.NONE, Importer.Progress.NONE, () -> false));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertEquals(0, count(lib, "page"));
        }
    }

    @Test
    void cancelledImportStoresNothing() throws Exception {
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            ImportReport r = new Importer(lib).importFiles(List.of(Fixtures.seedPage()), ImportHints.NONE,
                    Importer.Progress.NONE, () -> true);
            assertTrue(r.cancelled());
            assertEquals(0, count(lib, "page"));
        }
    }

    @Test
    void badFilesAreReportedAndGoodOnesStillImported() throws Exception {
        Path missing = dir.resolve("nope.txt");
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            ImportReport r = new Importer(lib).importFiles(List.of(missing, Fixtures.seedPage()), ImportHints.NONE,
                    Importer.Progress.NONE, () -> false);
            assertEquals(1, r.pages());
            assertEquals(1, r.failures().size());
            assertTrue(r.summary().contains("nope.txt"));
        }
    }

    @Test
    void twoProcessesImportingAtOnceDoNotCorruptTheLibrary() throws Exception {
        Path lib = dir.resolve("shared.kanbao");
        try (Library l = Library.open(lib)) {
            // created up front so that both processes migrate nothing
        }
        List<Path> pages = Fixtures.pdFiles(".txt");
        Process p1 = cli(lib, pages.subList(0, pages.size() / 2));
        Process p2 = cli(lib, pages.subList(pages.size() / 2, pages.size()));
        int e1 = p1.waitFor();
        int e2 = p2.waitFor();
        String out = new String(p1.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(p2.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, e1, out);
        assertEquals(0, e2, out);
        try (Library l = Library.open(lib)) {
            String check = l.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("ok", check);
            assertEquals(pages.size(), count(l, "page"));
            assertTrue(count(l, "article") > 0);
        }
    }

    private static Process cli(Path lib, List<Path> files) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.kanbao.Main", "import", "--library", lib.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
