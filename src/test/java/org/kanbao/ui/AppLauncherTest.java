package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
