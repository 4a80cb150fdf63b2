package org.kanbao;

import java.nio.file.Path;
import org.kanbao.export.PdfExporter;
import org.kanbao.ingest.Importer;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;

/**
 * The services of one open library, wired together: the CLI and the UI both start here.
 * Services know nothing of JavaFX.
 */
public final class Kanbao implements AutoCloseable {
    private final Library library;
    private final Importer importer;
    private final PdfExporter exporter;

    private Kanbao(Library library) {
        this.library = library;
        this.importer = new Importer(library);
        this.exporter = new PdfExporter(library);
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

    /** Exports articles to a PDF clipping report. */
    public PdfExporter exporter() {
        return exporter;
    }

    @Override
    public void close() {
        library.close();
    }
}
