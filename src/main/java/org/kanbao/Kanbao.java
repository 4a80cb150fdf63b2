package org.kanbao;

import java.nio.file.Path;
import org.kanbao.ingest.Importer;
import org.kanbao.ingest.pdf.PageImages;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;

/**
 * The services of one open library, wired together: the CLI and the UI both start here.
 * Services know nothing of JavaFX.
 */
public final class Kanbao implements AutoCloseable {
    private final Library library;
    private final Importer importer;
    private final PageImages pageImages;

    private Kanbao(Library library) {
        this.library = library;
        this.importer = new Importer(library);
        this.pageImages = new PageImages(library.dataDir());
    }

    public static Kanbao open(Path libraryFile, boolean readOnly) throws LibraryException {
        Library lib = Library.open(libraryFile, readOnly);
        return new Kanbao(lib);
    }

    public Library library() {
        return library;
    }

    public Importer importer() {
        return importer;
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
