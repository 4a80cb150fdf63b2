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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The {@code search_terms} table of a rebuild, built by a second connection into a scratch SQLite file next to the
 * library while the library's connection builds {@code search_fts} (SQLite has one writer per file, and each FTS5
 * insert is single-threaded: this puts the two tables on two cores). The scratch table is made by the library's own
 * {@code CREATE VIRTUAL TABLE} statement and fed the same token text; at the end its shadow tables (FTS5's whole
 * index: {@code _data}, {@code _idx}, {@code _docsize}) are copied row for row into a fresh table in the library,
 * which then replaces {@code search_terms} by rename, all inside the rebuild's transaction. The rename makes SQLite
 * load the schema again, so the library's connection reads the new index from its tables, never a cached one.
 * The scratch file needs no journal: it is thrown away whatever happens.
 */
final class TermsBuild implements AutoCloseable {
    private static final List<SearchIndex.Row> END = List.of();
    private static final String NEW = "search_terms_new";

    private final Path file;
    private final String using;
    private final Connection side;
    private final ArrayBlockingQueue<List<SearchIndex.Row>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean done;

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
        } catch (SQLException e) {
            closeSide();
            throw e;
        }
        thread = new Thread(this::run, "search-terms-build");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (PreparedStatement ps = side.prepareStatement(SearchIndex.INSERT_TERMS)) {
            while (true) {
                List<SearchIndex.Row> rows = queue.take();
                if (rows == END) break;
                for (SearchIndex.Row r : rows) SearchIndex.insertTerms(ps, r);
            }
            try (Statement s = side.createStatement()) {
                s.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')");
            }
            side.commit();
        } catch (Throwable t) {
            failure = t;
        } finally {
            done = true;
            queue.clear(); // unblocks a producer waiting for room
        }
    }

    private void check() throws SQLException {
        Throwable t = failure;
        if (t instanceof SQLException e) throw new SQLException("building search_terms failed: " + e.getMessage(), e);
        if (t != null) throw new IllegalStateException("building search_terms failed", t);
    }

    private void put(List<SearchIndex.Row> rows) throws SQLException {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                check();
                if (done) throw new SQLException("search_terms build stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("indexing was interrupted", e);
        }
    }

    /** Hands a chunk of rows, in rowid order, to the building thread; blocks while it is a few chunks behind. */
    void add(List<SearchIndex.Row> rows) throws SQLException {
        check();
        put(rows);
    }

    /** Ends the input: the build's last inserts and its optimize go on; {@link #copyInto} waits for them. */
    void finish() throws SQLException {
        put(END);
    }

    /** Waits for the build, then replaces the library's search_terms with it, in {@code c}'s transaction. */
    void copyInto(Connection c) throws SQLException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("indexing was interrupted", e);
        }
        check();
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
        if (!done) {
            failure = failure == null ? new IllegalStateException("abandoned") : failure;
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeSide();
    }
}
