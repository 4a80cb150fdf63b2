package org.kanbao.ingest;

import java.time.LocalDate;

/** Metadata the user or the file name gives; null fields are unknown. Explicit hints win over page headers. */
public record ImportHints(String paper, LocalDate date, Integer page) {
    public static final ImportHints NONE = new ImportHints(null, null, null);

    /** This hint where set, else the other. */
    public ImportHints or(ImportHints other) {
        return new ImportHints(paper != null ? paper : other.paper, date != null ? date : other.date,
                page != null ? page : other.page);
    }
}
