package org.kanbao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintenanceTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreBringsBackTheOldContent() throws Exception {
        Path bak = dir.resolve("backups/one.kanbao");
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            lib.write(c -> EditionRepository.findOrCreate(c, "甲报", null, ""));
            Maintenance.backup(lib, bak);
            lib.write(c -> EditionRepository.findOrCreate(c, "乙报", null, ""));
            assertEquals(2, lib.read(EditionRepository::list).size());
            Path saved = Maintenance.restore(lib, bak);
            assertEquals(1, lib.read(EditionRepository::list).size());
            assertTrue(Files.exists(saved));
            assertTrue(Maintenance.check(lib).isEmpty());
        }
        assertTrue(Files.exists(bak));
        assertTrue(Files.notExists(dir.resolve("backups/one.kanbao.part")));
    }

    @Test
    void restoringIntoAnEmptyLibrarySavesNoCopyOfIt() throws Exception {
        Path bak = dir.resolve("one.kanbao");
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            lib.write(c -> EditionRepository.findOrCreate(c, "甲报", null, ""));
            Maintenance.backup(lib, bak);
        }
        Path fresh = dir.resolve("fresh/new.kanbao");
        try (Library lib = Library.open(fresh)) {
            assertEquals(null, Maintenance.restore(lib, bak));
            assertEquals(1, lib.read(EditionRepository::list).size());
        }
        try (var files = Files.list(fresh.getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".bak")));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotALibrary() throws Exception {
        Path junk = Files.write(dir.resolve("junk.bak"), new byte[] {1, 2, 3, 4, 5});
        try (Library lib = Library.open(dir.resolve("l.kanbao"))) {
            lib.write(c -> EditionRepository.findOrCreate(c, "甲报", null, ""));
            assertThrows(LibraryException.class, () -> Maintenance.restore(lib, junk));
            assertEquals(1, lib.read(EditionRepository::list).size());
        }
    }

    @Test
    void secondInstanceDoesNotGetTheLock() {
        Path f = dir.resolve("l.kanbao");
        try (InstanceLock first = InstanceLock.tryAcquire(f)) {
            assertNotNull(first);
            assertNull(InstanceLock.tryAcquire(f));
        }
        try (InstanceLock again = InstanceLock.tryAcquire(f)) {
            assertNotNull(again);
        }
    }
}
