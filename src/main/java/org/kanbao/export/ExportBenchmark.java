package org.kanbao.export;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kanbao.model.StoredArticle;

/**
 * Measures an export for `kanbao bench`: the time and size of writing the given articles (the
 * issue's target is 100 articles in ≤ 3 s and ≤ 2 MB without clips). Reports wall-clock time and
 * CPU time (of the exporting thread, and of the whole process: font parsing threads, JIT and GC),
 * which a busy machine inflates far less than wall time.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    /**
     * @param firstInProcess whether this export paid for parsing the fonts (the first export of a process)
     */
    public record Result(int articles, int pages, long bytes, long wallMillis, long cpuMillis, long processCpuMillis,
                         boolean firstInProcess) {
        public String line() {
            return String.format("export %d articles: %d pages, %d KB, %d ms wall, %d ms CPU exporting thread, "
                    + "%d ms CPU whole process%s", articles, pages, (bytes + 1023) / 1024, wallMillis, cpuMillis,
                    processCpuMillis, firstInProcess ? " (incl. font loading)" : "");
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static boolean fontsLoaded;

    /** Exports {@code articles} to a temporary file in {@code dir} (deleted afterwards) and measures it. */
    public static synchronized Result run(PdfExporter exporter, List<StoredArticle> articles, ExportOptions options, Path dir)
            throws ExportException, IOException {
        var mx = ManagementFactory.getThreadMXBean();
        boolean first = !fontsLoaded;
        Path out = dir.resolve("kanbao-bench-" + System.nanoTime() + ".pdf");
        long cpu0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
        long proc0 = processCpuNanos();
        long t0 = System.nanoTime();
        try {
            ExportResult r = exporter.export(articles, options, out, PdfExporter.Progress.NONE, () -> false);
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long cpu = mx.isCurrentThreadCpuTimeSupported() ? (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000 : -1;
            long proc = proc0 < 0 ? -1 : (processCpuNanos() - proc0) / 1_000_000;
            fontsLoaded = true;
            return new Result(r.articles(), r.pages(), r.bytes(), wall, cpu, proc, first);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
