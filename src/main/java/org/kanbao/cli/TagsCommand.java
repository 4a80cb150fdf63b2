package org.kanbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import org.kanbao.Kanbao;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.model.json.FixtureJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "List tags with article counts, grouped by kind, most used first.")
final class TagsCommand extends ReadOnlyCommand {
    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: person, place, org, topic, author or manual.")
    String kind;

    @Option(names = "--top", paramLabel = "N", defaultValue = "50", description = "At most N tags per kind (0 = all; default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print a JSON array of {id, name, kind, count}.")
    boolean json;

    @Override
    int run(Kanbao k) throws Exception {
        TagKind only = null;
        if (kind != null) {
            only = TagKind.fromCode(kind);
            if (only == null) {
                err().println("kanbao: unknown tag kind '" + kind + "' (use person, place, org, topic, author or manual)");
                return 2;
            }
        }
        if (top < 0) {
            err().println("kanbao: --top must be 0 or more");
            return 2;
        }
        Map<TagKind, List<Tag>> groups = only == null ? k.tags().browser().groups(top)
                : Map.of(only, k.tags().browser().list(only, top));
        if (json) {
            ArrayNode a = FixtureJson.MAPPER.createArrayNode();
            for (TagKind kd : TagKind.values()) {
                for (Tag t : groups.getOrDefault(kd, List.of())) {
                    a.addObject().put("id", t.id()).put("name", t.name()).put("kind", t.kind().code()).put("count", t.count());
                }
            }
            out().println(FixtureJson.MAPPER.writeValueAsString(a));
            return 0;
        }
        if (groups.values().stream().allMatch(List::isEmpty)) {
            out().println("No tags yet.");
            return 0;
        }
        for (TagKind kd : TagKind.values()) {
            List<Tag> l = groups.getOrDefault(kd, List.of());
            if (l.isEmpty()) continue;
            out().println(kd.code() + ":");
            for (Tag t : l) out().printf("  %-20s %6d   (id %d)%n", t.name(), t.count(), t.id());
        }
        return 0;
    }
}
