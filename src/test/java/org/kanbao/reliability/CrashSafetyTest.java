package org.kanbao.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.store.Library;
import org.kanbao.store.Maintenance;
import org.kanbao.testing.Fixtures;

/**
 * Kills import processes with SIGKILL at random moments and checks after each kill that the
 * library opens, passes SQLite's and the search index's integrity checks, and holds every
 * edition (one import of eight pages) wholly or not at all. Iterations: -Dkanbao.crash.iterations (default 6; 50 for the full run).
 */
class CrashSafetyTest {
    private static final int PAGES_PER_EDITION = 8;

    @TempDir
    Path dir;

    @Test
    void killedImportsNeverLeaveAHalfEditionOrADamagedLibrary() throws Exception {
        int iterations = Integer.getInteger("kanbao.crash.iterations", 6);
        Random random = new Random(20231116);
        Path lib = dir.resolve("crash.kanbao");
        try (Library l = Library.open(lib)) {
            // created and migrated before the first kill
        }
        List<Path> sources = Fixtures.pdFiles(".txt");
        // One uninterrupted import tells how long a whole one takes, so kills land all along it.
        long t0 = System.nanoTime();
        assertEquals(0, cli(lib, makeEdition(sources, 1000), 1000).waitFor());
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        int survived = 0;
        int killedMidway = 0;
        for (int i = 0; i < iterations; i++) {
            Process p = cli(lib, makeEdition(sources, i), i);
            long delay = 100 + (long) (random.nextDouble() * fullMillis);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
                killedMidway++;
            }
            try (Library l = Library.open(lib)) {
                List<String> problems = Maintenance.check(l);
                assertTrue(problems.isEmpty(), "after kill " + i + ": " + problems);
                Map<Long, Integer> pagesPerEdition = l.read(c -> {
                    Map<Long, Integer> m = new java.util.HashMap<>();
                    try (var s = c.createStatement();
                         var rs = s.executeQuery("SELECT e.id, count(p.id) FROM edition e LEFT JOIN page p ON p.edition_id = e.id GROUP BY e.id")) {
                        while (rs.next()) m.put(rs.getLong(1), rs.getInt(2));
                    }
                    return m;
                });
                pagesPerEdition.forEach((ed, n) -> assertEquals(PAGES_PER_EDITION, n, "edition " + ed + " is partial: " + describe(l)));
                long orphans = l.read(c -> {
                    try (var s = c.createStatement(); var rs = s.executeQuery(
                            "SELECT count(*) FROM article a LEFT JOIN page p ON p.id = a.page_id WHERE p.id IS NULL")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertEquals(0, orphans);
            }
            survived++;
        }
        System.out.printf("crash safety: %d of %d kills survived (%d killed mid-import)%n", survived, iterations, killedMidway);
        assertEquals(iterations, survived);
    }

    /** An edition folder of pages made unique by a line that names the edition. */
    private Path makeEdition(List<Path> sources, int n) throws Exception {
        Path ed = Files.createDirectories(dir.resolve(String.format("ed%03d", n)));
        for (int p = 1; p <= PAGES_PER_EDITION; p++) {
            String text = Files.readString(sources.get((n + p) % sources.size()), StandardCharsets.UTF_8);
            Files.writeString(ed.resolve(String.format("%s_%02d.txt", date(n), p)),
                    "本报讯 测试稿件编号" + n + "-" + p + "。\n\n" + text, StandardCharsets.UTF_8);
        }
        return ed;
    }

    private static String describe(Library l) {
        try {
            return l.read(c -> {
                StringBuilder sb = new StringBuilder();
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT e.id, e.paper, e.date, p.source_file FROM edition e JOIN page p ON p.edition_id = e.id ORDER BY e.id, p.id")) {
                    while (rs.next()) sb.append('\n').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getString(3)).append(' ').append(rs.getString(4));
                }
                return sb.toString();
            });
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String date(int n) {
        return java.time.LocalDate.of(2020, 1, 1).plusDays(n).toString();
    }

    /** Imports one edition folder; paper and date are given, so page headers cannot merge editions. */
    private static Process cli(Path lib, Path edition, int n) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.kanbao.Main", "import", "--library", lib.toString(),
                "--paper", "测试报", "--date", date(n), edition.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
