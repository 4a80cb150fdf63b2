package org.kanbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List editions, their pages and articles with their ids.")
final class ListCommand extends ReadOnlyCommand {
    @Option(names = "--json", description = "Print editions → pages → articles as JSON.")
    boolean json;

    @Override
    int run(Kanbao k) throws Exception {
        ArrayNode root = FixtureJson.MAPPER.createArrayNode();
        k.library().read(c -> {
            for (Edition e : EditionRepository.list(c)) {
                ObjectNode eo = root.addObject();
                eo.put("id", e.id());
                eo.put("paper", e.paper());
                if (e.date() == null) eo.putNull("date"); else eo.put("date", e.date().toString());
                eo.put("label", e.label());
                ArrayNode pages = eo.putArray("pages");
                for (Page p : PageRepository.byEdition(c, e.id())) {
                    ObjectNode po = pages.addObject();
                    po.put("id", p.id());
                    po.put("page", p.number());
                    po.put("section", p.section());
                    po.put("source", p.sourceFile());
                    ArrayNode arts = po.putArray("articles");
                    List<StoredArticle> list = ArticleRepository.byPage(c, p.id());
                    for (StoredArticle a : list) {
                        ObjectNode ao = arts.addObject();
                        ao.put("id", a.id());
                        ao.put("kind", a.article().kind().code());
                        ao.put("headline", a.article().headline());
                    }
                }
            }
            return null;
        });
        if (json) {
            out().println(FixtureJson.MAPPER.writeValueAsString(root));
            return 0;
        }
        if (root.isEmpty()) out().println("The library is empty. Import pages with `kanbao import FILE`.");
        root.forEach(e -> {
            out().printf("%s %s%s (edition %d)%n", e.get("paper").asText(), e.get("date").isNull() ? "date unknown" : e.get("date").asText(),
                    e.get("label").asText().isEmpty() ? "" : " " + e.get("label").asText(), e.get("id").asLong());
            e.get("pages").forEach(p -> {
                out().printf("  第%d版 %s [%s] (page %d)%n", p.get("page").asInt(), p.get("section").asText(),
                        p.get("source").asText(), p.get("id").asLong());
                p.get("articles").forEach(a -> out().printf("    %6d  %s%s%n", a.get("id").asLong(),
                        a.get("headline").asText().isEmpty() ? "（无标题）" : a.get("headline").asText(),
                        "news".equals(a.get("kind").asText()) ? "" : "  [" + a.get("kind").asText() + "]"));
            });
        });
        return 0;
    }
}
