package org.kanbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;

/** Tags and their links to articles. */
public final class TagRepository {
    private TagRepository() {
    }

    /** The tags on an article (links the user removed are left out), by kind then name. */
    public static List<Tag> forArticle(Connection c, long articleId) throws SQLException {
        List<Tag> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name, t.kind FROM article_tag at "
                + "JOIN tag t ON t.id = at.tag_id WHERE at.article_id = ? AND at.removed = 0 ORDER BY t.kind, t.name")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TagKind kind = TagKind.fromCode(rs.getString(3));
                    out.add(new Tag(rs.getLong(1), rs.getString(2), kind == null ? TagKind.MANUAL : kind, 0));
                }
            }
        }
        return out;
    }

    /** Whether the user added or removed tags on any article of the page (a re-import must not undo that). */
    public static boolean pageHasUserEdits(Connection c, long pageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article_tag t JOIN article a ON a.id = t.article_id "
                + "WHERE a.page_id = ? AND (t.source = 'manual' OR t.removed = 1) LIMIT 1")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
