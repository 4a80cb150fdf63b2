package org.kanbao.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.kanbao.Kanbao;

/**
 * The bench's timed index build on a copy of a kept library (not a unit test): {@code rebuild()} then
 * {@code optimize()}, wall time, then the index's size and FTS5's integrity check. {@code RebuildStagesMain LIBRARY [COPY]}.
 */
public final class RebuildStagesMain {
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        Path lib = Path.of(args.length > 1 ? args[1] : "/tmp/kanbao-rebuild-copy.kanbao");
        Files.copy(src, lib, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(lib + "-wal"));
        Files.deleteIfExists(Path.of(lib + "-shm"));
        try (Kanbao k = Kanbao.open(lib, false)) {
            long n = k.library().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM article")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            long w0 = System.nanoTime();
            k.search().rebuild();
            long w1 = System.nanoTime();
            k.search().optimize();
            long w2 = System.nanoTime();
            System.out.printf("%d articles: %.1f s = %.0f art/s (rebuild %.1f s, optimize %.1f s)%n", n, (w2 - w0) / 1e9,
                    n / ((w2 - w0) / 1e9), (w1 - w0) / 1e9, (w2 - w1) / 1e9);
            try (var s = k.library().connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                for (String q : new String[] {"SELECT count(*), sum(length(block)) FROM search_fts_data",
                        "SELECT count(*), sum(length(block)) FROM search_terms_data",
                        "SELECT count(DISTINCT segid), count(*) FROM search_terms_idx", "PRAGMA freelist_count"}) {
                    try (var rs = s.executeQuery(q)) {
                        rs.next();
                        System.out.println("  " + q + ": " + rs.getString(1) + (rs.getMetaData().getColumnCount() > 1 ? " " + rs.getString(2) : ""));
                    }
                }
            }
            long t = System.nanoTime();
            k.search().integrityCheck();
            System.out.printf("  integrity check ok (%.1f s); 镇 count %d; file %.0f MB%n", (System.nanoTime() - t) / 1e9,
                    k.search().count("镇"), Files.size(lib) / 1e6);
        }
    }
}
