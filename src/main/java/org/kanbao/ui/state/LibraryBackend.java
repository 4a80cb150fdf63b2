package org.kanbao.ui.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.kanbao.Kanbao;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.ImportReport;
import org.kanbao.model.Article;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.export.ExportException;
import org.kanbao.export.ExportOptions;
import org.kanbao.export.ExportResult;
import org.kanbao.ingest.ImportException;
import org.kanbao.search.HitPosition;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.PageRepository;
import org.kanbao.store.SqlWork;

/**
 * {@link ReaderBackend} over the services of one open library: the search engine, the tag service and
 * browser, the PDF exporter and the page images. Browsing reads the repositories directly.
 */
public final class LibraryBackend implements ReaderBackend {
    private final Kanbao kanbao;
    private final Library library;

    public LibraryBackend(Kanbao kanbao) {
        this.kanbao = kanbao;
        this.library = kanbao.library();
    }

    private <T> T read(SqlWork<T> work) {
        try {
            return library.read(work);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    private <T> T write(SqlWork<T> work) {
        try {
            return library.write(work);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public boolean isReadOnly() {
        return library.isReadOnly();
    }

    @Override
    public boolean isEmpty() {
        return read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT 1 FROM page LIMIT 1")) {
                return !rs.next();
            }
        });
    }

    @Override
    public List<Edition> editions() {
        return read(EditionRepository::list);
    }

    @Override
    public List<Page> pages(long editionId) {
        return read(c -> PageRepository.byEdition(c, editionId));
    }

    @Override
    public Optional<Page> page(long pageId) {
        return Optional.ofNullable(read(c -> PageRepository.get(c, pageId)));
    }

    @Override
    public List<StoredArticle> articles(long pageId) {
        return read(c -> ArticleRepository.byPage(c, pageId));
    }

    @Override
    public List<String> unplaced(long pageId) {
        String json = read(c -> PageRepository.unplacedJson(c, pageId));
        if (json == null || json.isBlank()) return List.of();
        try {
            return List.of(org.kanbao.model.json.FixtureJson.MAPPER.readValue(json, String[].class));
        } catch (java.io.IOException e) {
            return List.of(json); // shown as stored rather than lost
        }
    }

    @Override
    public Optional<StoredArticle> article(long articleId) {
        return read(c -> ArticleRepository.get(c, articleId));
    }

    @Override
    public Path pageImage(Page page) {
        if (page == null) return null;
        if (page.imagePath() != null && !page.imagePath().isBlank()) {
            Path p = library.dataDir().resolve(page.imagePath());
            if (Files.isRegularFile(p)) return p;
        }
        if (!page.isPdf()) return null;
        try {
            // rendered once, then cached under the data folder and recorded on the page
            return library.isReadOnly() ? kanbao.pageImages().pageImage(page) : kanbao.pageImages().ensureImage(library, page);
        } catch (ImportException | LibraryException | RuntimeException e) {
            return null; // the view draws the schematic page instead
        }
    }

    @Override
    public Path pageThumbnail(Page page) {
        if (page == null || !page.isPdf()) return null;
        try {
            return kanbao.pageImages().thumbnail(page); // rendered once, then cached beside the page image
        } catch (ImportException | RuntimeException e) {
            return null; // the strip shows the page icon instead
        }
    }

    @Override
    public SearchResult search(String query, Sort sort, int limit) {
        if (query == null || query.isBlank()) return SearchResult.empty(query);
        org.kanbao.search.Sort engineSort = sort == null || sort == Sort.RELEVANCE ? org.kanbao.search.Sort.RANK
                : sort == Sort.OLDEST ? org.kanbao.search.Sort.OLDEST : org.kanbao.search.Sort.DATE;
        try {
            org.kanbao.search.SearchResult r = kanbao.search().search(query, engineSort, 0, Math.max(1, limit));
            List<Long> ids = r.hits().stream().map(org.kanbao.search.SearchHit::articleId).toList();
            Map<Long, StoredArticle> stored = read(c -> {
                Map<Long, StoredArticle> m = new HashMap<>();
                for (long id : ids) ArticleRepository.get(c, id).ifPresent(a -> m.put(id, a));
                return m;
            });
            List<SearchHit> hits = new ArrayList<>();
            Set<String> terms = new LinkedHashSet<>();
            for (org.kanbao.search.SearchHit h : r.hits()) {
                StoredArticle s = stored.get(h.articleId());
                if (s == null) continue;
                List<SnippetRun> runs = h.snippet().stream().map(run -> new SnippetRun(run.text(), run.highlighted())).toList();
                Article a = s.article();
                // the words the engine matched, as they are written in the article, so the pane marks the same ones
                for (HitPosition pos : h.positions()) {
                    String t = partText(a, pos);
                    if (t != null && pos.end() <= t.length() && pos.start() < pos.end()) terms.add(t.substring(pos.start(), pos.end()));
                }
                hits.add(new SearchHit(s.id(), s.pageId(), s.editionId(), s.paper(), s.date(), s.pageNumber(),
                        a.headline().isEmpty() ? a.title() : a.headline(), runs, a.zone()));
            }
            if (terms.isEmpty()) terms.addAll(Highlights.terms(query));
            return new SearchResult(query, (int) Math.min(Integer.MAX_VALUE, r.total()), hits, List.copyOf(terms));
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BackendException(e.getMessage() == null ? "The search could not be understood." : e.getMessage(), e);
        }
    }

    private static String partText(Article a, HitPosition pos) {
        return switch (pos.part()) {
            case TITLE -> a.title();
            case LEAD -> a.lead();
            case BODY -> pos.block() < a.body().size() ? a.body().get(pos.block()).text() : null;
        };
    }

    @Override
    public List<Tag> tags(TagKind kind, int limit) {
        try {
            return kanbao.tags().browser().list(kind, limit);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public Narrowed narrow(Set<Long> tagIds) {
        if (tagIds.isEmpty()) return new Narrowed(Set.of(), Set.of(), Set.of());
        List<Long> ids;
        try {
            ids = kanbao.tags().browser().articles(tagIds);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
        if (ids.isEmpty()) return new Narrowed(Set.of(), Set.of(), Set.of());
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",")); // ids from the database
        return read(c -> {
            Set<Long> arts = new LinkedHashSet<>();
            Set<Long> pages = new LinkedHashSet<>();
            Set<Long> eds = new LinkedHashSet<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT a.id, a.page_id, p.edition_id FROM article a "
                    + "JOIN page p ON p.id = a.page_id WHERE a.id IN (" + in + ")")) {
                while (rs.next()) {
                    arts.add(rs.getLong(1));
                    pages.add(rs.getLong(2));
                    eds.add(rs.getLong(3));
                }
            }
            return new Narrowed(arts, pages, eds);
        });
    }

    @Override
    public List<Tag> relatedTags(Set<Long> tagIds, int limit) {
        if (tagIds.isEmpty()) return List.of();
        try {
            return kanbao.tags().browser().related(tagIds, limit);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public List<Tag> tagsOf(long articleId) {
        try {
            return kanbao.tags().forArticle(articleId);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public Tag addManualTag(long articleId, String name) {
        try {
            return kanbao.tags().add(name, TagKind.MANUAL, List.of(articleId));
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public void removeTag(long articleId, long tagId) {
        try {
            kanbao.tags().remove(tagId, List.of(articleId));
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public ImportSummary importFiles(List<Path> files, Progress progress, BooleanSupplier cancelled) {
        try {
            ImportReport r = kanbao.importer().importFiles(files, ImportHints.NONE,
                    (d, t, m) -> progress.update(d, t, m), cancelled);
            return new ImportSummary(r.pages(), r.articles(), List.copyOf(r.duplicates()),
                    r.failures().stream().map(f -> f.file() + ": " + f.reason()).toList(),
                    List.copyOf(r.notes()), List.copyOf(r.editionIds()), r.cancelled());
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public Path export(Collection<Long> articleIds, Path target, Progress progress, BooleanSupplier cancelled) {
        List<StoredArticle> arts = read(c -> {
            List<StoredArticle> out = new ArrayList<>();
            for (long id : articleIds) ArticleRepository.get(c, id).ifPresent(out::add);
            return out;
        });
        try {
            ExportResult r = kanbao.exporter().export(arts, ExportOptions.defaults(), target,
                    (d, t, m) -> progress.update(d, t, m), cancelled);
            return r.cancelled() ? null : r.file();
        } catch (ExportException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    @Override
    public int renderMissingImages(BooleanSupplier cancelled) {
        if (library.isReadOnly()) return 0;
        try {
            return kanbao.pageImages().renderMissing(library, cancelled);
        } catch (LibraryException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }
}
