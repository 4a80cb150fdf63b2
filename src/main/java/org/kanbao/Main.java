package org.kanbao;

import org.kanbao.cli.KanbaoCommand;

/** Entry point of the jar and the installed launcher: a command runs the CLI, no command starts the app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = KanbaoCommand.run(args);
        if (code != KanbaoCommand.APP_RUNNING) System.exit(code);
    }
}
