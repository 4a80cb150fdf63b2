package org.kanbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kanbao.model.Article;
import org.kanbao.model.StoredArticle;

/** Articles of pages. Inserts tell the store hooks (search index, tagger) in the same transaction. */
public final class ArticleRepository {
    private static final String INSERT = "INSERT INTO article(page_id, seq, kind, kicker, headline, subtitle, lead, "
            + "bylines_json, body_json, jump_dir, jump_page, continues, zone_x, zone_y, zone_w, zone_h, char_count) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private ArticleRepository() {
    }

    public static List<StoredArticle> insertAll(Connection c, long pageId, List<Article> articles,
                                                List<StoreHook> hooks) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int seq = 1;
            for (Article a : articles) {
                ArticleCodec.bind(ps, pageId, seq++, a);
                ids.add(Rows.insert(ps));
            }
        }
        List<StoredArticle> stored = byIds(c, ids);
        for (StoreHook h : hooks) h.articlesAdded(c, stored);
        return stored;
    }

    public static Optional<StoredArticle> get(Connection c, long id) throws SQLException {
        List<StoredArticle> l = byIds(c, List.of(id));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The articles with these ids, in the order given; missing ids are skipped. */
    public static List<StoredArticle> byIds(Connection c, Collection<Long> ids) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleCodec.COLUMNS + ArticleCodec.FROM + "WHERE a.id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) out.add(ArticleCodec.read(rs));
                }
            }
        }
        return out;
    }

    public static List<StoredArticle> byPage(Connection c, long pageId) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleCodec.COLUMNS + ArticleCodec.FROM
                + "WHERE a.page_id = ? ORDER BY a.seq")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(ArticleCodec.read(rs));
            }
        }
        return out;
    }

    public static long count(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM article")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
