package org.kanbao.cli;

import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.store.Maintenance;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run SQLite's integrity and foreign-key checks and the search index's own check.")
final class CheckCommand extends ReadOnlyCommand {
    @Override
    int run(Kanbao k) throws Exception {
        List<String> problems = Maintenance.check(k.library());
        if (problems.isEmpty()) {
            out().println("The library " + k.library().file() + " is healthy.");
            return 0;
        }
        problems.forEach(p -> out().println("Problem: " + p));
        return 1;
    }
}
