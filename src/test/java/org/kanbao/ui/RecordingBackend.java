package org.kanbao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.kanbao.ui.state.ReaderBackend;

/** Passes everything to the library backend but records what the export seam receives. */
final class RecordingBackend implements ReaderBackend {
    private final ReaderBackend d;
    final List<List<Long>> exports = new ArrayList<>();

    RecordingBackend(ReaderBackend delegate) {
        this.d = delegate;
    }

    @Override
    public Path export(Collection<Long> ids, Path target, Progress progress, BooleanSupplier cancelled) {
        synchronized (exports) {
            exports.add(List.copyOf(ids));
        }
        return d.export(ids, target, progress, cancelled);
    }

    @Override public boolean isReadOnly() { return d.isReadOnly(); }
    @Override public int renderMissingImages(BooleanSupplier c) { return d.renderMissingImages(c); }
    @Override public boolean isEmpty() { return d.isEmpty(); }
    @Override public List<Edition> editions() { return d.editions(); }
    @Override public List<Page> pages(long editionId) { return d.pages(editionId); }
    @Override public Optional<Page> page(long pageId) { return d.page(pageId); }
    @Override public List<StoredArticle> articles(long pageId) { return d.articles(pageId); }
    @Override public List<String> unplaced(long pageId) { return d.unplaced(pageId); }
    @Override public Optional<StoredArticle> article(long articleId) { return d.article(articleId); }
    @Override public Path pageImage(Page page) { return d.pageImage(page); }
    @Override public Path pageThumbnail(Page page) { return d.pageThumbnail(page); }
    @Override public SearchResult search(String query, Sort sort, int limit) { return d.search(query, sort, limit); }
    @Override public List<Tag> tags(TagKind kind, int limit) { return d.tags(kind, limit); }
    @Override public Narrowed narrow(Set<Long> tagIds) { return d.narrow(tagIds); }
    @Override public List<Tag> relatedTags(Set<Long> tagIds, int limit) { return d.relatedTags(tagIds, limit); }
    @Override public List<Tag> tagsOf(long articleId) { return d.tagsOf(articleId); }
    @Override public Tag addManualTag(long articleId, String name) { return d.addManualTag(articleId, name); }
    @Override public void removeTag(long articleId, long tagId) { d.removeTag(articleId, tagId); }
    @Override public ImportSummary importFiles(List<Path> files, Progress p, BooleanSupplier c) { return d.importFiles(files, p, c); }
}
