package org.kanbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Backups, restores and integrity checks of a library, all through SQLite's own online mechanisms. */
public final class Maintenance {
    private Maintenance() {
    }

    /** Copies the open library to {@code target} with the online backup API; the target appears whole or not at all. */
    public static void backup(Library lib, Path target) throws LibraryException {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try {
            Files.createDirectories(abs.getParent());
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new LibraryException("Cannot write the backup to " + abs + ": " + e.getMessage());
        }
        lib.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quote(tmp));
            }
            return null;
        });
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LibraryException("Cannot write the backup to " + abs + ": " + e.getMessage());
        }
    }

    /**
     * Replaces the library's content with a backup's, in one step. The backup is checked first,
     * and the current content is saved beside the library before it is replaced.
     *
     * @return where the previous content was saved, or null when the library was empty (nothing saved)
     */
    public static Path restore(Library lib, Path backup) throws LibraryException {
        if (!Files.isRegularFile(backup)) throw new LibraryException("No backup at " + backup + ".");
        try (Library b = Library.open(backup, true)) {
            List<String> problems = check(b);
            if (!problems.isEmpty()) {
                throw new LibraryException("The backup " + backup + " is damaged: " + problems.get(0) + ". Nothing was restored.");
            }
        }
        // an empty library (e.g. made by this very command) has nothing worth saving
        Path saved = lib.read(c -> EditionRepository.list(c).isEmpty()) ? null
                : lib.file().resolveSibling(lib.file().getFileName() + ".before-restore." + System.currentTimeMillis() + ".bak");
        if (saved != null) backup(lib, saved);
        lib.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from " + quote(backup.toAbsolutePath()));
            }
            return null;
        });
        return saved;
    }

    /** Runs SQLite's integrity and foreign-key checks and every FTS5 index's own check; empty means healthy. */
    public static List<String> check(Library lib) throws LibraryException {
        return lib.read(c -> check(c, lib.isReadOnly()));
    }

    /**
     * SQLite's integrity_check covers FTS5 tables too (since 3.44); their own 'integrity-check'
     * command is run as well where the connection may write, as it is a write statement.
     */
    static List<String> check(Connection c, boolean readOnly) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) if (!"ok".equals(rs.getString(1))) problems.add("integrity: " + rs.getString(1));
            }
            try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2));
            }
            List<String> fts = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")) {
                while (rs.next()) fts.add(rs.getString(1));
            }
            for (String t : readOnly ? List.<String>of() : fts) {
                try {
                    s.execute("INSERT INTO \"" + t + "\"(\"" + t + "\") VALUES ('integrity-check')");
                } catch (SQLException e) {
                    problems.add("search index " + t + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static String quote(Path p) {
        String s = p.toString();
        // sqlite-jdbc's backup/restore statements take a bare or quoted file name.
        return "\"" + s.replace("\"", "") + "\"";
    }
}
