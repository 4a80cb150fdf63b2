package org.kanbao.cli;

import java.nio.file.Path;
import org.kanbao.Kanbao;
import org.kanbao.store.Maintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the library's content with a backup made by `kanbao backup`.",
                "The backup is checked first; the current content, if any, is saved beside the library."})
final class RestoreCommand extends LibraryCommand {
    @Parameters(paramLabel = "FILE")
    Path backup;

    @Override
    int run(Kanbao k) throws Exception {
        Path saved = Maintenance.restore(k.library(), backup);
        out().println("Restored " + k.library().file() + " from " + backup + "."
                + (saved == null ? "" : " The previous content was saved as " + saved));
        return 0;
    }
}
