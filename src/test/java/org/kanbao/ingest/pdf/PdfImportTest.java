package org.kanbao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.Kanbao;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.ImportReport;
import org.kanbao.ingest.Importer;
import org.kanbao.model.Page;
import org.kanbao.store.PageRepository;
import org.kanbao.testing.Fixtures;

/** An edition PDF through the importer, then rendered in the background pass. */
class PdfImportTest {
    @TempDir
    Path dir;

    @Test
    void editionImportsAllPagesAndRendersThem() throws Exception {
        try (Kanbao k = Kanbao.open(dir.resolve("lib.kanbao"), false)) {
            ImportReport r = k.importer().importFiles(List.of(Fixtures.pd().resolve("pd-20191010-mix.pdf")),
                    ImportHints.NONE, Importer.Progress.NONE, () -> false);
            assertNotNull(r);
            List<Page> missing = k.library().read(PageRepository::pdfPagesWithoutImage);
            assertEquals(4, missing.size());
            assertEquals(List.of(0, 1, 2, 3), missing.stream().map(Page::pdfPageIndex).toList());
            assertTrue(missing.stream().allMatch(p -> p.width() > 0 && p.height() > 0));
            // render just one to keep the test quick
            int[] n = {0};
            int done = k.pageImages().renderMissing(k.library(), () -> n[0]++ >= 1);
            assertEquals(1, done);
            List<Page> left = k.library().read(PageRepository::pdfPagesWithoutImage);
            assertEquals(3, left.size());
            Page first = k.library().read(c -> PageRepository.get(c, missing.get(0).id()));
            assertNotNull(first.imagePath());
            assertTrue(Files.isRegularFile(k.library().dataDir().resolve(first.imagePath())));
        }
    }
}
