package org.kanbao.ui.common;

import java.lang.management.ManagementFactory;

/** With -Dkanbao.trace=true, prints milliseconds since launch at each start-up step (to find slow steps). */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("kanbao.trace");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (!ON) return;
        long start = Long.getLong("kanbao.launchStart", ManagementFactory.getRuntimeMXBean().getStartTime());
        System.err.println("trace " + (System.currentTimeMillis() - start) + " ms: " + step);
    }
}
