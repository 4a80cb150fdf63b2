package org.kanbao.ui.state;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;

/**
 * A backend whose library is still opening, so the window can be shown before it is: every call waits for
 * the real backend (calls are off the FX thread anyway), except {@link #isReadOnly()}, which the window needs
 * while it is built and is known beforehand. A failed open makes every call throw {@link BackendException}.
 */
public final class DeferredBackend implements ReaderBackend {
    private final CompletableFuture<? extends ReaderBackend> target;
    private final boolean readOnly;

    public DeferredBackend(CompletableFuture<? extends ReaderBackend> target, boolean readOnly) {
        this.target = target;
        this.readOnly = readOnly;
    }

    private ReaderBackend b() {
        try {
            return target.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            if (c instanceof BackendException be) throw be;
            throw new BackendException(c.getMessage() != null ? c.getMessage() : c.toString(), c);
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean isEmpty() {
        return b().isEmpty();
    }

    @Override
    public List<Edition> editions() {
        return b().editions();
    }

    @Override
    public List<Page> pages(long editionId) {
        return b().pages(editionId);
    }

    @Override
    public Optional<Page> page(long pageId) {
        return b().page(pageId);
    }

    @Override
    public List<StoredArticle> articles(long pageId) {
        return b().articles(pageId);
    }

    @Override
    public Optional<StoredArticle> article(long articleId) {
        return b().article(articleId);
    }

    @Override
    public List<String> unplaced(long pageId) {
        return b().unplaced(pageId);
    }

    @Override
    public Path pageImage(Page page) {
        return b().pageImage(page);
    }

    @Override
    public Path pageThumbnail(Page page) {
        return b().pageThumbnail(page);
    }

    @Override
    public SearchResult search(String query, Sort sort, int limit) {
        return b().search(query, sort, limit);
    }

    @Override
    public List<Tag> tags(TagKind kind, int limit) {
        return b().tags(kind, limit);
    }

    @Override
    public Narrowed narrow(Set<Long> tagIds) {
        return b().narrow(tagIds);
    }

    @Override
    public List<Tag> relatedTags(Set<Long> tagIds, int limit) {
        return b().relatedTags(tagIds, limit);
    }

    @Override
    public List<Tag> tagsOf(long articleId) {
        return b().tagsOf(articleId);
    }

    @Override
    public Tag addManualTag(long articleId, String name) {
        return b().addManualTag(articleId, name);
    }

    @Override
    public void removeTag(long articleId, long tagId) {
        b().removeTag(articleId, tagId);
    }

    @Override
    public ImportSummary importFiles(List<Path> files, Progress progress, BooleanSupplier cancelled) {
        return b().importFiles(files, progress, cancelled);
    }

    @Override
    public int renderMissingImages(BooleanSupplier cancelled) {
        return b().renderMissingImages(cancelled);
    }

    @Override
    public Path export(Collection<Long> articleIds, Path target, Progress progress, BooleanSupplier cancelled) {
        return b().export(articleIds, target, progress, cancelled);
    }
}
