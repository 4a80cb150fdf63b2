package org.kanbao.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kanbao.model.TagKind;

/** Turns what the user asked to export (ids, a tag, a query) into article ids. */
public final class ArticleSelection {
    /**
     * Resolves a search query to article ids, best first. The default is a plain substring match
     * ({@link #likeMatch}); the search service replaces it once it is merged
     * (e.g. {@code ExportCommand.queryResolver = (c, q) -> searchService.ids(q)}).
     */
    @FunctionalInterface
    public interface QueryResolver {
        List<Long> resolve(Connection c, String query) throws SQLException;
    }

    private ArticleSelection() {
    }

    /** "1,2, 3" → [1, 2, 3], duplicates dropped, order kept. */
    public static List<Long> parseIds(String text) {
        Set<Long> out = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            try {
                out.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an article id (ids are numbers, see `kanbao list`)");
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Articles carrying the tag {@code name} (links the user removed excluded), by id.
     * {@code kind:name} (e.g. {@code place:平湖}) narrows to one tag kind.
     */
    public static List<Long> byTag(Connection c, String name) throws SQLException {
        String kind = null;
        int colon = name.indexOf(':');
        if (colon > 0 && TagKind.fromCode(name.substring(0, colon)) != null) {
            kind = TagKind.fromCode(name.substring(0, colon)).code();
            name = name.substring(colon + 1);
        }
        String sql = "SELECT DISTINCT at.article_id FROM article_tag at JOIN tag t ON t.id = at.tag_id "
                + "WHERE t.name = ? AND at.removed = 0" + (kind == null ? "" : " AND t.kind = ?") + " ORDER BY at.article_id";
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name.strip());
            if (kind != null) ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /**
     * The stand-in query resolver: articles whose title, lead or body contain every
     * space-separated term (case-insensitive for Latin letters), by id.
     */
    public static List<Long> likeMatch(Connection c, String query) throws SQLException {
        List<String> terms = new ArrayList<>();
        for (String t : query.strip().split("\\s+")) if (!t.isBlank()) terms.add(t.toLowerCase(Locale.ROOT));
        if (terms.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder("SELECT id FROM article WHERE 1 = 1");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" AND lower(kicker || ' ' || headline || ' ' || subtitle || ' ' || lead || ' ' || body_json) LIKE ? ESCAPE '\\'");
        }
        sql.append(" ORDER BY id");
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < terms.size(); i++) {
                String t = terms.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                ps.setString(i + 1, "%" + t + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
