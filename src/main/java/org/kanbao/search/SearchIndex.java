package org.kanbao.search;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.ArticleCodec;
import org.kanbao.store.StoreHook;

/**
 * Keeps {@code search_fts} (see V002__search.sql) in step with the article table, inside the caller's transaction.
 * The table is contentless: it stores only the index, fed with token text made here; the article row is the one
 * copy of the text. Being {@code contentless_delete=1}, rows are deleted by id alone, so a change in segmentation
 * (a new custom-dictionary word) can never leave stale tokens behind.
 */
public final class SearchIndex implements StoreHook {
    /** Bump when tokenisation changes: libraries with another version are re-indexed on open. */
    static final String VERSION = "4";
    private static final int CHUNK = 64;

    /** The token columns of one article: search_fts's body and title, search_terms's terms. */
    record Row(long id, String body, String title, String terms) {
    }

    @Override
    public void articlesAdded(Connection c, List<StoredArticle> added) throws SQLException {
        index(c, added);
    }

    @Override
    public void articlesRemoving(Connection c, List<Long> ids) throws SQLException {
        remove(c, ids);
    }

    /**
     * The text of the body column: lead, then each block, joined by newlines (a gap, so no term spans two parts).
     * {@link Highlighter} maps offsets in it back to parts.
     */
    static String bodyText(Article a) {
        return bodyText(a.lead(), a.body().stream().map(BodyBlock::text).toList());
    }

    /** The indexed body: the lead, then each body block's text, one per line. */
    static String bodyText(String lead, List<String> blocks) {
        String l = lead == null ? "" : lead;
        int length = l.length();
        for (String b : blocks) length += 1 + b.length();
        StringBuilder sb = new StringBuilder(length).append(l); // sized: search builds this for every hit shown
        for (String b : blocks) sb.append('\n').append(b);
        return sb.toString();
    }

    static Row row(long id, Article a) {
        return row(id, a.title(), bodyText(a));
    }

    static Row row(long id, String titleText, String bodyText) {
        String body = Fold.fold(bodyText);
        String title = Fold.fold(titleText);
        return new Row(id, Tokens.grams(body), Tokens.grams(title), Tokens.terms(body, title));
    }

    /**
     * The columns of an article row that the index needs, as the rebuild reads them: the reading (and inserting)
     * thread only copies them out, the tokenising threads decode the body JSON.
     */
    record Source(long id, String kicker, String headline, String subtitle, String lead, byte[] bodyJson) {
        static final String SELECT = "SELECT id, kicker, headline, subtitle, lead, body_json FROM article ORDER BY id";

        static Source read(ResultSet rs) throws SQLException {
            return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6));
        }

        /** As {@link #row(long, Article)} of the stored article: title parts joined as {@link Article#title()}. */
        Row row() {
            return SearchIndex.row(id, Article.title(kicker, headline, subtitle), bodyText(lead, ArticleCodec.bodyTexts(bodyJson)));
        }
    }

    private static final String INSERT = "INSERT INTO search_fts(rowid, body, title) VALUES (?,?,?)";
    static final String INSERT_TERMS = "INSERT INTO search_terms(rowid, terms) VALUES (?,?)";

    private static void insert(PreparedStatement ins, PreparedStatement terms, Row r) throws SQLException {
        insertText(ins, r);
        insertTerms(terms, r);
    }

    /** One row of search_fts, through a statement prepared from {@link #INSERT}. */
    static void insertText(PreparedStatement ins, Row r) throws SQLException {
        ins.setLong(1, r.id());
        ins.setString(2, r.body());
        ins.setString(3, r.title());
        ins.executeUpdate();
    }

    /** One row of search_terms, through a statement prepared from {@link #INSERT_TERMS}. */
    static void insertTerms(PreparedStatement terms, Row r) throws SQLException {
        terms.setLong(1, r.id());
        terms.setString(2, r.terms());
        terms.executeUpdate();
    }

    /** Adds or replaces the entries of these articles, tokenising on all cores while inserting. */
    void index(Connection c, List<StoredArticle> articles) throws SQLException {
        // a new article's id has no entry unless a delete bypassed the hooks; deleting first keeps the insert safe
        remove(c, articles.stream().map(StoredArticle::id).toList());
        if (articles.size() <= CHUNK) {
            try (PreparedStatement ins = c.prepareStatement(INSERT); PreparedStatement terms = c.prepareStatement(INSERT_TERMS)) {
                for (StoredArticle s : articles) insert(ins, terms, row(s.id(), s.article()));
            }
        } else {
            insertFresh(c, articles);
        }
    }

    void remove(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM search_fts WHERE rowid = ?");
             PreparedStatement delTerms = c.prepareStatement("DELETE FROM search_terms WHERE rowid = ?")) {
            for (long id : ids) {
                del.setLong(1, id);
                del.executeUpdate();
                delTerms.setLong(1, id);
                delTerms.executeUpdate();
            }
        }
    }

    /** Re-reads and re-indexes the given articles (e.g. after their text was edited). */
    void reindex(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> list = new ArrayList<>(ids);
        List<Long> missing = new ArrayList<>(list);
        List<StoredArticle> found = org.kanbao.store.ArticleRepository.byIds(c, list);
        found.forEach(s -> missing.remove(s.id()));
        remove(c, missing);
        index(c, found);
    }

    /**
     * Drops the whole index and indexes every article again, then merges the index into one segment. On a library
     * file, {@code search_terms} is built at the same time by a second connection into a scratch file next to the
     * library and copied in at the end (see {@link TermsBuild}): SQLite has one writer per file and the FTS5 insert is
     * single-threaded, so this puts the two tables' inserts and merges on two cores. In memory, both are inserted here.
     */
    void rebuild(Connection c) throws SQLException {
        onFreshThread(() -> rebuildHere(c));
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} on a new thread and waits for it. The rebuild's inserting thread spends most of its time in
     * FTS5's hash of pending terms, malloc'd entries that every token looks up at a random place: on a thread that had
     * done other work first (the bench's main thread after storing 200k articles), the same 200k rebuild took ~40 %
     * more CPU on that thread than in a fresh process, nearly all of it cache misses in that look-up (perf); on a
     * thread of its own it runs as in a fresh process (most likely a fresh malloc arena, not one fragmented by
     * earlier work).
     */
    private static void onFreshThread(SqlRun work) throws SQLException {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "search-rebuild");
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join(); // it holds the caller's connection and transaction: wait for it whatever happens
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                t.interrupt(); // a cancelled caller cancels the work, which then ends with "indexing was interrupted"
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] instanceof SQLException e) throw e;
        if (failure[0] instanceof RuntimeException e) throw e;
        if (failure[0] instanceof Error e) throw e;
    }

    private void rebuildHere(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
            // emptied here even when it is rebuilt in a scratch file: search_fts then reuses its pages
            s.execute("INSERT INTO search_terms(search_terms) VALUES ('delete-all')");
        }
        Path scratch = TermsBuild.scratchFile(c);
        if (scratch == null) {
            bulk(c, true);
            try {
                rebuildRows(c, null);
            } finally {
                bulk(c, false);
            }
            optimize(c);
        } else {
            try (TermsBuild terms = new TermsBuild(c, scratch)) {
                bulk(c, "search_fts", true);
                try {
                    rebuildRows(c, terms);
                } finally {
                    bulk(c, "search_fts", false);
                }
                terms.finish(); // search_terms is merged on another thread while search_fts is merged here
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
                }
                terms.copyInto(c);
            }
        }
        setVersion(c);
    }

    /**
     * Bulk mode for a rebuild: FTS5 buffers {@value #BULK_HASH} bytes of pending terms before it writes a segment
     * (default 1 MB: a segment per ~100 articles, each merged again and again by automerge) and does not merge
     * while loading but for crisis merges of 64 segments; the final optimize merges once. Settings are stored in the
     * tables' config, so they are reset. The buffer is FTS5's hash of pending terms, which every token of every
     * article looks up at a random place: at 64 MB the inserting thread spent ~1.5× the CPU of 8 MB (cache misses;
     * measured on a 20k-article rebuild at load 5-6: 35 vs 21 s), more than the extra merging of smaller segments.
     */
    static void bulk(Connection c, boolean on) throws SQLException {
        bulk(c, "search_fts", on);
        bulk(c, "search_terms", on);
    }

    static void bulk(Connection c, String t, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + t + "(" + t + ", rank) VALUES ('hashsize', " + (on ? BULK_HASH : 1024 * 1024) + ")");
            s.execute("INSERT INTO " + t + "(" + t + ", rank) VALUES ('automerge', " + (on ? 0 : 4) + ")");
            s.execute("INSERT INTO " + t + "(" + t + ", rank) VALUES ('crisismerge', " + (on ? BULK_CRISIS : 16) + ")");
        }
    }

    /**
     * No crisis merge while loading but far beyond 200k articles (~155 segments of 8 MB of pending terms at 200k
     * bench articles): with the old 64, each datum of a 200k rebuild was merged twice (crisis merges of 64 segments,
     * then the optimize); now the optimize merges every segment once. FTS5 allows up to 2,000 segments.
     */
    static final int BULK_CRISIS = 1000;

    static final int BULK_HASH = 8 * 1024 * 1024;

    /** Indexes every article: both tables here when {@code terms} is null, else search_fts here and terms there. */
    private void rebuildRows(Connection c, TermsBuild terms) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(Source.SELECT)) {
            insertFresh(c, terms, new java.util.Iterator<Source>() {
                private Boolean ready;

                @Override
                public boolean hasNext() {
                    try {
                        if (ready == null) ready = rs.next();
                        return ready;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public Source next() {
                    if (!hasNext()) throw new java.util.NoSuchElementException();
                    ready = null;
                    try {
                        return Source.read(rs);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, Source::row);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException se) throw se;
            throw e;
        }
    }

    /** Inserts rows known to be absent from the index (no delete first). */
    static void insertFresh(Connection c, List<StoredArticle> articles) throws SQLException {
        insertFresh(c, null, articles.iterator(), s -> row(s.id(), s.article()));
    }

    /**
     * Tokenises on every core but one while this thread inserts what is ready, in order: the insert (single-threaded
     * in SQLite, most of the work) and the tokenising overlap, and the inserting thread keeps a core of its own. At
     * most a few chunks are in flight, so memory stays flat. With {@code terms}, this thread inserts only search_fts
     * and each tokenising thread inserts its chunk's search_terms rows into the scratch table, in chunk order: no
     * more busy threads than cores, so this thread, which sets the pace, is not time-shared with a third.
     */
    static <T> void insertFresh(Connection c, TermsBuild terms, java.util.Iterator<T> articles,
                                java.util.function.Function<T, Row> tokenise) throws SQLException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-tokenise");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<List<Row>>> inFlight = new java.util.ArrayDeque<>();
        long chunks = 0;
        try (PreparedStatement ins = c.prepareStatement(INSERT);
             PreparedStatement termsHere = terms == null ? c.prepareStatement(INSERT_TERMS) : null) {
            while (articles.hasNext() || !inFlight.isEmpty()) {
                while (articles.hasNext() && inFlight.size() < Math.max(8, 4 * threads)) {
                    List<T> chunk = new ArrayList<>(CHUNK);
                    while (articles.hasNext() && chunk.size() < CHUNK) chunk.add(articles.next());
                    long seq = chunks++;
                    inFlight.add(pool.submit(() -> {
                        List<Row> rows = null;
                        try {
                            rows = chunk.stream().map(tokenise).toList();
                            return rows;
                        } finally {
                            if (terms != null) terms.insert(seq, rows); // the chunk's turn passes even if it failed
                        }
                    }));
                }
                List<Row> rows;
                try {
                    rows = inFlight.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("indexing was interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("tokenising failed", e.getCause());
                }
                if (terms == null) {
                    for (Row r : rows) insert(ins, termsHere, r);
                } else {
                    for (Row r : rows) insertText(ins, r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void optimize(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
            s.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')");
        }
    }

    static void setVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO search_state(key, value) VALUES ('index_version', ?)")) {
            ps.setString(1, VERSION);
            ps.executeUpdate();
        }
    }

    static boolean isCurrent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM search_state WHERE key = 'index_version'")) {
            return rs.next() && VERSION.equals(rs.getString(1));
        }
    }

    /** FTS5's own check of the index structure; throws SQLException when it is damaged. */
    static void integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
            s.execute("INSERT INTO search_terms(search_terms) VALUES ('integrity-check')");
        }
    }
}
