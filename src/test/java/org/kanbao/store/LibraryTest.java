package org.kanbao.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestSchema() throws Exception {
        Path f = dir.resolve("empty.kanbao");
        Files.createFile(f);
        try (Library lib = Library.open(f)) {
            assertEquals(Migrations.latest(), lib.read(Migrations::version));
            assertEquals(0L, lib.read(ArticleRepository::count));
            String mode = lib.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("wal", mode);
        }
    }

    @Test
    void createsMissingFoldersAndFile() throws Exception {
        Path f = dir.resolve("a/b/library.kanbao");
        try (Library lib = Library.open(f)) {
            assertTrue(Files.exists(f));
            assertEquals(Migrations.latest(), lib.read(Migrations::version));
        }
    }

    @Test
    void corruptFileIsReportedAndLeftByteIdentical() throws Exception {
        Path f = dir.resolve("junk.kanbao");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(f, junk);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(f));
        assertTrue(e.getMessage().contains("not a Kanbao library"), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(f));
        assertEquals(1, Files.list(dir).count(), "no -wal/-shm or backup files created");
    }

    @Test
    void damagedKanbaoLibraryIsReportedAndLeftByteIdentical() throws Exception {
        Path f = dir.resolve("damaged.kanbao");
        try (Library lib = Library.open(f)) {
            lib.write(c -> EditionRepository.findOrCreate(c, "报", null, ""));
        }
        byte[] bytes = Files.readAllBytes(f);
        // Keep the header, smash the schema page.
        for (int i = 100; i < Math.min(bytes.length, 4096); i++) bytes[i] = (byte) 0xA5;
        Files.write(f, bytes);
        Files.deleteIfExists(dir.resolve("damaged.kanbao-wal"));
        Files.deleteIfExists(dir.resolve("damaged.kanbao-shm"));
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(f));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a Kanbao"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(f));
    }

    @Test
    void libraryFromANewerVersionIsRefusedUntouched() throws Exception {
        Path f = dir.resolve("newer.kanbao");
        try (Library lib = Library.open(f)) {
            lib.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        byte[] before = Files.readAllBytes(f);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(f));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void sqliteFileOfAnotherProgramIsLeftAlone() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts(name TEXT)");
        }
        byte[] before = Files.readAllBytes(f);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(f));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void readOnlyLibraryOpensForReadingAndRefusesWrites() throws Exception {
        Path f = dir.resolve("ro.kanbao");
        try (Library lib = Library.open(f)) {
            lib.write(c -> EditionRepository.findOrCreate(c, "报", null, ""));
        }
        try (Library lib = Library.open(f, true)) {
            assertEquals(1, lib.read(EditionRepository::list).size());
            LibraryException e = assertThrows(LibraryException.class,
                    () -> lib.write(c -> EditionRepository.findOrCreate(c, "另一份", null, "")));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void failedWriteRollsBackEverything() throws Exception {
        try (Library lib = Library.open(dir.resolve("tx.kanbao"))) {
            assertThrows(LibraryException.class, () -> lib.write(c -> {
                EditionRepository.findOrCreate(c, "报", null, "");
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }));
            assertEquals(0, lib.read(EditionRepository::list).size());
        }
    }

    @Test
    void migrationScriptsSplitKeepsTriggersWhole() {
        var parts = Migrations.split("CREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\nCREATE INDEX i ON a(x);\n");
        assertEquals(3, parts.size());
        assertTrue(parts.get(1).contains("SELECT 2"));
    }
}
