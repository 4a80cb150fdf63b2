package org.kanbao;

import org.kanbao.cli.KanbaoCommand;

/** Entry point of the jar and the installed launcher: a command runs the CLI, no command starts the app. */
public final class Main {
    private Main() {
    }

    /** Held so the settings stay: java.util.logging keeps loggers only weakly. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    public static void main(String[] args) {
        // PDFBox logs every damaged font or object it works around, with stack traces; the importer
        // reports what matters to the user in its own words.
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.OFF));
        int code = org.kanbao.ui.AppLauncher.launchIfApp(args); // the desktop app without parsing a command line
        if (code == org.kanbao.ui.AppLauncher.NOT_APP) code = KanbaoCommand.run(args);
        if (code != KanbaoCommand.APP_RUNNING) System.exit(code);
    }
}
