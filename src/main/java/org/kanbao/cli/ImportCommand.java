package org.kanbao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import page text dumps (.txt) and page or edition PDFs (.pdf), files or folders.",
                "Everything is stored in one transaction: all or nothing. Pages already in the library are skipped.",
                "Paper, date and page come from these options, else the page header, else the file name",
                "(2023-11-16_01.txt, 20191008-01.pdf)."})
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> files;

    @Option(names = "--paper", paramLabel = "NAME", description = "Paper name, e.g. 平湖日报.")
    String paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Edition date.")
    LocalDate date;

    @Option(names = "--page", paramLabel = "N", description = "Page number (single-page files only).")
    Integer page;

    @Override
    int run(Kanbao k) throws Exception {
        ImportReport r = k.importer().importFiles(files, new ImportHints(paper, date, page),
                (done, total, msg) -> { }, () -> false);
        out().println(r.summary());
        if (r.pages() == 0 && r.duplicates().isEmpty()) return 1;
        return r.failures().isEmpty() ? 0 : 1;
    }
}
