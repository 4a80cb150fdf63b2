package org.kanbao.ingest;

import java.nio.file.Path;
import java.util.List;
import org.kanbao.model.ParsedPage;

/** Turns one file into the pages it holds. Never throws anything but {@link ImportException}. */
public interface PageParser {
    /** "text" or "pdf": the page's source kind once stored. */
    String kind();

    /**
     * Parses the file. Metadata read from the page itself goes into the result; hints are only a
     * fallback for what the page does not print (the importer applies the user's explicit choices).
     */
    List<ParsedPage> parse(Path file, ImportHints hints) throws ImportException;
}
