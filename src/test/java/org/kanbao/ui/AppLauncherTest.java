package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppLauncherTest {
    @Test
    void theAppsOwnOptionsStartItWithoutTheCommandLine() {
        assertEquals(new AppLauncher.AppArgs(null, false, null), AppLauncher.appArgs(new String[0]));
        assertEquals(new AppLauncher.AppArgs(Path.of("/tmp/x.kanbao"), true, "en"),
                AppLauncher.appArgs(new String[] {"--smoke", "--library", "/tmp/x.kanbao", "--lang=en"}));
        assertEquals(new AppLauncher.AppArgs(Path.of("a b.kanbao"), false, "zh"),
                AppLauncher.appArgs(new String[] {"--library=a b.kanbao", "--lang", "zh"}));
    }

    @Test
    void anythingElseIsLeftToTheCommandLine() {
        for (String[] args : new String[][] {{"list"}, {"--help"}, {"-h"}, {"--version"}, {"--library", "x", "list"},
                {"--smoke", "--smoke"}, {"--library"}, {"--library", "--smoke"}, {"--library="}, {"--lang", "en", "--lang", "zh"},
                {"--library", "a", "--library=b"}, {"--smoke=true"}, {"--bogus"}, {"import", "f.pdf"}}) {
            assertNull(AppLauncher.appArgs(args), String.join(" ", args));
        }
    }

    @Test
    void onlyTheNewestClassDataArchivesAreKept(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            Path f = java.nio.file.Files.writeString(dir.resolve("cds-a" + i + ".jsa"), "x");
            java.nio.file.Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        java.nio.file.Files.writeString(dir.resolve("other.txt"), "x");
        AppLauncher.pruneArchives(dir, 3);
        try (var s = java.nio.file.Files.list(dir)) {
            assertEquals(java.util.Set.of("cds-a2.jsa", "cds-a3.jsa", "cds-a4.jsa", "other.txt"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void platformJarsAreTheJavaFxJarsWithAnOsInTheName() {
        for (String n : new String[] {"javafx-base-21.0.11-linux.jar", "javafx-graphics-21.0.11-win.jar",
                "javafx-controls-21-mac-aarch64.jar", "javafx-swing-21.0.11-linux-aarch64.jar"}) {
            assertEquals(true, AppLauncher.isPlatformJar(n), n);
        }
        for (String n : new String[] {"javafx-base-21.0.11.jar", "javafx-base-linux.jar", "javafx--21-linux.jar",
                "controlsfx-11.2.1.jar", "javafx-base-21.0.11-linux.zip"}) {
            assertEquals(false, AppLauncher.isPlatformJar(n), n);
        }
    }

    @Test
    void theLaunchInstantIsTheStartOfThisJvmNotTheEndOfItsCreation() {
        long now = System.currentTimeMillis();
        long start = AppLauncher.jvmStart();
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(start <= now && now - start <= uptime + 1000, "start " + start + ", now " + now + ", uptime " + uptime);
        assertTrue(start <= java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Test
    void processAgeIsReadAfterTheCommandNameEvenWhenItHoldsSpacesAndParentheses() {
        // field 22 (start time) = 250 ticks of 10 ms after boot; the system has been up 12.34 s
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 20 0 250 1000 10 1844 0 0";
        assertEquals(12_340 - 2_500, AppLauncher.processAgeMillis(stat, "12.34 20.00\n"));
        assertEquals(-1, AppLauncher.processAgeMillis("garbage", "12.34 20.00"));
        assertEquals(-1, AppLauncher.processAgeMillis("1 (a) S 1 2", "12.34 20.00"));
    }

    @Test
    void theJvmOptionsAreTheWordsBetweenJavaAndJar() {
        String cmd = "/usr/bin/java\0-Dkanbao.trace=true\0--add-modules\0java.sql\0-jar\0target/kanbao.jar\0--smoke\0";
        assertEquals(List.of("-Dkanbao.trace=true", "--add-modules", "java.sql"), AppLauncher.optionsBeforeJar(cmd));
        assertEquals(List.of(), AppLauncher.optionsBeforeJar("java\0-jar\0k.jar\0"));
        assertEquals(null, AppLauncher.optionsBeforeJar("java\0-cp\0k.jar\0org.kanbao.Main\0"));
    }

    @Test
    void jvmOptionsInChineseReachTheAppJvmUnchanged() {
        // /proc/self/cmdline holds the bytes the shell passed: UTF-8 under a UTF-8 locale, as the JVM decodes them
        byte[] cmd = "java\0-Dkanbao.screenshot.query=医保\0-jar\0k.jar\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding")), AppLauncher.commandLineCharset());
        org.junit.jupiter.api.Assumptions.assumeTrue(AppLauncher.commandLineCharset().equals(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("-Dkanbao.screenshot.query=医保"),
                AppLauncher.optionsBeforeJar(new String(cmd, AppLauncher.commandLineCharset())));
    }

    @Test
    void onLinuxTheLaunchInstantIsTheProcessStartAtMostAFewTicksFromTheJvmStart() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/stat")));
        long launch = AppLauncher.launchInstant();
        long jvm = AppLauncher.jvmStart();
        // the process starts before its JVM is created; the /proc clock has 10 ms ticks
        assertTrue(launch <= jvm + 30 && jvm - launch < 5_000, "process start " + launch + ", JVM start " + jvm);
    }
}
