package org.kanbao.ui.state;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.model.Zone;

/**
 * Everything the desktop reader needs from the services, and nothing more: the single seam between
 * the UI and the library. Every method may block (database, files) and is only ever called off the
 * FX thread. Implementations throw {@link BackendException} with a sentence for the user.
 */
public interface ReaderBackend {

    /** Where a long job reports how far it is. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total, String message);

        Progress NONE = (d, t, m) -> { };
    }

    /** How search results are ordered. */
    enum Sort { RELEVANCE, NEWEST, OLDEST }

    /** One run of a snippet; {@code hit} runs are the matched words. */
    record SnippetRun(String text, boolean hit) {
    }

    /** One article found by a search, with enough to list it without loading the article. */
    record SearchHit(long articleId, long pageId, long editionId, String paper, LocalDate date, int page,
                     String headline, List<SnippetRun> snippet, Zone zone) {
    }

    /**
     * A page of results: {@code total} counts all matches, {@code hits} the first {@code limit};
     * {@code terms} are the words the engine matched, so the article pane can mark them.
     */
    record SearchResult(String query, int total, List<SearchHit> hits, List<String> terms) {
        public static SearchResult empty(String query) {
            return new SearchResult(query, 0, List.of(), List.of());
        }
    }

    /** Articles carrying every selected tag, and where they are (to narrow the editions tree). */
    record Narrowed(Set<Long> articleIds, Set<Long> pageIds, Set<Long> editionIds) {
    }

    /** What an import did, for the summary dialog. */
    record ImportSummary(int pages, int articles, List<String> duplicates, List<String> errors,
                         List<String> notes, List<Long> editionIds, boolean cancelled) {
    }

    /** True when the library is open read-only (another Kanbao window has it): no import, no tag edits. */
    default boolean isReadOnly() {
        return false;
    }

    /** True when the library holds no page yet (first run). */
    boolean isEmpty();

    /** All editions, newest first (a few thousand rows at most: one per paper and day). */
    List<Edition> editions();

    /** Pages of an edition in page order. */
    List<Page> pages(long editionId);

    Optional<Page> page(long pageId);

    /** Articles of a page in reading order (a page holds a few dozen at most). */
    List<StoredArticle> articles(long pageId);

    Optional<StoredArticle> article(long articleId);

    /** Text of the page that the parser could not place in any article, kept for the reader to review. */
    List<String> unplaced(long pageId);

    /** Image of the page to draw under the zones, or null: the view then draws a schematic page. */
    Path pageImage(Page page);

    /** A small image of the page for the page strip, or null (text pages, unreadable PDFs): the strip shows an icon. */
    default Path pageThumbnail(Page page) {
        return null;
    }

    SearchResult search(String query, Sort sort, int limit);

    /** Tags of one kind with their article counts, most used first. */
    List<Tag> tags(TagKind kind, int limit);

    /** Articles that carry all of these tags. */
    Narrowed narrow(Set<Long> tagIds);

    /** Tags that occur on the articles carrying all of {@code tagIds}, with counts within them, excluding those. */
    List<Tag> relatedTags(Set<Long> tagIds, int limit);

    /** Tags on one article (those the user removed are left out). */
    List<Tag> tagsOf(long articleId);

    Tag addManualTag(long articleId, String name);

    void removeTag(long articleId, long tagId);

    ImportSummary importFiles(List<Path> files, Progress progress, BooleanSupplier cancelled);

    /**
     * Renders the images of stored PDF pages that have none yet (run in the background after an import, so
     * paging through them later does not wait); returns how many were rendered.
     */
    default int renderMissingImages(BooleanSupplier cancelled) {
        return 0;
    }

    /** Writes the articles, in the order given, to a PDF clipping report; returns the file written. */
    Path export(Collection<Long> articleIds, Path target, Progress progress, BooleanSupplier cancelled);

    /** A failure worth showing to the user as it is. */
    final class BackendException extends RuntimeException {
        public BackendException(String message, Throwable cause) {
            super(message, cause);
        }

        public BackendException(String message) {
            super(message);
        }
    }
}
