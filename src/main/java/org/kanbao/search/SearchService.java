package org.kanbao.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kanbao.model.StoredArticle;
import org.kanbao.search.SearchQuery.Term;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.StoreHook;

/**
 * Offline Chinese full-text search over the library. Any string is a valid query (see {@link SearchQuery}); a term
 * finds every article whose title, lead or body contains it (after folding traditional to simplified, full-width
 * to ASCII, and case), real words and titles ranking first.
 */
public final class SearchService {
    /** The most hits one call returns; snippets are only made for the hits returned. */
    public static final int MAX_LIMIT = 1000;
    /**
     * Above this many matches, bm25 is computed only for the most recently imported RANK_CAP of them (the rest
     * follow newest first): ranking every one of 100,000 matches of a common char would take far longer than a
     * keystroke, and among that many the order of the tail means little. bm25 over these rows is the largest cost
     * of a common term's search (measured on 50k articles, CPU p50 of the bench query set: cap 5000 → 24.6 ms,
     * 2000 → 20.2 ms, 1000 → 18.9 ms).
     */
    static final int RANK_CAP = 2000;
    private static final String JOINS = " JOIN article a ON a.id = search_fts.rowid JOIN page p ON p.id = a.page_id "
            + "JOIN edition e ON e.id = p.edition_id ";
    private static final String FROM_ARTICLES = " FROM article a JOIN page p ON p.id = a.page_id "
            + "JOIN edition e ON e.id = p.edition_id ";

    private final Library library;
    private final SearchIndex index = new SearchIndex();
    /** {@link #RANK_CAP}, lowered by tests. */
    int rankCap = RANK_CAP;

    public SearchService(Library library) {
        this.library = library;
    }

    /** The hook that keeps the index in the import's transaction; {@code Kanbao} registers it. */
    public StoreHook hook() {
        return index;
    }

    public SearchResult search(String query, Sort sort, int offset, int limit) throws LibraryException {
        return search(SearchQuery.parse(query), sort, offset, limit);
    }

    public SearchResult search(SearchQuery query, Sort order, int offset, int limit) throws LibraryException {
        Sort sort = order == null ? Sort.RANK : order;
        QueryCompiler.Compiled q = QueryCompiler.compile(query);
        if (q.match() == null && q.where().isEmpty()) return new SearchResult(0, List.of());
        int lim = Math.max(0, Math.min(MAX_LIMIT, limit));
        int off = Math.max(0, offset);
        List<String> words = QueryCompiler.words(q.highlights());
        Term oneChar = oneChar(query);
        return library.read(c -> {
            Filtered f = oneChar == null ? Filtered.of(c, q) : null;
            long total = oneChar != null ? OneChar.count(c, oneChar) : f != null ? f.total() : count(c, q);
            if (lim == 0 || off >= total) return new SearchResult(total, List.of());
            Map<Long, Double> scores = new HashMap<>();
            List<Long> ids = oneChar != null && sort == Sort.RANK ? OneChar.page(c, oneChar, off, lim, scores)
                    : f != null && sort == Sort.RANK ? f.page(c, words, off, lim, scores, rankCap)
                    : page(c, q, words, sort, off, lim, scores, total, rankCap);
            List<SearchHit> hits = new ArrayList<>();
            for (StoredArticle s : fetch(c, ids)) {
                List<HitPosition> pos = Highlighter.positions(s.article(), q.highlights());
                hits.add(new SearchHit(s.id(), s.article().headline(), s.paper(), s.date(), s.pageNumber(),
                        scores.getOrDefault(s.id(), 0.0), Highlighter.snippet(s.article(), pos), pos));
            }
            return new SearchResult(total, hits);
        });
    }

    /** The ids of every matching article in the given order (e.g. to export or select all results). */
    public List<Long> ids(SearchQuery query, Sort order) throws LibraryException {
        Sort sort = order == null ? Sort.RANK : order;
        QueryCompiler.Compiled q = QueryCompiler.compile(query);
        if (q.match() == null && q.where().isEmpty()) return List.of();
        List<String> words = QueryCompiler.words(q.highlights());
        return library.read(c -> page(c, q, words, sort, 0, Integer.MAX_VALUE, new HashMap<>(), 0, rankCap));
    }

    /** How many articles match, without ranking or snippets. */
    public long count(String query) throws LibraryException {
        QueryCompiler.Compiled q = QueryCompiler.compile(SearchQuery.parse(query));
        if (q.match() == null && q.where().isEmpty()) return 0;
        Term oneChar = oneChar(SearchQuery.parse(query));
        return library.read(c -> {
            if (oneChar != null) return OneChar.count(c, oneChar);
            Filtered f = Filtered.of(c, q);
            return f != null ? f.total() : count(c, q);
        });
    }

    /** All hits of the query's terms in one article, for the article pane and the page view; empty if none. */
    public List<HitPosition> positions(long articleId, String query) throws LibraryException {
        List<Term> terms = QueryCompiler.compile(SearchQuery.parse(query)).highlights();
        Optional<StoredArticle> a = library.read(c -> ArticleRepository.get(c, articleId));
        return a.map(s -> Highlighter.positions(s.article(), terms)).orElse(List.of());
    }

    /** Drops and rebuilds the whole index in one transaction (e.g. after many custom-dictionary changes). */
    public void rebuild() throws LibraryException {
        library.write(c -> {
            index.rebuild(c);
            return null;
        });
    }

    /** Rebuilds the index when it was made by another tokenisation (or by the migration, empty); quick when current. */
    public boolean ensureCurrent() throws LibraryException {
        if (library.isReadOnly() || library.read(SearchIndex::isCurrent)) return false;
        rebuild();
        return true;
    }

    /** Re-indexes these articles, e.g. after their text was edited; ids no longer stored are dropped. */
    public void reindex(Collection<Long> ids) throws LibraryException {
        library.write(c -> {
            index.reindex(c, ids);
            return null;
        });
    }

    /**
     * After words were added to HanLP's {@code CustomDictionary}: re-segments only the articles containing them
     * (a custom word changes segmentation only where it occurs). Returns how many articles were re-indexed.
     */
    public int wordsAdded(Collection<String> words) throws LibraryException {
        List<String> exprs = new ArrayList<>();
        for (String w : words) {
            if (w != null && !w.isBlank()) exprs.add(QueryCompiler.term(new Term(w, false)));
        }
        if (exprs.isEmpty()) return 0;
        return library.write(c -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < exprs.size(); i += 100) {
                String match = String.join(" OR ", exprs.subList(i, Math.min(exprs.size(), i + 100)));
                try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ?")) {
                    ps.setString(1, match);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
            }
            List<Long> distinct = ids.stream().distinct().toList();
            index.reindex(c, distinct);
            return distinct.size();
        });
    }

    /**
     * Indexes many articles at once inside the caller's transaction, for bulk loads that bypass the importer
     * (e.g. a benchmark writing rows directly); call {@link #optimize()} afterwards.
     */
    public void indexBulk(Connection c, List<StoredArticle> articles) throws SQLException {
        SearchIndex.insertFresh(c, articles);
    }

    /** Merges the index into one segment: faster queries after a large import. */
    public void optimize() throws LibraryException {
        library.write(c -> {
            SearchIndex.optimize(c);
            return null;
        });
    }

    /** FTS5's integrity check; throws when the index is damaged. */
    public void integrityCheck() throws LibraryException {
        library.read(c -> {
            SearchIndex.integrityCheck(c);
            return null;
        });
    }

    // ---- SQL

    private static long count(Connection c, QueryCompiler.Compiled q) throws SQLException {
        String sql;
        if (q.match() != null && q.where().isEmpty()) {
            sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?";
        } else if (q.match() != null) {
            sql = "SELECT count(*) FROM search_fts" + JOINS + "WHERE search_fts MATCH ? AND " + q.where();
        } else {
            sql = "SELECT count(*)" + FROM_ARTICLES + "WHERE " + q.where();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, q);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static List<Long> page(Connection c, QueryCompiler.Compiled q, List<String> words, Sort sort,
                                   int offset, int limit, Map<Long, Double> scores, long total, int cap) throws SQLException {
        String sql;
        boolean rank = sort == Sort.RANK && q.match() != null;
        if (rank && q.where().isEmpty() && total > cap) return cappedPage(c, q.match(), words, offset, limit, scores, cap);
        if (rank && q.where().isEmpty() && !words.isEmpty()) {
            return ranked(c, q.match(), words, Long.MIN_VALUE, Long.MAX_VALUE, null, offset, limit, scores);
        }
        String byDate = sort == Sort.OLDEST ? " ORDER BY e.date, p.number, a.seq, a.id"
                : " ORDER BY e.date DESC, p.number, a.seq, a.id DESC";
        if (q.match() != null && q.where().isEmpty() && rank) {
            sql = "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank";
        } else if (q.match() != null) {
            sql = "SELECT a.id, " + (rank ? "search_fts.rank" : "0") + " FROM search_fts" + JOINS
                    + "WHERE search_fts MATCH ?" + (q.where().isEmpty() ? "" : " AND " + q.where())
                    + (rank ? " ORDER BY search_fts.rank" : byDate);
        } else {
            sql = "SELECT a.id, 0" + FROM_ARTICLES + "WHERE " + q.where() + byDate;
        }
        sql += " LIMIT " + limit + " OFFSET " + offset;
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, q);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    double r = rs.getDouble(2);
                    scores.put(rs.getLong(1), r == 0 ? 0.0 : -r); // bm25 is lower for better matches
                }
            }
        }
        return ids;
    }

    /** See {@link #RANK_CAP}: the best of the newest RANK_CAP matches by bm25, then the older ones newest first. */
    private static List<Long> cappedPage(Connection c, String match, List<String> words, int offset, int limit,
                                         Map<Long, Double> scores, int cap) throws SQLException {
        long cutoff;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET " + (cap - 1))) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return List.of();
                cutoff = rs.getLong(1);
            }
        }
        List<Long> ids = new ArrayList<>();
        if (offset < cap && !words.isEmpty()) {
            ids.addAll(ranked(c, match, words, cutoff, Long.MAX_VALUE, null, offset, Math.min(limit, cap - offset), scores));
        } else if (offset < cap) {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? "
                    + "AND rowid >= ? ORDER BY rank LIMIT " + Math.min(limit, cap - offset) + " OFFSET " + offset)) {
                ps.setString(1, match);
                ps.setLong(2, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        scores.put(rs.getLong(1), -rs.getDouble(2));
                    }
                }
            }
        }
        if (ids.size() < limit) {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                    + "AND rowid < ? ORDER BY rowid DESC LIMIT " + (limit - ids.size()) + " OFFSET "
                    + Math.max(0, offset - cap))) {
                ps.setString(1, match);
                ps.setLong(2, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * A page of the matches of {@code match} with rowids in {@code lo..hi} (and in the JSON id set {@code ids} when
     * not null), best first. The score is -bm25, times 1 + the share of the query's dictionary words
     * ({@code search_terms} word tokens) the segmenter found in the article, so a real word (海宁) ranks above an
     * accidental run of its chars (上[海宁]波); ties newest first. One statement: the word sets are materialised once
     * by SQLite and only the page's rows come back.
     */
    static List<Long> ranked(Connection c, String match, List<String> words, long lo, long hi, String ids, int offset,
                             int limit, Map<Long, Double> scores) throws SQLException {
        StringBuilder score = new StringBuilder("-rank");
        if (!words.isEmpty()) {
            score.append(" * (1 + (");
            for (int i = 0; i < words.size(); i++) {
                score.append(i == 0 ? "" : " + ").append("(rowid IN (SELECT rowid FROM search_terms WHERE search_terms "
                        + "MATCH ? AND rowid BETWEEN ? AND ?))");
            }
            score.append(") / ").append(words.size()).append(".0)");
        }
        String sql = "SELECT rowid, " + score + " AS score FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?"
                + (ids == null ? "" : Filtered.IN) + " ORDER BY score DESC, rowid DESC LIMIT " + limit + " OFFSET " + offset;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (String w : words) {
                ps.setString(p++, "\"" + w + "\"");
                ps.setLong(p++, lo);
                ps.setLong(p++, hi);
            }
            ps.setString(p++, match);
            ps.setLong(p++, lo);
            ps.setLong(p++, hi);
            if (ids != null) ps.setString(p, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                    scores.put(rs.getLong(1), rs.getDouble(2));
                }
            }
        }
        return out;
    }

    /** The query's only node when it is a single term of one (non-gap) char, else null. */
    static Term oneChar(SearchQuery q) {
        if (!(q.root() instanceof Term t)) return null;
        String f = Fold.fold(t.text());
        return f.length() == 1 && !Fold.isGap(f.charAt(0)) ? t : null;
    }

    /**
     * A query of one char, answered from {@code search_terms} alone (one doclist walk, where {@code search_fts}
     * would merge the doclists of every bigram starting with the char, in each statement): the articles with the
     * char in the title first, then the others, each newest first. No bm25: over a single char it would mostly
     * measure text length, and computing it needs the merged positions.
     */
    static final class OneChar {
        private OneChar() {
        }

        private static String anywhere(Term t) {
            return "\"" + Tokens.charToken(Fold.fold(t.text().charAt(0))) + "\"";
        }

        private static String title(Term t) {
            return "\"" + Tokens.titleCharToken(Fold.fold(t.text().charAt(0))) + "\"";
        }

        static long count(Connection c, Term t) throws SQLException {
            return countOf(c, t.titleOnly() ? title(t) : anywhere(t));
        }

        private static long countOf(Connection c, String match) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM search_terms WHERE search_terms MATCH ?")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        }

        static List<Long> page(Connection c, Term t, int offset, int limit, Map<Long, Double> scores) throws SQLException {
            List<Long> ids = new ArrayList<>();
            take(c, title(t), offset, limit, 2.0, ids, scores);
            if (t.titleOnly() || ids.size() >= limit) return ids;
            long inTitle = ids.isEmpty() ? countOf(c, title(t)) : offset + ids.size();
            take(c, anywhere(t) + " NOT " + title(t), (int) Math.max(0, offset - inTitle), limit - ids.size(), 1.0, ids, scores);
            return ids;
        }

        private static void take(Connection c, String match, int offset, int limit, double score, List<Long> ids,
                                 Map<Long, Double> scores) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_terms WHERE search_terms MATCH ? "
                    + "ORDER BY rowid DESC LIMIT " + limit + " OFFSET " + offset)) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        scores.put(rs.getLong(1), score);
                    }
                }
            }
        }
    }

    /**
     * A term query narrowed by filters (paper, date, tags, ...) that select at most {@link #MAX_IDS} articles: the
     * filters run first as plain SQL (from the editions and pages down, using their indexes), and FTS5 is then asked
     * only within the rowid span of those ids, each match tested against the id set ({@code +rowid}: a test on the
     * row, not a constraint FTS5 would turn into one look-up per id). This replaces joining every match of a common
     * term to its page and edition, and bm25 runs only over the newest {@link #RANK_CAP} matches of the filter, as
     * without one. No {@code ORDER BY rank} in SQL: FTS5 would then rank every row of the span before the id test.
     *
     * @param ids  the filter's ids as a JSON array, for {@code json_each}
     * @param low  the smallest filter id
     * @param high the largest
     */
    record Filtered(String match, String ids, long low, long high, long total) {
        /** Filters selecting more articles than this take the join instead. */
        static final int MAX_IDS = 100_000;
        static final String IN = " AND +rowid IN (SELECT value FROM json_each(?))";

        static Filtered of(Connection c, QueryCompiler.Compiled q) throws SQLException {
            if (q.match() == null || q.where().isEmpty()) return null;
            // no ORDER BY: the planner then starts from the filtered editions/pages and reads article ids from the
            // article_page index instead of walking the article table in id order
            StringBuilder json = new StringBuilder("[");
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id" + FROM_ARTICLES + "WHERE " + q.where()
                    + " LIMIT " + (MAX_IDS + 1))) {
                int i = 1;
                for (Object o : q.params()) ps.setObject(i++, o);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n++ == MAX_IDS) return null;
                        long id = rs.getLong(1);
                        if (n > 1) json.append(',');
                        json.append(id);
                        low = Math.min(low, id);
                        high = Math.max(high, id);
                    }
                }
            }
            if (n == 0) return new Filtered(q.match(), "[]", 0, -1, 0);
            String ids = json.append(']').toString();
            long total;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?" + IN)) {
                ps.setString(1, q.match());
                ps.setLong(2, low);
                ps.setLong(3, high);
                ps.setString(4, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            return new Filtered(q.match(), ids, low, high, total);
        }

        /** The best of the newest {@code cap} matches by bm25 and the query's words, then the older ones newest first. */
        List<Long> page(Connection c, List<String> words, int offset, int limit, Map<Long, Double> scores,
                        int cap) throws SQLException {
            if (total == 0) return List.of();
            long cutoff = low;
            if (total > cap) {
                try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                        + "AND rowid BETWEEN ? AND ?" + IN + " ORDER BY rowid DESC LIMIT 1 OFFSET " + (cap - 1))) {
                    bind(ps, match, low, high);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) cutoff = rs.getLong(1);
                    }
                }
            }
            long inWindow = Math.min(total, cap);
            List<Long> ids = new ArrayList<>();
            if (offset < inWindow) {
                ids.addAll(ranked(c, match, words, cutoff, high, this.ids, offset, limit, scores));
            }
            if (ids.size() < limit && total > cap) {
                try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                        + "AND rowid BETWEEN ? AND ?" + IN + " ORDER BY rowid DESC LIMIT " + (limit - ids.size())
                        + " OFFSET " + Math.max(0, offset - inWindow))) {
                    bind(ps, match, low, cutoff - 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }

        private void bind(PreparedStatement ps, String m, long from, long to) throws SQLException {
            ps.setString(1, m);
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setString(4, ids);
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    /**
     * The articles in the order of {@code ids}, read in one statement with only what hits need (no bylines, jump,
     * zone), the body parsed with a streaming parser: the fetch is a fixed cost of every search.
     */
    static List<StoredArticle> fetch(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        Map<Long, StoredArticle> byId = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.page_id, p.edition_id, a.seq, e.paper, e.date, "
                + "p.number, p.section, a.kind, a.kicker, a.headline, a.subtitle, a.lead, a.body_json"
                + FROM_ARTICLES + "WHERE a.id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    org.kanbao.model.Article a = new org.kanbao.model.Article(
                            org.kanbao.model.ArticleKind.fromCode(rs.getString(9)), rs.getString(10), rs.getString(11),
                            rs.getString(12), List.of(), rs.getString(13), body(rs.getBytes(14)), null, false, null);
                    String date = rs.getString(6);
                    StoredArticle s = new StoredArticle(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                            rs.getString(5), date == null ? null : java.time.LocalDate.parse(date), rs.getInt(7),
                            rs.getString(8), a);
                    byId.put(s.id(), s);
                }
            }
        }
        List<StoredArticle> out = new ArrayList<>();
        for (long id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    /** Body blocks from the stored JSON array of {type, text}; what cannot be read is left out. */
    static List<org.kanbao.model.BodyBlock> body(String json) {
        return body(json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same from the column's UTF-8 bytes: Jackson decodes them itself, without a JSON String in between. */
    static List<org.kanbao.model.BodyBlock> body(byte[] json) {
        List<org.kanbao.model.BodyBlock> out = new ArrayList<>();
        if (json == null) return out;
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) return out;
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                String type = null;
                String text = "";
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                    if (name.equals("type") && v.isScalarValue()) type = p.getText();
                    else if (name.equals("text") && v.isScalarValue()) text = p.getText();
                    else p.skipChildren();
                }
                out.add(new org.kanbao.model.BodyBlock(org.kanbao.model.BodyBlock.Type.fromCode(type), text));
            }
        } catch (java.io.IOException e) {
            // a damaged body reads as what was parsed so far
        }
        return out;
    }

    private static void bind(PreparedStatement ps, QueryCompiler.Compiled q) throws SQLException {
        int i = 1;
        if (q.match() != null) ps.setString(i++, q.match());
        for (Object o : q.params()) ps.setObject(i++, o);
    }
}
