package org.kanbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.export.ArticleSelection;
import org.kanbao.export.ExportException;
import org.kanbao.export.ExportOptions;
import org.kanbao.export.ExportResult;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.ArticleRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export articles to a PDF clipping report: a cover with contents, then each article with its "
                + "source, title, byline and text, typeset with the bundled Noto fonts (embedded).",
        footer = {"", "Examples:",
                "  kanbao export --ids 12,15,40 -o clips.pdf",
                "  kanbao export --tag 平湖 --clips -o pinghu.pdf --title 平湖新闻"})
final class ExportCommand extends ReadOnlyCommand {
    static final class Selection {
        @Option(names = "--ids", paramLabel = "ID,ID,...", description = "Article ids (see `kanbao list`).")
        String ids;

        @Option(names = "--query", paramLabel = "Q", description = "Articles matching a search query.")
        String query;

        @Option(names = "--tag", paramLabel = "T", description = "Articles carrying a tag (kind:name narrows the kind, e.g. place:平湖).")
        String tag;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path output;

    @Option(names = "--order", paramLabel = "date|selection",
            description = "Article order (default: selection for --ids, date otherwise).")
    ExportOptions.Order order;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper size (default: a4).")
    ExportOptions.Paper paper;

    @Option(names = "--no-cover", description = "No cover page and table of contents.")
    boolean noCover;

    @Option(names = "--clips", description = "After each article from a PDF page, add its zone cropped from the page.")
    boolean clips;

    @Option(names = "--title", paramLabel = "T", description = "Report title (default: " + ExportOptions.DEFAULT_TITLE + ").")
    String title;

    @Override
    int run(Kanbao k) throws Exception {
        List<Long> ids;
        String what;
        try {
            if (selection.ids != null) {
                ids = ArticleSelection.parseIds(selection.ids);
                what = "the given ids";
            } else if (selection.tag != null) {
                ids = k.library().read(c -> ArticleSelection.byTag(c, selection.tag));
                what = "tag '" + selection.tag + "'";
            } else {
                ids = k.search().ids(org.kanbao.search.SearchQuery.parse(selection.query), org.kanbao.search.Sort.RANK);
                what = "query '" + selection.query + "'";
            }
        } catch (IllegalArgumentException e) {
            err().println("kanbao: " + e.getMessage());
            return 2;
        }
        List<StoredArticle> articles = k.library().read(c -> ArticleRepository.byIds(c, ids));
        if (selection.ids != null && articles.size() < ids.size()) {
            List<Long> missing = new ArrayList<>(ids);
            articles.forEach(a -> missing.remove(a.id()));
            err().println("kanbao: no article with id " + String.join(", ", missing.stream().map(String::valueOf).toList())
                    + " (see `kanbao list`). Nothing was written.");
            return 1;
        }
        if (articles.isEmpty()) {
            err().println("kanbao: no articles match " + what + ". Nothing was written.");
            return 1;
        }
        ExportOptions.Order o = order != null ? order
                : selection.ids != null ? ExportOptions.Order.SELECTION : ExportOptions.Order.DATE;
        ExportOptions options = new ExportOptions(paper, !noCover, clips, o, title);
        try {
            ExportResult r = k.exporter().export(articles, options, output, (d, t, m) -> { }, () -> false);
            out().println(r.summary());
            r.warnings().forEach(w -> err().println("kanbao: warning: " + w));
            return 0;
        } catch (ExportException e) {
            err().println("kanbao: " + e.getMessage());
            return 1;
        }
    }
}
