package org.kanbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kanbao.ingest.FileNameMetadata;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.Parsers;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.json.FixtureJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a page text dump or PDF and print what was read, without storing anything.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print the page(s) in the schema of the fixtures (an array for several pages).")
    boolean json;

    @Option(names = "--paper", paramLabel = "NAME") String paper;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD") java.time.LocalDate date;
    @Option(names = "--page", paramLabel = "N") Integer page;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("kanbao: no such file: " + file);
            return 1;
        }
        List<ParsedPage> pages;
        try {
            ImportHints explicit = new ImportHints(paper, date, page);
            pages = Parsers.forFile(file).parse(file, explicit.or(FileNameMetadata.read(file.getFileName().toString())));
        } catch (ImportException e) {
            spec.commandLine().getErr().println("kanbao: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(FixtureJson.write(pages));
            return 0;
        }
        for (ParsedPage p : pages) {
            out.printf("%s %s 第%s版 %s — %d articles%n", p.paper(), p.date() == null ? "" : p.date(),
                    p.page() == null ? "?" : p.page(), p.section(), p.articles().size());
            for (Article a : p.articles()) out.printf("  [%s] %s%n", a.kind().code(), a.title());
            if (!p.unplaced().isEmpty()) out.printf("  %d pieces of text not placed%n", p.unplaced().size());
            p.notes().forEach(n -> out.println("  note: " + n));
        }
        return 0;
    }
}
