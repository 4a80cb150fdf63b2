package org.kanbao.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.Zone;

/** Reads and writes pages in the schema of shared/fixtures/README.md (also `kanbao parse --json`). */
public final class FixtureJson {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FixtureJson() {
    }

    public static ObjectNode page(ParsedPage p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("paper", p.paper());
        if (p.date() == null) o.putNull("date"); else o.put("date", p.date().toString());
        if (p.page() == null) o.putNull("page"); else o.put("page", p.page());
        o.put("section", p.section());
        o.put("source", p.source());
        ArrayNode arts = o.putArray("articles");
        int i = 1;
        for (Article a : p.articles()) arts.add(article(a, "a" + i++));
        if (!p.unplaced().isEmpty()) {
            ArrayNode u = o.putArray("unplaced");
            p.unplaced().forEach(u::add);
        }
        if (!p.notes().isEmpty()) {
            ArrayNode n = o.putArray("notes");
            p.notes().forEach(n::add);
        }
        if (p.width() > 0) {
            o.put("width", round(p.width()));
            o.put("height", round(p.height()));
        }
        return o;
    }

    public static ObjectNode article(Article a, Object id) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id instanceof Number n) o.put("id", n.longValue()); else o.put("id", String.valueOf(id));
        o.put("kind", a.kind().code());
        o.put("kicker", a.kicker());
        o.put("headline", a.headline());
        o.put("subtitle", a.subtitle());
        ArrayNode bl = o.putArray("bylines");
        for (Byline b : a.bylines()) {
            ObjectNode bo = bl.addObject();
            bo.put("role", b.role());
            ArrayNode names = bo.putArray("names");
            b.names().forEach(names::add);
        }
        o.put("lead", a.lead());
        ArrayNode body = o.putArray("body");
        for (BodyBlock b : a.body()) {
            ObjectNode bo = body.addObject();
            bo.put("type", b.type().code());
            bo.put("text", b.text());
        }
        if (a.jump() == null) o.putNull("jump");
        else {
            ObjectNode j = o.putObject("jump");
            j.put("direction", a.jump().direction().code());
            j.put("page", a.jump().page());
        }
        o.put("continues", a.continues());
        if (a.zone() != null) {
            ObjectNode z = o.putObject("zone");
            z.put("x", round(a.zone().x()));
            z.put("y", round(a.zone().y()));
            z.put("w", round(a.zone().w()));
            z.put("h", round(a.zone().h()));
        }
        return o;
    }

    /** One page as an object, several (an edition) as an array. */
    public static String write(List<ParsedPage> pages) {
        try {
            if (pages.size() == 1) return MAPPER.writeValueAsString(page(pages.get(0)));
            ArrayNode arr = MAPPER.createArrayNode();
            pages.forEach(p -> arr.add(page(p)));
            return MAPPER.writeValueAsString(arr);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a fixture truth file or parse output: one page object or an array of them. */
    public static List<ParsedPage> read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(file));
        List<ParsedPage> out = new ArrayList<>();
        if (root.isArray()) root.forEach(n -> out.add(readPage(n)));
        else out.add(readPage(root));
        return out;
    }

    public static ParsedPage readPage(JsonNode n) {
        List<Article> arts = new ArrayList<>();
        n.path("articles").forEach(a -> arts.add(readArticle(a)));
        List<String> unplaced = new ArrayList<>();
        n.path("unplaced").forEach(u -> unplaced.add(u.asText()));
        String date = text(n, "date");
        return new ParsedPage(text(n, "paper"), date.isEmpty() ? null : LocalDate.parse(date),
                n.hasNonNull("page") ? n.get("page").asInt() : null, text(n, "section"), text(n, "source"),
                arts, unplaced, n.path("width").asDouble(0), n.path("height").asDouble(0), List.of());
    }

    public static Article readArticle(JsonNode a) {
        List<Byline> bylines = new ArrayList<>();
        a.path("bylines").forEach(b -> {
            List<String> names = new ArrayList<>();
            b.path("names").forEach(x -> names.add(x.asText()));
            bylines.add(new Byline(text(b, "role"), names));
        });
        List<BodyBlock> body = new ArrayList<>();
        a.path("body").forEach(b -> body.add(new BodyBlock(BodyBlock.Type.fromCode(text(b, "type")), text(b, "text"))));
        Jump jump = null;
        if (a.hasNonNull("jump") && a.get("jump").isObject()) {
            JsonNode j = a.get("jump");
            jump = new Jump(Jump.Direction.fromCode(text(j, "direction")), j.path("page").asInt());
        }
        Zone zone = null;
        if (a.hasNonNull("zone") && a.get("zone").isObject()) {
            JsonNode z = a.get("zone");
            zone = new Zone(z.path("x").asDouble(), z.path("y").asDouble(), z.path("w").asDouble(), z.path("h").asDouble());
        }
        return new Article(ArticleKind.fromCode(text(a, "kind")), text(a, "kicker"), text(a, "headline"),
                text(a, "subtitle"), bylines, text(a, "lead"), body, jump, a.path("continues").asBoolean(false), zone);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
