package org.kanbao.cli;

import java.nio.file.Path;
import org.kanbao.Kanbao;
import org.kanbao.store.Maintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the library to FILE while it stays usable (SQLite online backup).")
final class BackupCommand extends ReadOnlyCommand {
    @Parameters(paramLabel = "FILE")
    Path target;

    @Override
    int run(Kanbao k) throws Exception {
        Maintenance.backup(k.library(), target);
        out().println("Backed up " + k.library().file() + " to " + target.toAbsolutePath());
        return 0;
    }
}
