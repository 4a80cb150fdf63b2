package org.kanbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNameMetadataTest {
    @Test
    void readsDateAndPageFromCommonNames() {
        assertEquals(new ImportHints(null, LocalDate.of(2023, 11, 16), 1), FileNameMetadata.read("2023-11-16_01.txt"));
        assertEquals(new ImportHints(null, LocalDate.of(2019, 10, 8), 1), FileNameMetadata.read("20191008-01.pdf"));
        assertEquals(new ImportHints(null, LocalDate.of(2019, 10, 8), 3), FileNameMetadata.read("pd-20191008-A-p03.txt"));
    }

    @Test
    void editionFileHasNoPage() {
        ImportHints h = FileNameMetadata.read("pd-20191008-A.pdf");
        assertEquals(LocalDate.of(2019, 10, 8), h.date());
        assertNull(h.page());
    }

    @Test
    void impossibleDatesAndPlainNamesGiveNothing() {
        assertNull(FileNameMetadata.read("20191399-01.pdf").date());
        assertEquals(ImportHints.NONE, FileNameMetadata.read("pinghu-front-page.txt"));
    }
}
