package org.kanbao.ui.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
import org.kanbao.store.ArticleCodec;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.PageRepository;
import org.kanbao.store.SqlWork;
import org.kanbao.store.TagRepository;

/**
 * {@link ReaderBackend} over the library's own tables. Search is a plain LIKE scan and tags are read
 * straight from tag/article_tag until the search, tags and export services are wired in here.
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
    public Optional<StoredArticle> article(long articleId) {
        return read(c -> ArticleRepository.get(c, articleId));
    }

    @Override
    public Path pageImage(Page page) {
        if (page == null || page.imagePath() == null || page.imagePath().isBlank()) return null;
        Path p = library.dataDir().resolve(page.imagePath());
        return Files.isRegularFile(p) ? p : null;
    }

    @Override
    public SearchResult search(String query, Sort sort, int limit) {
        List<String> terms = Highlights.terms(query);
        if (terms.isEmpty()) return SearchResult.empty(query);
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND (a.kicker || ' ' || a.headline || ' ' || a.subtitle || ' ' || a.lead || ' ' || a.body_json)"
                    + " LIKE ? ESCAPE '\\'");
        }
        String order = switch (sort == null ? Sort.RELEVANCE : sort) {
            case RELEVANCE -> " ORDER BY (a.headline LIKE ? ESCAPE '\\') DESC, e.date DESC, p.number, a.seq";
            case NEWEST -> " ORDER BY e.date DESC, p.number, a.seq";
            case OLDEST -> " ORDER BY e.date ASC, p.number, a.seq";
        };
        return read(c -> {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + ArticleCodec.FROM + where)) {
                bindTerms(ps, terms, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getInt(1) : 0;
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleCodec.COLUMNS + ArticleCodec.FROM
                    + where + order + " LIMIT ?")) {
                int n = bindTerms(ps, terms, 1);
                if (sort == null || sort == Sort.RELEVANCE) ps.setString(n++, like(terms.get(0)));
                ps.setInt(n, Math.max(1, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) hits.add(hit(ArticleCodec.read(rs), terms));
                }
            }
            return new SearchResult(query, total, hits, terms);
        });
    }

    private static int bindTerms(PreparedStatement ps, List<String> terms, int from) throws SQLException {
        int n = from;
        for (String t : terms) ps.setString(n++, like(t));
        return n;
    }

    private static String like(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static SearchHit hit(StoredArticle s, List<String> terms) {
        Article a = s.article();
        String text = a.lead() + a.bodyText().replace('\n', ' ');
        return new SearchHit(s.id(), s.pageId(), s.editionId(), s.paper(), s.date(), s.pageNumber(),
                a.headline().isEmpty() ? a.title() : a.headline(), Highlights.snippet(text, terms, 72), a.zone());
    }

    @Override
    public List<Tag> tags(TagKind kind, int limit) {
        return read(c -> {
            List<Tag> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name, t.kind, count(*) n FROM tag t "
                    + "JOIN article_tag at ON at.tag_id = t.id AND at.removed = 0 WHERE t.kind = ? "
                    + "GROUP BY t.id ORDER BY n DESC, t.name LIMIT ?")) {
                ps.setString(1, kind.code());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(tag(rs));
                }
            }
            return out;
        });
    }

    private static Tag tag(ResultSet rs) throws SQLException {
        TagKind k = TagKind.fromCode(rs.getString(3));
        return new Tag(rs.getLong(1), rs.getString(2), k == null ? TagKind.MANUAL : k, rs.getInt(4));
    }

    /** SQL selecting the ids of articles carrying all of the tags. */
    private static String matching(Set<Long> tagIds) {
        String in = tagIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "SELECT article_id FROM article_tag WHERE removed = 0 AND tag_id IN (" + in + ") "
                + "GROUP BY article_id HAVING count(DISTINCT tag_id) = " + tagIds.size();
    }

    @Override
    public Narrowed narrow(Set<Long> tagIds) {
        if (tagIds.isEmpty()) return new Narrowed(Set.of(), Set.of(), Set.of());
        return read(c -> {
            Set<Long> arts = new LinkedHashSet<>();
            Set<Long> pages = new LinkedHashSet<>();
            Set<Long> eds = new LinkedHashSet<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT a.id, a.page_id, p.edition_id FROM article a "
                    + "JOIN page p ON p.id = a.page_id WHERE a.id IN (" + matching(tagIds) + ")")) {
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
        String in = tagIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return read(c -> {
            List<Tag> out = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT t.id, t.name, t.kind, count(*) n FROM article_tag at "
                    + "JOIN tag t ON t.id = at.tag_id WHERE at.removed = 0 AND at.article_id IN (" + matching(tagIds) + ") "
                    + "AND t.id NOT IN (" + in + ") GROUP BY t.id ORDER BY n DESC, t.name LIMIT " + limit)) {
                while (rs.next()) out.add(tag(rs));
            }
            return out;
        });
    }

    @Override
    public List<Tag> tagsOf(long articleId) {
        return read(c -> TagRepository.forArticle(c, articleId));
    }

    @Override
    public Tag addManualTag(long articleId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new BackendException("A tag needs a name.");
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO tag(name, kind) VALUES (?, 'manual')")) {
                ps.setString(1, n);
                ps.executeUpdate();
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ? AND kind = 'manual'")) {
                ps.setString(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag(article_id, tag_id, source, removed) "
                    + "VALUES (?, ?, 'manual', 0) ON CONFLICT(article_id, tag_id) DO UPDATE SET removed = 0")) {
                ps.setLong(1, articleId);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return new Tag(id, n, TagKind.MANUAL, 0);
        });
    }

    @Override
    public void removeTag(long articleId, long tagId) {
        write(c -> {
            // The user's own links go; automatic ones are remembered as removed so re-tagging does not bring them back.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ? AND tag_id = ? AND source = 'manual'")) {
                ps.setLong(1, articleId);
                ps.setLong(2, tagId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE article_tag SET removed = 1 WHERE article_id = ? AND tag_id = ?")) {
                ps.setLong(1, articleId);
                ps.setLong(2, tagId);
                ps.executeUpdate();
            }
            return null;
        });
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
        throw new BackendException("PDF export is not available yet.");
    }
}
