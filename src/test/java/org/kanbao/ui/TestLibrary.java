package org.kanbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.StoredArticle;
import org.kanbao.testing.Fixtures;
import org.kanbao.ui.state.LibraryBackend;
import org.kanbao.ui.state.ReaderBackend;

/** A scratch library for UI tests: the seed page, and optionally one People's Daily page as a second edition. */
public final class TestLibrary implements AutoCloseable {
    public final Path dir;
    public final Kanbao kanbao;
    public final LibraryBackend backend;

    public TestLibrary() throws Exception {
        dir = Files.createTempDirectory("kanbao-ui-test");
        kanbao = Kanbao.open(dir.resolve("t.kanbao"), false);
        backend = new LibraryBackend(kanbao);
    }

    public static Path seed() {
        return Fixtures.seedPage();
    }

    public static Path otherPage() {
        return Fixtures.pd().resolve("pd-20191008-A-p02.txt");
    }

    public TestLibrary withSeedAndOther() {
        ReaderBackend.ImportSummary s = backend.importFiles(List.of(seed(), otherPage()), ReaderBackend.Progress.NONE, () -> false);
        if (s.pages() != 2) throw new IllegalStateException("fixture import failed: " + s);
        return this;
    }

    /** The first stored article whose text contains the word. */
    public StoredArticle articleContaining(String word) {
        for (var e : backend.editions()) {
            for (var p : backend.pages(e.id())) {
                for (var a : backend.articles(p.id())) {
                    if ((a.article().title() + a.article().lead() + a.article().bodyText()).contains(word)) return a;
                }
            }
        }
        throw new IllegalStateException("no article contains " + word);
    }

    @Override
    public void close() throws IOException {
        kanbao.close();
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
