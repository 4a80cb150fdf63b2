package org.kanbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One Kanbao library: a single SQLite file holding editions, pages, articles, tags and the
 * search index. Opening checks the file before anything is written, so a damaged, foreign
 * or newer file is reported and left byte-identical.
 */
public final class Library implements AutoCloseable {
    /** SQLite application_id of Kanbao libraries ("KNBA"). */
    static final int APPLICATION_ID = 0x4B4E4241;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection conn;
    private final boolean readOnly;
    private final List<StoreHook> hooks = new CopyOnWriteArrayList<>();

    private Library(Path file, Connection conn, boolean readOnly) {
        this.file = file;
        this.conn = conn;
        this.readOnly = readOnly;
    }

    public static Library open(Path file) throws LibraryException {
        return open(file, false);
    }

    /**
     * Opens (creating when absent) and migrates the library.
     *
     * @param readOnly open without writing; also chosen when the file or its folder is not writable
     */
    public static Library open(Path file, boolean readOnly) throws LibraryException {
        file = file.toAbsolutePath();
        boolean exists = Files.exists(file);
        if (exists) checkHeader(file);
        boolean ro = readOnly || (exists && (!Files.isWritable(file) || !Files.isWritable(file.getParent())));
        if (!exists) {
            if (readOnly) throw new LibraryException("No library at " + file + ".");
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new LibraryException("Cannot create the library folder " + file.getParent() + ": " + e.getMessage());
            }
        }
        Connection c = null;
        try {
            c = connect(file, ro, exists);
            checkIdentity(c, file);
            if (!ro) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            int version = Migrations.version(c);
            if (version > Migrations.latest()) {
                throw new LibraryException("The library " + file + " was made by a newer version of Kanbao (schema "
                        + version + "; this version knows up to " + Migrations.latest()
                        + "). Update Kanbao to open it. The file was left untouched.");
            }
            if (version < Migrations.latest()) {
                if (ro) throw new LibraryException("The library " + file + " needs an upgrade but is read-only.");
                if (version > 0) backupBeforeMigration(c, file, version);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                Migrations.apply(c, version);
            }
            return new Library(file, c, ro);
        } catch (SQLException e) {
            closeQuietly(c);
            throw explain(e, file);
        } catch (LibraryException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection connect(Path file, boolean ro, boolean exists) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(15_000);
        // 64 MB of page cache: large imports update several big indexes at random places.
        cfg.setCacheSize(-65_536);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        cfg.resetOpenMode(SQLiteOpenMode.CREATE);
        if (ro) {
            cfg.setReadOnly(true);
            cfg.resetOpenMode(SQLiteOpenMode.READWRITE);
            cfg.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            // WAL is switched on only after the file was checked to be ours (it rewrites the header).
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // Never create over an existing path: only a missing file may be created.
            if (!exists) cfg.setOpenMode(SQLiteOpenMode.CREATE);
        }
        return cfg.createConnection("jdbc:sqlite:" + file);
    }

    /** Refuses anything that is not an SQLite file before SQLite gets a chance to touch it. */
    private static void checkHeader(Path file) throws LibraryException {
        if (Files.isDirectory(file)) throw new LibraryException(file + " is a folder, not a library file.");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) return; // an empty file is a new library
            if (head.length < SQLITE_HEADER.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new LibraryException(file + " is not a Kanbao library: the file is damaged or of another kind. "
                        + "It was left untouched; choose another file with --library or restore a backup.");
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot read the library " + file + ": " + e.getMessage());
        }
    }

    /** A valid SQLite file that belongs to some other program is left alone. */
    private static void checkIdentity(Connection c, Path file) throws SQLException, LibraryException {
        int appId;
        int tables;
        try (Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (appId != APPLICATION_ID && (appId != 0 || tables > 0)) {
            throw new LibraryException(file + " is an SQLite database of another program, not a Kanbao library. "
                    + "It was left untouched.");
        }
    }

    private static void backupBeforeMigration(Connection c, Path file, int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        }
    }

    /** Turns SQLite's errors into sentences for the user. */
    public static LibraryException explain(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int base = code == null ? -1 : code.code & 0xff;
        String msg = switch (base) {
            case 5, 6 -> "The library " + file + " is in use by another Kanbao (it stayed locked for 15 s). "
                    + "Try again when the other one has finished.";
            case 11, 26 -> "The library " + file + " is damaged (" + e.getMessage() + "). It was left untouched; "
                    + "restore a backup with `kanbao restore`.";
            case 13 -> "The disk holding " + file + " is full. Nothing was changed.";
            case 8 -> "The library " + file + " is read-only. Nothing was changed.";
            case 14 -> "Cannot open the library " + file + " (" + e.getMessage() + ").";
            default -> "Library error in " + file + ": " + e.getMessage();
        };
        return new LibraryException(msg, e);
    }

    public Path file() {
        return file;
    }

    /** The folder next to the library file where page images and kept PDFs go. */
    public Path dataDir() {
        return file.resolveSibling(file.getFileName() + ".files");
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Connection connection() {
        return conn;
    }

    public void addHook(StoreHook hook) {
        hooks.add(hook);
    }

    public List<StoreHook> hooks() {
        return hooks;
    }

    /** Reads without a transaction of its own. */
    public synchronized <T> T read(SqlWork<T> work) throws LibraryException {
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw explain(e, file);
        }
    }

    /** Runs {@code work} in one write transaction: it all commits or none of it does. */
    public synchronized <T> T write(SqlWork<T> work) throws LibraryException {
        if (readOnly) throw new LibraryException("The library " + file + " is open read-only. Nothing was changed.");
        T result;
        try {
            conn.setAutoCommit(false);
            try {
                result = work.run(conn);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            conn.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw explain(e, file);
        }
    }

    /**
     * Ends a failed transaction and returns the connection to autocommit. SQLite itself rolls back on
     * some errors (a full disk), after which ROLLBACK and COMMIT both fail; the driver must still end
     * up in autocommit mode, or the next write would run outside a transaction.
     */
    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // already rolled back by SQLite
        }
        try {
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            try (Statement s = conn.createStatement()) {
                s.execute("BEGIN");
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the original error is the one worth reporting
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(conn);
    }
}
