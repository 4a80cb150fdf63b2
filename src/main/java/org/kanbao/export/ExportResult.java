package org.kanbao.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export did.
 *
 * @param file      the written report, or null when cancelled
 * @param cancelled true when the export was cancelled (nothing was written)
 * @param warnings  things the user may want to know, e.g. characters no bundled font has
 */
public record ExportResult(Path file, boolean cancelled, int articles, int pages, long bytes, long millis,
                           List<String> warnings) {
    public ExportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static ExportResult cancelled(long millis) {
        return new ExportResult(null, true, 0, 0, 0, millis, List.of());
    }

    public String summary() {
        if (cancelled) return "Export cancelled; nothing was written.";
        return String.format("Wrote %s: %d article%s, %d page%s, %d KB in %.1f s.", file, articles,
                articles == 1 ? "" : "s", pages, pages == 1 ? "" : "s", (bytes + 1023) / 1024, millis / 1000.0);
    }
}
