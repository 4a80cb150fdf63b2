package org.kanbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kanbao.Kanbao;
import org.kanbao.store.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Base of commands that work on an open library: opens it, runs, and turns library errors into exit 1. */
abstract class LibraryCommand implements Callable<Integer> {
    @CommandLine.Mixin
    LibraryOption library = new LibraryOption();

    @ParentCommand
    KanbaoCommand parent;

    @Spec
    CommandSpec spec;

    /** Whether the command only reads. */
    boolean readOnly() {
        return false;
    }

    abstract int run(Kanbao kanbao) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        var path = parent == null ? library.libraryPath() : KanbaoCommand.resolve(library, parent.library);
        try (Kanbao k = Kanbao.open(path, readOnly() && java.nio.file.Files.exists(path))) {
            return run(k);
        } catch (LibraryException e) {
            err().println("kanbao: " + e.getMessage());
            return 1;
        }
    }
}
