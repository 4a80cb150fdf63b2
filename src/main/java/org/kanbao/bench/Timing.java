package org.kanbao.bench;

import java.util.Arrays;

/** Timing helpers: run a piece of work repeatedly and read percentiles in milliseconds. */
public final class Timing {
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Milliseconds of each of {@code reps} runs after {@code warmup} unmeasured ones. */
    public static double[] millis(int warmup, int reps, Work w) throws Exception {
        for (int i = 0; i < warmup; i++) w.run();
        double[] out = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            w.run();
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        return out;
    }

    public static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))];
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }
}
