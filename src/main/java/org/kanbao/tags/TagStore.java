package org.kanbao.tags;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.store.Rows;

/** SQL on the tag tables, always inside the caller's transaction. */
final class TagStore {
    private TagStore() {
    }

    static Optional<Tag> find(Connection c, String name, TagKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, kind, article_count FROM tag WHERE name = ? AND kind = ?")) {
            ps.setString(1, name);
            ps.setString(2, kind.code());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static Optional<Tag> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, article_count FROM tag WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static boolean isHidden(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hidden FROM tag WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    /** The tag's id, creating it when absent; a hidden (deleted) tag is shown again. */
    static long findOrCreate(Connection c, String name, TagKind kind) throws SQLException {
        Optional<Tag> t = find(c, name, kind);
        if (t.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET hidden = 0 WHERE id = ? AND hidden = 1")) {
                ps.setLong(1, t.get().id());
                ps.executeUpdate();
            }
            return t.get().id();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag(name, kind) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, kind.code());
            return Rows.insert(ps);
        }
    }

    static Tag read(ResultSet rs) throws SQLException {
        TagKind k = TagKind.fromCode(rs.getString(3));
        return new Tag(rs.getLong(1), rs.getString(2), k == null ? TagKind.MANUAL : k, rs.getInt(4));
    }

    /** A key for an article's text that stays the same when the same page is imported again. */
    static String fingerprint(StoredArticle a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.paper()).append('|').append(a.date()).append('|');
        String text = a.article().headline() + a.article().bodyText();
        int n = 0;
        for (int i = 0; i < text.length() && n < 300; i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
                n++;
            }
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
