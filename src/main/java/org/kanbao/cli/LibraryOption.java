package org.kanbao.cli;

import java.nio.file.Path;
import org.kanbao.store.LibraryPaths;
import picocli.CommandLine.Option;

/** `--library PATH`, shared by every command. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "PATH", description = "Library file (default: $KANBAO_LIBRARY or the OS user-data folder).")
    Path path;

    public Path libraryPath() {
        return LibraryPaths.resolve(path);
    }
}
