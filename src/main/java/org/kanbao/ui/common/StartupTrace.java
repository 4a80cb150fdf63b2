package org.kanbao.ui.common;

/**
 * With -Dkanbao.trace=true, prints the milliseconds since launch at each start-up step (to find slow steps), and
 * the CPU this process used so far (wall-clock figures on a shared machine say little without it).
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("kanbao.trace");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (!ON) return;
        String given = System.getProperty("kanbao.launchStart");
        long start = given != null ? Long.parseLong(given) : org.kanbao.ui.AppLauncher.launchInstant();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.err.println("trace " + (System.currentTimeMillis() - start) + " ms: " + step + " (process CPU " + cpu + " ms)");
    }
}
