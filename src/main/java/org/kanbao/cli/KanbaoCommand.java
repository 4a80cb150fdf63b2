package org.kanbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kanbao.ui.AppLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: `kanbao` alone starts the desktop app; subcommands work on the library from a shell. */
@Command(name = "kanbao", mixinStandardHelpOptions = true, version = "Kanbao 0.1.0",
        description = {"Kanbao (看报): a desktop newspaper reader and clipping archive.",
                "Without a command, starts the desktop app."},
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, ParseCommand.class,
                SearchCommand.class, TagsCommand.class, TagCommand.class, ExportCommand.class,
                BenchCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage.",
                "The library is --library PATH, else $KANBAO_LIBRARY, else the OS user-data folder."})
public final class KanbaoCommand implements Callable<Integer> {
    /** Returned when the desktop app took over the process. */
    public static final int APP_RUNNING = -1;

    @CommandLine.Mixin
    LibraryOption library = new LibraryOption();

    @Option(names = "--smoke", description = "Open the main window, check that it rendered, print the start-up time and exit.")
    boolean smoke;

    @Option(names = "--lang", paramLabel = "zh|en", description = "User-interface language (default: the OS's).")
    String lang;

    @Override
    public Integer call() {
        return AppLauncher.launch(library.libraryPath(), smoke, lang);
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)).execute(args);
    }

    /** The configured command line; tests use it with string writers. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KanbaoCommand());
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true); // `kanbao search -word`
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kanbao: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }

    /** For subcommands that want the chosen library without repeating the option. */
    static Path resolve(LibraryOption own, LibraryOption parent) {
        return own.path != null ? own.libraryPath() : parent.libraryPath();
    }
}
