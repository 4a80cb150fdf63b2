package org.kanbao.tags;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;

/**
 * Navigation by tags, for the UI and for search filters: tags grouped by kind with article counts,
 * narrowing by several tags at once (AND), related tags for the current selection, and filters such
 * as {@code person:曹丽}.
 *
 * <p>Counts come from {@code tag.article_count}, kept by triggers, and narrowing reads the partial
 * index {@code article_tag_live}, so both stay fast on a library of hundreds of thousands of articles.
 * Articles are returned newest import first (descending id).
 */
public final class TagBrowser {
    /** How many of the matching articles related tags are computed from (the newest ones). */
    static final int RELATED_SAMPLE = 1000;

    /** One page of the articles that carry every selected tag. */
    public record ArticlePage(int total, List<Long> ids) {
    }

    private final Library library;

    TagBrowser(Library library) {
        this.library = library;
    }

    /** Each kind's tags with the most articles, kinds in a fixed order; kinds without tags are left out. */
    public Map<TagKind, List<Tag>> groups(int topPerKind) throws LibraryException {
        return library.read(c -> {
            Map<TagKind, List<Tag>> out = new EnumMap<>(TagKind.class);
            for (TagKind k : TagKind.values()) {
                List<Tag> l = top(c, k, topPerKind);
                if (!l.isEmpty()) out.put(k, l);
            }
            return out;
        });
    }

    /** Tags with their article counts, most used first; {@code kind} null for all kinds. */
    public List<Tag> list(TagKind kind, int top) throws LibraryException {
        return library.read(c -> top(c, kind, top));
    }

    private static List<Tag> top(Connection c, TagKind kind, int top) throws SQLException {
        String sql = "SELECT id, name, kind, article_count FROM tag WHERE article_count > 0 "
                + (kind == null ? "" : "AND kind = ? ") + "ORDER BY article_count DESC, name LIMIT ?";
        List<Tag> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (kind != null) ps.setString(i++, kind.code());
            ps.setInt(i, top <= 0 ? Integer.MAX_VALUE : top);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(TagStore.read(rs));
            }
        }
        return out;
    }

    public Optional<Tag> get(long tagId) throws LibraryException {
        return library.read(c -> TagStore.get(c, tagId));
    }

    /** Tags with this exact name (one per kind), or of one kind when {@code kind} is given; aliases count. */
    public List<Tag> find(String name, TagKind kind) throws LibraryException {
        String n = TagNames.clean(name);
        return library.read(c -> {
            List<Tag> out = new ArrayList<>();
            String sql = "SELECT id, name, kind, article_count FROM tag WHERE hidden = 0 AND (name = ? "
                    + "OR id IN (SELECT tag_id FROM tag_alias WHERE name = ?))" + (kind == null ? "" : " AND kind = ?")
                    + " ORDER BY article_count DESC";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, n);
                ps.setString(2, n);
                if (kind != null) ps.setString(3, kind.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(TagStore.read(rs));
                }
            }
            return out;
        });
    }

    /** Articles carrying every one of the tags (AND), newest first, one page of them, and how many there are. */
    public ArticlePage narrow(Collection<Long> tagIds, int offset, int limit) throws LibraryException {
        return library.read(c -> {
            List<Long> tags = byCount(c, tagIds);
            if (tags.isEmpty()) return new ArticlePage(0, List.of());
            int total;
            if (tags.size() == 1) {
                total = (int) tagCount(c, tags.get(0));
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + intersect(tags.size()) + ")")) {
                    bind(ps, tags);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getInt(1);
                    }
                }
            }
            return new ArticlePage(total, page(c, tags, Math.max(0, offset), Math.max(0, limit)));
        });
    }

    /** Every article carrying all the tags, newest first. */
    public List<Long> articles(Collection<Long> tagIds) throws LibraryException {
        return library.read(c -> {
            List<Long> tags = byCount(c, tagIds);
            return tags.isEmpty() ? List.of() : page(c, tags, 0, Integer.MAX_VALUE);
        });
    }

    /**
     * SQL selecting the article ids of a filter, for other code to combine in its own query, e.g.
     * {@code ... WHERE article.id IN (<this>)}. Tag ids are inlined (they are numbers from the
     * library); a filter naming no tag gives a query that selects nothing.
     */
    public String articleIdsSql(Filter f) throws LibraryException {
        List<Tag> tags = find(f.name(), f.kind());
        if (tags.isEmpty()) return "SELECT NULL WHERE 0";
        return "SELECT article_id FROM article_tag WHERE removed = 0 AND tag_id IN ("
                + String.join(",", tags.stream().map(t -> String.valueOf(t.id())).toList()) + ")";
    }

    /**
     * One page of the AND of the tags: each tag's live links come from article_tag_live in article
     * order, and SQLite merges them (MERGE INTERSECT), so two tags of 50,000 articles each cost one
     * pass over both runs rather than 50,000 probes.
     */
    private static List<Long> page(Connection c, List<Long> tags, int offset, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(intersect(tags.size()) + " ORDER BY 1 DESC LIMIT ? OFFSET ?")) {
            int i = bind(ps, tags);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static String intersect(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(" INTERSECT ");
            sb.append("SELECT article_id FROM article_tag INDEXED BY article_tag_live WHERE tag_id = ? AND removed = 0");
        }
        return sb.toString();
    }

    private static int bind(PreparedStatement ps, List<Long> tags) throws SQLException {
        int i = 1;
        for (long t : tags) ps.setLong(i++, t);
        return i;
    }

    private static long tagCount(Connection c, long tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_count FROM tag WHERE id = ?")) {
            ps.setLong(1, tagId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The distinct tag ids, rarest first; an unknown id gives an empty list (nothing can match it). */
    private static List<Long> byCount(Connection c, Collection<Long> tagIds) throws SQLException {
        List<long[]> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_count FROM tag WHERE id = ?")) {
            for (long id : new LinkedHashSet<>(tagIds)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return List.of();
                    l.add(new long[]{id, rs.getLong(1)});
                }
            }
        }
        l.sort((a, b) -> Long.compare(a[1], b[1]));
        return l.stream().map(a -> a[0]).toList();
    }

    /**
     * Tags that occur together with the selection, with the number of selected articles they share
     * (computed over the newest {@value #RELATED_SAMPLE} matching articles), most shared first.
     */
    public List<Tag> related(Collection<Long> tagIds, int limit) throws LibraryException {
        return library.read(c -> {
            List<Long> tags = byCount(c, tagIds);
            List<Long> ids = tags.isEmpty() ? List.of() : page(c, tags, 0, RELATED_SAMPLE);
            List<Tag> out = new ArrayList<>();
            if (ids.isEmpty()) return out;
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            String not = String.join(",", tagIds.stream().map(String::valueOf).toList());
            // ids are numbers from the database, so building the IN list is safe
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name, t.kind, count(*) AS n FROM article_tag at "
                    + "JOIN tag t ON t.id = at.tag_id WHERE at.article_id IN (" + in + ") AND at.removed = 0 "
                    + "AND at.tag_id NOT IN (" + not + ") GROUP BY t.id ORDER BY n DESC, t.article_count DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(TagStore.read(rs));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- filters

    /** A parsed {@code kind:name} filter; {@code kind} is null for {@code tag:} (any kind). */
    public record Filter(TagKind kind, String name) {
    }

    /**
     * Reads a filter such as {@code person:曹丽}, {@code place:平湖}, {@code org:宁波银行}, {@code topic:医保},
     * {@code author:荣怡婷} or {@code tag:医保} (any kind); full-width colons are accepted. Empty when the
     * text is not a tag filter.
     */
    public static Optional<Filter> parseFilter(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().replace('：', ':');
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) return Optional.empty();
        String prefix = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = t.substring(colon + 1).strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
        if (name.isEmpty()) return Optional.empty();
        if (prefix.equals("tag")) return Optional.of(new Filter(null, name));
        TagKind k = TagKind.fromCode(prefix);
        return k == null ? Optional.empty() : Optional.of(new Filter(k, name));
    }

    /** The articles a filter selects, newest first; a filter naming no known tag selects none. */
    public List<Long> resolve(Filter f) throws LibraryException {
        List<Tag> tags = find(f.name(), f.kind());
        if (tags.isEmpty()) return List.of();
        if (tags.size() == 1) return articles(List.of(tags.get(0).id()));
        // tag:name of several kinds: an article with any of them
        java.util.TreeSet<Long> union = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (Tag t : tags) union.addAll(articles(List.of(t.id())));
        return new ArrayList<>(union);
    }

    /** Convenience for {@link #parseFilter} + {@link #resolve}: the articles of "person:曹丽" etc. */
    public List<Long> resolve(String filter) throws LibraryException {
        Filter f = parseFilter(filter).orElseThrow(() -> new IllegalArgumentException(
                "Not a tag filter: " + filter + " (use tag:, person:, place:, org:, topic:, author: or manual:)."));
        return resolve(f);
    }
}
