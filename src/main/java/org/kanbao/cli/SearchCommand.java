package org.kanbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.search.Run;
import org.kanbao.search.SearchHit;
import org.kanbao.search.SearchResult;
import org.kanbao.search.Sort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search articles (Chinese full text): any part of a word is found.",
                "Words separated by spaces must all occur; OR, -word or NOT word, \"exact phrase\", (groups);",
                "filters tag: person: place: org: author: topic: paper: page:3 kind:photo date:2019-10 "
                        + "date:2019-10-01..2019-10-31 title:word."},
        footer = {"", "Examples:", "  kanbao search 医保", "  kanbao search '\"跨省帮办\" OR 异地 -试点 date:2023'",
                "  kanbao search 平湖 --sort date --json"})
final class SearchCommand extends ReadOnlyCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined by spaces.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many hits first.")
    int offset;

    @Option(names = "--sort", paramLabel = "rank|date|oldest", defaultValue = "rank",
            description = "Best match first (rank), newest first (date) or oldest first (oldest).")
    String sort;

    @Option(names = "--json", description = "Print {\"total\", \"hits\": [{id, headline, paper, date, page, snippet, marks, score}]}; "
            + "marks are [start, end) char offsets of the hits in snippet.")
    boolean json;

    @Override
    int run(Kanbao k) throws Exception {
        Sort order = switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "rank", "relevance" -> Sort.RANK;
            case "date", "newest" -> Sort.DATE;
            case "oldest" -> Sort.OLDEST;
            default -> null;
        };
        if (order == null) {
            err().println("kanbao: --sort must be rank, date or oldest, not '" + sort + "'.");
            return 2;
        }
        if (limit < 0 || offset < 0) {
            err().println("kanbao: --limit and --offset must not be negative.");
            return 2;
        }
        SearchResult r = k.search().search(String.join(" ", query), order, offset, limit);
        if (json) {
            ObjectNode root = FixtureJson.MAPPER.createObjectNode();
            root.put("total", r.total());
            ArrayNode hits = root.putArray("hits");
            for (SearchHit h : r.hits()) {
                ObjectNode o = hits.addObject();
                o.put("id", h.articleId());
                o.put("headline", h.headline());
                o.put("paper", h.paper());
                if (h.date() == null) o.putNull("date"); else o.put("date", h.date().toString());
                o.put("page", h.page());
                o.put("snippet", h.snippetText());
                ArrayNode marks = o.putArray("marks");
                for (int[] m : h.snippetMarks()) marks.addArray().add(m[0]).add(m[1]);
                o.put("score", Math.round(h.score() * 1000) / 1000.0);
            }
            out().println(FixtureJson.MAPPER.writeValueAsString(root));
            return 0;
        }
        if (r.total() == 0) {
            out().println("No articles found.");
            return 0;
        }
        out().printf("%d article%s found%s.%n", r.total(), r.total() == 1 ? "" : "s",
                r.hits().size() < r.total() ? ", showing " + (offset + 1) + "-" + (offset + r.hits().size()) : "");
        for (SearchHit h : r.hits()) {
            out().printf("%n%6d  %s  [%s %s 第%d版]%n", h.articleId(), h.headline().isEmpty() ? "（无标题）" : h.headline(),
                    h.paper(), h.date() == null ? "date unknown" : h.date().toString(), h.page());
            StringBuilder sb = new StringBuilder();
            for (Run run : h.snippet()) sb.append(run.highlighted() ? "【" + run.text() + "】" : run.text());
            out().println("        " + sb);
        }
        return 0;
    }
}
