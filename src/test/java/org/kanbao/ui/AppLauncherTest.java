package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
