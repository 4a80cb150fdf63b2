package org.kanbao.ingest;

import java.util.ArrayList;
import java.util.List;

/** What an import did: counts, duplicates skipped, and files refused with their reasons. */
public final class ImportReport {
    /** A file that could not be imported and why. */
    public record Failure(String file, String reason) {
    }

    private int pages;
    private int articles;
    private final List<String> duplicates = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Long> editionIds = new ArrayList<>();
    private boolean cancelled;

    void addPage(int articleCount) {
        pages++;
        articles += articleCount;
    }

    void addEdition(long id) {
        if (!editionIds.contains(id)) editionIds.add(id);
    }

    void duplicate(String what) {
        duplicates.add(what);
    }

    void fail(String file, String reason) {
        failures.add(new Failure(file, reason));
    }

    void note(String note) {
        notes.add(note);
    }

    void cancel() {
        cancelled = true;
    }

    public int pages() {
        return pages;
    }

    public int articles() {
        return articles;
    }

    public List<String> duplicates() {
        return duplicates;
    }

    public List<Failure> failures() {
        return failures;
    }

    public List<String> notes() {
        return notes;
    }

    public List<Long> editionIds() {
        return editionIds;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** One paragraph for the user. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (cancelled) sb.append("Import cancelled; nothing was stored.\n");
        sb.append("Imported ").append(pages).append(pages == 1 ? " page" : " pages").append(" with ")
                .append(articles).append(articles == 1 ? " article" : " articles").append('.');
        if (!duplicates.isEmpty()) {
            sb.append("\nAlready in the library, skipped: ").append(String.join(", ", duplicates)).append('.');
        }
        for (String n : notes) sb.append('\n').append(n);
        for (Failure f : failures) sb.append("\nNot imported: ").append(f.file()).append(" — ").append(f.reason());
        return sb.toString();
    }
}
