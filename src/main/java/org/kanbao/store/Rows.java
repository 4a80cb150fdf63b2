package org.kanbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers the repositories share. */
public final class Rows {
    private Rows() {
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
