package org.kanbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers the repositories share. */
public final class Rows {
    private Rows() {
    }

    /**
     * Deletes a row whose foreign-key cascade takes articles with it (a page, an edition): the hooks (search index,
     * tags) hear of those articles first, while they still exist.
     */
    static void deleteWithArticles(Connection c, List<StoreHook> hooks, String articleIdsSql, String deleteSql, long id)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(articleIdsSql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        for (StoreHook h : hooks) h.articlesRemoving(c, ids);
        try (PreparedStatement ps = c.prepareStatement(deleteSql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Runs a bound INSERT and returns the rowid SQLite gave the new row. */
    public static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (Statement s = ps.getConnection().createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
