package org.kanbao.tags;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.model.json.FixtureJson;

/** Scores tags against a *.tags.json truth file the way the issue states it. */
final class TagTruth {
    record Score(int expected, int found, List<String> misses, List<String> neverHits) {
        double ratio() {
            return expected == 0 ? 1 : (double) found / expected;
        }
    }

    final Map<String, JsonNode> articles = new LinkedHashMap<>();
    final List<String> never = new ArrayList<>();

    TagTruth(Path file) throws IOException {
        JsonNode root = FixtureJson.MAPPER.readTree(Files.readString(file));
        root.get("articles").fields().forEachRemaining(e -> articles.put(e.getKey(), e.getValue()));
        root.get("never").forEach(n -> never.add(n.asText()));
    }

    /** @param tagsByArticle truth article id (a1 …) → the tags the library holds for the matching article */
    Score score(Map<String, List<Tag>> tagsByArticle) {
        int expected = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        List<String> neverHits = new ArrayList<>();
        for (var e : articles.entrySet()) {
            List<Tag> tags = tagsByArticle.getOrDefault(e.getKey(), List.of());
            for (String group : List.of("persons", "places", "organisations", "topics", "authors")) {
                JsonNode names = e.getValue().get(group);
                if (names == null) continue;
                for (JsonNode n : names) {
                    expected++;
                    String name = n.asText();
                    boolean ok = switch (group) {
                        case "persons" -> has(tags, name, TagKind.PERSON);
                        case "authors" -> has(tags, name, TagKind.AUTHOR);
                        default -> tags.stream().anyMatch(t -> t.name().equals(name) && t.kind() != TagKind.PERSON);
                    };
                    if (ok) found++; else misses.add(e.getKey() + ":" + group + ":" + name);
                }
            }
        }
        for (var tags : tagsByArticle.entrySet()) {
            for (Tag t : tags.getValue()) if (never.contains(t.name())) neverHits.add(tags.getKey() + ":" + t.name());
        }
        return new Score(expected, found, misses, neverHits);
    }

    private static boolean has(Collection<Tag> tags, String name, TagKind kind) {
        return tags.stream().anyMatch(t -> t.name().equals(name) && t.kind() == kind);
    }
}
