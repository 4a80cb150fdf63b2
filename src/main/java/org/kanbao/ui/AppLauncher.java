package org.kanbao.ui;

import java.nio.file.Path;

/** Starts the desktop app. Placeholder until the UI lands. */
public final class AppLauncher {
    private AppLauncher() {
    }

    public static int launch(Path library, boolean smoke, String lang) {
        System.err.println("kanbao: the desktop app is not available yet. Try `kanbao --help`.");
        return 1;
    }
}
