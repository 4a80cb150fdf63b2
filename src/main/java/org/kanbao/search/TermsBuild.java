package org.kanbao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code search_terms} table of a rebuild, built by a second connection into a scratch SQLite file next to the
 * library while the library's connection builds {@code search_fts} (SQLite has one writer per file, and each FTS5
 * insert is single-threaded: this puts the two tables on two cores). The scratch table is made by the library's own
 * {@code CREATE VIRTUAL TABLE} statement and fed the same token text, by the tokenising threads; at the end its
 * shadow tables (FTS5's whole index: {@code _data}, {@code _idx}, {@code _docsize}) are copied row for row into a
 * fresh table in the library, which then replaces {@code search_terms} by rename, all inside the rebuild's
 * transaction. The rename makes SQLite load the schema again, so the library's connection reads the new index from
 * its tables, never a cached one. The scratch file needs no journal: it is thrown away whatever happens.
 */
final class TermsBuild implements AutoCloseable {
    private static final String NEW = "search_terms_new";

    private final Path file;
    private final String using;
    private final Connection side;
    private final PreparedStatement insert;
    private final Object turn = new Object();
    private long next; // the chunk whose terms go in next: FTS5 takes rowids in ascending order
    private volatile boolean closed;
    private Thread finishing;
    private volatile Throwable failure;

    /** The scratch file for the library that {@code c} is open on, or null when it is not a file (in memory). */
    static Path scratchFile(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if (!"main".equals(rs.getString(2))) continue;
                String f = rs.getString(3);
                if (f == null || f.isEmpty()) return null;
                Path p = Path.of(f);
                return p.resolveSibling(p.getFileName() + ".search-terms.tmp");
            }
        }
        return null;
    }

    TermsBuild(Connection c, Path file) throws SQLException {
        this.file = file;
        String sql;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_terms'")) {
            if (!rs.next()) throw new SQLException("no search_terms table");
            sql = rs.getString(1);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\busing\\b").matcher(sql);
        if (!m.find()) throw new SQLException("unexpected search_terms definition: " + sql);
        using = sql.substring(m.start());
        try {
            Files.deleteIfExists(file); // left by a rebuild that was killed
        } catch (IOException e) {
            throw new SQLException("cannot remove " + file + ": " + e.getMessage(), e);
        }
        side = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = side.createStatement()) {
            s.execute("PRAGMA journal_mode = OFF");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("CREATE VIRTUAL TABLE search_terms " + using);
            SearchIndex.bulk(side, "search_terms", true);
            side.setAutoCommit(false);
            insert = side.prepareStatement(SearchIndex.INSERT_TERMS);
        } catch (SQLException e) {
            closeSide();
            throw e;
        }
    }

    /**
     * Inserts the terms of chunk {@code seq} (0, 1, 2, …) once those of every earlier chunk are in; {@code null}
     * rows (a chunk that failed to tokenise) only pass the turn on. Called by the tokenising threads, right after
     * tokenising: no thread of its own, so a rebuild runs no more busy threads than there are cores.
     */
    void insert(long seq, List<SearchIndex.Row> rows) throws SQLException {
        synchronized (turn) {
            while (next != seq) {
                if (closed) throw new SQLException("search_terms build stopped");
                try {
                    turn.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("indexing was interrupted", e);
                }
            }
            try {
                if (rows != null && !closed) for (SearchIndex.Row r : rows) SearchIndex.insertTerms(insert, r);
            } finally {
                next++;
                turn.notifyAll();
            }
        }
    }

    /**
     * Ends the input (every chunk's terms are in): the scratch table is merged and committed on a thread of its own,
     * while the library's connection merges search_fts; {@link #copyInto} waits for it.
     */
    void finish() {
        finishing = new Thread(() -> {
            try (Statement s = side.createStatement()) {
                s.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')");
                side.commit();
            } catch (Throwable t) {
                failure = t;
            }
        }, "search-terms-merge");
        finishing.setDaemon(true);
        finishing.start();
    }

    /** Waits for the build, then replaces the library's search_terms with it, in {@code c}'s transaction. */
    void copyInto(Connection c) throws SQLException {
        try {
            if (finishing == null) throw new IllegalStateException("finish() was not called");
            finishing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("indexing was interrupted", e);
        }
        Throwable f = failure;
        if (f instanceof SQLException e) throw new SQLException("building search_terms failed: " + e.getMessage(), e);
        if (f != null) throw new IllegalStateException("building search_terms failed", f);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + NEW);
            s.execute("CREATE VIRTUAL TABLE " + NEW + " " + using);
            // the new table's own empty index goes; its _config (FTS5's defaults) stays
            for (String t : new String[] {"_data", "_idx", "_docsize"}) s.execute("DELETE FROM " + NEW + t);
        }
        for (String t : new String[] {"_data", "_idx", "_docsize"}) copy(c, "search_terms" + t, NEW + t);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE search_terms");
            s.execute("ALTER TABLE " + NEW + " RENAME TO search_terms");
        }
    }

    private void copy(Connection c, String from, String to) throws SQLException {
        try (Statement s = side.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + from)) {
            int n = rs.getMetaData().getColumnCount();
            String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + to + " VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) ins.setObject(i, rs.getObject(i));
                    ins.executeUpdate();
                }
            }
        }
    }

    private void closeSide() {
        try {
            side.close();
        } catch (SQLException e) {
            // the file is deleted anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (finishing != null) {
            try {
                finishing.join(); // SQLite's optimize cannot be interrupted from here; it ends on its own
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (turn) {
            closeSide();
        }
    }
}
