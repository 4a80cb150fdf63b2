package org.kanbao.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Zone;
import org.kanbao.model.json.FixtureJson;

/** Maps articles to and from their table row. */
public final class ArticleCodec {
    /** Columns read by {@link #read(ResultSet)}; select them from {@code article a JOIN page p JOIN edition e}. */
    public static final String COLUMNS = "a.id, a.page_id, p.edition_id, a.seq, e.paper, e.date, p.number, p.section, "
            + "a.kind, a.kicker, a.headline, a.subtitle, a.lead, a.bylines_json, a.body_json, a.jump_dir, a.jump_page, "
            + "a.continues, a.zone_x, a.zone_y, a.zone_w, a.zone_h";
    public static final String FROM = " FROM article a JOIN page p ON p.id = a.page_id JOIN edition e ON e.id = p.edition_id ";

    private ArticleCodec() {
    }

    public static StoredArticle read(ResultSet rs) throws SQLException {
        Jump jump = rs.getString("jump_dir") == null ? null
                : new Jump(Jump.Direction.fromCode(rs.getString("jump_dir")), rs.getInt("jump_page"));
        Zone zone = null;
        double zw = rs.getDouble("zone_w");
        if (!rs.wasNull()) zone = new Zone(rs.getDouble("zone_x"), rs.getDouble("zone_y"), zw, rs.getDouble("zone_h"));
        Article a = new Article(ArticleKind.fromCode(rs.getString("kind")), rs.getString("kicker"),
                rs.getString("headline"), rs.getString("subtitle"), bylines(rs.getString("bylines_json")),
                rs.getString("lead"), body(rs.getString("body_json")), jump, rs.getInt("continues") != 0, zone);
        String date = rs.getString("date");
        return new StoredArticle(rs.getLong("id"), rs.getLong("page_id"), rs.getLong("edition_id"), rs.getInt("seq"),
                rs.getString("paper"), date == null ? null : LocalDate.parse(date), rs.getInt("number"),
                rs.getString("section"), a);
    }

    /** Binds the article's fields to parameters 1..17 in the order of {@link ArticleRepository}'s INSERT. */
    static void bind(PreparedStatement ps, long pageId, int seq, Article a) throws SQLException {
        ps.setLong(1, pageId);
        ps.setInt(2, seq);
        ps.setString(3, a.kind().code());
        ps.setString(4, a.kicker());
        ps.setString(5, a.headline());
        ps.setString(6, a.subtitle());
        ps.setString(7, a.lead());
        ps.setString(8, json(FixtureJson.article(a, "").get("bylines")));
        ps.setString(9, json(FixtureJson.article(a, "").get("body")));
        ps.setString(10, a.jump() == null ? null : a.jump().direction().code());
        if (a.jump() == null) ps.setNull(11, java.sql.Types.INTEGER); else ps.setInt(11, a.jump().page());
        ps.setInt(12, a.continues() ? 1 : 0);
        Zone z = a.zone();
        for (int i = 0; i < 4; i++) {
            if (z == null) ps.setNull(13 + i, java.sql.Types.REAL);
            else ps.setDouble(13 + i, switch (i) { case 0 -> z.x(); case 1 -> z.y(); case 2 -> z.w(); default -> z.h(); });
        }
        ps.setInt(17, a.title().length() + a.lead().length() + a.bodyText().length());
    }

    static List<Byline> bylines(String json) {
        List<Byline> out = new ArrayList<>();
        for (JsonNode b : tree(json)) {
            List<String> names = new ArrayList<>();
            b.path("names").forEach(n -> names.add(n.asText()));
            out.add(new Byline(b.path("role").asText(""), names));
        }
        return out;
    }

    static List<BodyBlock> body(String json) {
        List<BodyBlock> out = new ArrayList<>();
        for (JsonNode b : tree(json)) out.add(new BodyBlock(BodyBlock.Type.fromCode(b.path("type").asText()), b.path("text").asText("")));
        return out;
    }

    /**
     * The text of each body block of a {@code body_json} value read as bytes (as {@link #read} would give them), for
     * readers that need only the text, e.g. the search index rebuild decoding rows off the reading thread.
     */
    public static List<String> bodyTexts(byte[] json) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = json == null ? FixtureJson.MAPPER.createArrayNode() : FixtureJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            root = FixtureJson.MAPPER.createArrayNode();
        }
        for (JsonNode b : root) out.add(b.path("text").asText(""));
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? FixtureJson.MAPPER.createArrayNode() : FixtureJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return FixtureJson.MAPPER.createArrayNode();
        }
    }

    private static String json(JsonNode n) {
        try {
            return FixtureJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(n == null ? new ArrayNode(null) : n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
