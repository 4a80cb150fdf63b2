package org.kanbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.TagRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article.")
final class ShowCommand extends ReadOnlyCommand {
    @Parameters(paramLabel = "ID", description = "Article id (see `kanbao list`).")
    long id;

    @Option(names = "--json", description = "Print the article in the fixture schema plus its id, source and tags.")
    boolean json;

    @Override
    int run(Kanbao k) throws Exception {
        Optional<StoredArticle> found = k.library().read(c -> ArticleRepository.get(c, id));
        if (found.isEmpty()) {
            err().println("kanbao: no article with id " + id);
            return 1;
        }
        StoredArticle s = found.get();
        var tags = k.library().read(c -> TagRepository.forArticle(c, id));
        if (json) {
            ObjectNode o = FixtureJson.article(s.article(), s.id());
            o.put("paper", s.paper());
            if (s.date() == null) o.putNull("date"); else o.put("date", s.date().toString());
            o.put("page", s.pageNumber());
            o.put("section", s.section());
            ArrayNode t = o.putArray("tags");
            for (Tag tag : tags) t.addObject().put("name", tag.name()).put("kind", tag.kind().code());
            out().println(FixtureJson.MAPPER.writeValueAsString(o));
            return 0;
        }
        Article a = s.article();
        out().printf("%s %s 第%d版 %s%n%n", s.paper(), s.date() == null ? "" : s.date(), s.pageNumber(), s.section());
        if (!a.kicker().isEmpty()) out().println(a.kicker());
        out().println(a.headline());
        if (!a.subtitle().isEmpty()) out().println(a.subtitle());
        for (Byline b : a.bylines()) out().println("■" + b.role() + " " + String.join(" ", b.names()));
        out().println();
        boolean first = true;
        for (BodyBlock b : a.body()) {
            String lead = first && !a.lead().isEmpty() ? a.lead() + " " : "";
            out().println(b.type() == BodyBlock.Type.SUBHEAD ? "【" + b.text() + "】" : "　　" + lead + b.text());
            first = false;
        }
        if (a.jump() != null) out().printf("（%s第%d版）%n", a.jump().direction() == org.kanbao.model.Jump.Direction.TO ? "下转" : "上接", a.jump().page());
        if (!tags.isEmpty()) {
            out().println();
            out().println("Tags: " + String.join(", ", tags.stream().map(t -> t.name() + " (" + t.kind().code() + ")").toList()));
        }
        return 0;
    }
}
