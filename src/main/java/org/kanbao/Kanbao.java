package org.kanbao;

import java.nio.file.Path;
import org.kanbao.ingest.Importer;
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
    private final TagService tags;

    private Kanbao(Library library) {
        this.library = library;
        this.importer = new Importer(library);
        this.tags = new TagService(library);
        library.addHook(tags.hook());
        // When the search index exists: tags.onGazetteerChanged(search::rebuild) — it segments with HanLP too.
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

    public TagService tags() {
        return tags;
    }

    @Override
    public void close() {
        library.close();
    }
}
