package org.kanbao.cli;

import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add a tag to articles or take it off them.",
                "  kanbao tag add 医保 12 13 14         (a manual tag)",
                "  kanbao tag add --kind person 曹丽 12",
                "  kanbao tag remove 平湖 12           (an automatic tag stays off after re-tagging)"})
final class TagCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "add|remove", description = "What to do.")
    String action;

    @Parameters(index = "1", paramLabel = "TAG", description = "The tag's name.")
    String name;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "ARTICLE_ID", description = "Article ids (see `kanbao list`).")
    List<Long> ids;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "For add: person, place, org, topic, author or manual (default manual). For remove: only the tag of this kind.")
    String kind;

    @Override
    int run(Kanbao k) throws Exception {
        TagKind tk = null;
        if (kind != null) {
            tk = TagKind.fromCode(kind);
            if (tk == null) {
                err().println("kanbao: unknown tag kind '" + kind + "' (use person, place, org, topic, author or manual)");
                return 2;
            }
        }
        try {
            switch (action) {
                case "add" -> {
                    Tag t = k.tags().add(name, tk, ids);
                    out().printf("Tagged %d article(s) with %s (%s).%n", ids.size(), t.name(), t.kind().code());
                    return 0;
                }
                case "remove" -> {
                    List<Tag> found = k.tags().browser().find(name, tk);
                    if (found.isEmpty()) {
                        err().println("kanbao: no tag named " + name + (tk == null ? "" : " of kind " + tk.code()));
                        return 1;
                    }
                    int n = 0;
                    for (Tag t : found) n += k.tags().remove(t.id(), ids);
                    out().printf("Removed %s from %d article(s).%n", name, n);
                    return 0;
                }
                default -> {
                    err().println("kanbao: unknown action '" + action + "' (use add or remove)");
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            err().println("kanbao: " + e.getMessage());
            return 1;
        }
    }
}
