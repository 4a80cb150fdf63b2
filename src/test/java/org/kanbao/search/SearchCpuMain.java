package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.kanbao.Kanbao;

/**
 * CPU-time latency of the bench query set on an existing library (e.g. one kept by {@code kanbao bench --keep}):
 * {@code java -cp ... org.kanbao.search.SearchCpuMain LIBRARY}. Thread CPU time includes SQLite's (same thread),
 * so it is a steadier guide than wall time on a loaded machine.
 */
public final class SearchCpuMain {
    static final String[] QUERIES = {"镇", "水", "网", "发展", "医保", "群众", "高质量", "新时代", "合作社", "乡村振兴", "人民群众", "经济发展"};

    public static void main(String[] args) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        if (args.length > 2 && args[2].equals("rebuild")) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long p0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            try (Kanbao k = Kanbao.open(Path.of(args[0]), false)) {
                // opening re-indexes when SearchIndex.VERSION changed
            }
            System.out.printf("rebuild: wall %.1f s, process CPU %.1f s%n", (System.nanoTime() - w0) / 1e9, (os.getProcessCpuTime() - p0) / 1e9);
            return;
        }
        try (Kanbao k = Kanbao.open(Path.of(args[0]), true)) {
            SearchService s = k.search();
            if (System.getProperty("rankCap") != null) s.rankCap = Integer.getInteger("rankCap");
            int i = 0;
            String[] queries = System.getProperty("queries") == null ? QUERIES : System.getProperty("queries").split("\\|");
            double[] all = new double[queries.length * reps];
            double[] allCount = new double[queries.length * reps];
            for (String q : queries) {
                for (int w = 0; w < 2; w++) { s.search(q, Sort.RANK, 0, Integer.getInteger("limit", 50)); s.count(q); }
                double[] t = new double[reps];
                double[] c = new double[reps];
                for (int r = 0; r < reps; r++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    s.search(q, Sort.RANK, 0, Integer.getInteger("limit", 50));
                    long c1 = mx.getCurrentThreadCpuTime();
                    s.count(q);
                    long c2 = mx.getCurrentThreadCpuTime();
                    t[r] = (c1 - c0) / 1e6;
                    c[r] = (c2 - c1) / 1e6;
                    all[i] = t[r];
                    allCount[i++] = c[r];
                }
                Arrays.sort(t);
                Arrays.sort(c);
                System.out.printf("%-6s total %7d  search cpu p50 %7.2f ms  count cpu p50 %6.2f ms%n", q, s.count(q), t[reps / 2], c[reps / 2]);
            }
            Arrays.sort(all);
            Arrays.sort(allCount);
            System.out.printf("ALL search cpu p50 %.2f p95 %.2f ms; count cpu p50 %.2f ms%n", all[all.length / 2],
                    all[(int) Math.ceil(all.length * 0.95) - 1], allCount[allCount.length / 2]);
        }
    }
}
