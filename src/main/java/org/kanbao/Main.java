package org.kanbao;

import org.kanbao.cli.KanbaoCommand;

/** Entry point of the jar and the installed launcher: a command runs the CLI, no command starts the app. */
public final class Main {
    private Main() {
    }

    /** Held so the settings stay: java.util.logging keeps loggers only weakly. */
    private static java.util.List<java.util.logging.Logger> quiet;

    public static void main(String[] args) {
        int code = org.kanbao.ui.AppLauncher.launchIfApp(args); // the desktop app without parsing a command line
        if (code == org.kanbao.ui.AppLauncher.NOT_APP) {
            quietLibraries();
            code = KanbaoCommand.run(args);
        }
        if (code != KanbaoCommand.APP_RUNNING) System.exit(code);
    }

    /**
     * PDFBox logs every damaged font or object it works around, with stack traces; the importer reports what
     * matters to the user in its own words. Called by the CLI and by the app off its start-up path (setting up
     * java.util.logging costs tens of milliseconds, and the first JVM of a {@code java -jar} start needs none).
     */
    public static synchronized void quietLibraries() {
        if (quiet != null) return;
        quiet = java.util.List.of(java.util.logging.Logger.getLogger("org.apache.pdfbox"),
                java.util.logging.Logger.getLogger("org.apache.fontbox"));
        for (java.util.logging.Logger l : quiet) l.setLevel(java.util.logging.Level.OFF);
    }
}
