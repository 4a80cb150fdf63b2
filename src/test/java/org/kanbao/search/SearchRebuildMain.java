package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.kanbao.Kanbao;

/**
 * Re-indexes a library (e.g. a copy of one kept by {@code kanbao bench --keep}) and prints wall and process CPU
 * time: opening re-indexes when {@link SearchIndex#VERSION} changed, else {@code rebuild()} runs.
 */
public final class SearchRebuildMain {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long p0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        try (Kanbao k = Kanbao.open(Path.of(args[0]), false)) {
            if (System.nanoTime() - w0 < 5e9) {
                p0 = os.getProcessCpuTime();
                w0 = System.nanoTime();
                k.search().rebuild();
            }
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (os.getProcessCpuTime() - p0) / 1e9;
            long n = k.library().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM article")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            System.out.printf("rebuild %d articles: wall %.1f s (%.0f art/s), process CPU %.1f s (%.0f art per CPU-s)%n",
                    n, wall, n / wall, cpu, n / cpu);
        }
    }
}
