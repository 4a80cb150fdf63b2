package org.kanbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Edition;

/** Editions: one row per paper, date and label. */
public final class EditionRepository {
    private EditionRepository() {
    }

    public static long findOrCreate(Connection c, String paper, LocalDate date, String label) throws SQLException {
        String d = date == null ? null : date.toString();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM edition WHERE paper = ? AND date IS ? AND label = ?")) {
            ps.setString(1, paper);
            ps.setString(2, d);
            ps.setString(3, label == null ? "" : label);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO edition(paper, date, label) VALUES (?, ?, ?)")) {
            ps.setString(1, paper);
            ps.setString(2, d);
            ps.setString(3, label == null ? "" : label);
            return Rows.insert(ps);
        }
    }

    /** All editions, newest first. */
    public static List<Edition> list(Connection c) throws SQLException {
        List<Edition> out = new ArrayList<>();
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, paper, date, label FROM edition ORDER BY date DESC, paper, label")) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    public static Edition get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, paper, date, label FROM edition WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Deletes an edition with its pages and articles, telling the hooks first. */
    public static void delete(Connection c, long id, List<StoreHook> hooks) throws SQLException {
        Rows.deleteWithArticles(c, hooks, "SELECT a.id FROM article a JOIN page p ON p.id = a.page_id WHERE p.edition_id = ?",
                "DELETE FROM edition WHERE id = ?", id);
    }

    private static Edition read(ResultSet rs) throws SQLException {
        String d = rs.getString(3);
        return new Edition(rs.getLong(1), rs.getString(2), d == null ? null : LocalDate.parse(d), rs.getString(4));
    }
}
