package org.kanbao;

import java.nio.file.Path;
import org.kanbao.export.PdfExporter;
import org.kanbao.ingest.Importer;
import org.kanbao.search.SearchService;
import org.kanbao.ingest.pdf.PageImages;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.tags.TagService;

/**
 * The services of one open library, wired together: the CLI and the UI both start here.
 * Services know nothing of JavaFX.
 */
public final class Kanbao implements AutoCloseable {
    private final Library library;
    private final Importer importer;
    private final SearchService search;
    private final TagService tags;
    private final PdfExporter exporter;
    private final PageImages pageImages;

    private Kanbao(Library library) {
        this.library = library;
        this.importer = new Importer(library);
        this.search = new SearchService(library);
        library.addHook(search.hook());
        this.tags = new TagService(library);
        library.addHook(tags.hook());
        // Both segment with HanLP: a new local name changes how the index splits text.
        tags.onGazetteerChanged(() -> {
            try {
                search.rebuild();
            } catch (LibraryException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        this.exporter = new PdfExporter(library);
        this.pageImages = new PageImages(library.dataDir());
    }

    public static Kanbao open(Path libraryFile, boolean readOnly) throws LibraryException {
        Library lib = Library.open(libraryFile, readOnly);
        Kanbao k = new Kanbao(lib);
        try {
            k.search.ensureCurrent(); // index articles stored before the index existed or by another tokenisation
        } catch (LibraryException e) {
            k.close();
            throw e;
        }
        return k;
    }

    public Library library() {
        return library;
    }

    public Importer importer() {
        return importer;
    }

    public SearchService search() {
        return search;
    }

    public TagService tags() {
        return tags;
    }

    /** Exports articles to a PDF clipping report. */
    public PdfExporter exporter() {
        return exporter;
    }

    /** Page images, thumbnails and zone crops of stored PDF pages. */
    public PageImages pageImages() {
        return pageImages;
    }

    @Override
    public void close() {
        library.close();
    }
}
