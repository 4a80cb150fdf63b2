package org.kanbao.tags;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.StoreHook;
import org.kanbao.store.TagRepository;

/**
 * Tags of one library: automatic tagging on import (through {@link #hook()}), the user's edits,
 * the gazetteer of local names, and navigation ({@link #browser()}).
 *
 * <p>Rules that keep the user's work: a manual link is never touched by automatic tagging; an
 * automatic link the user removed stays as a row with removed = 1 so re-tagging does not bring it
 * back; a deleted tag is hidden and never re-created automatically; renamed and merged tags keep
 * their old names as aliases; and the manual links of a deleted article are remembered by a
 * fingerprint of its text, so importing the same article again restores them.
 */
public final class TagService {
    private final Library library;
    private final Gazetteer gazetteer = new Gazetteer();
    private final AutoTagger tagger = new AutoTagger(gazetteer);
    private final TagBrowser browser;
    private final List<Runnable> gazetteerListeners = new CopyOnWriteArrayList<>();
    private volatile boolean gazetteerLoaded;

    /**
     * Loads the gazetteer into HanLP's dictionary at once: the search index segments with the same
     * dictionary, so it must see the local names before it tokenises anything.
     */
    public TagService(Library library) {
        this.library = library;
        this.browser = new TagBrowser(library);
        try {
            ensureGazetteer();
        } catch (LibraryException e) {
            // reported by the first operation that needs the library; loading is retried then
        }
    }

    /** The hook to register on the library: tags every imported article inside the import transaction. */
    public StoreHook hook() {
        return new StoreHook() {
            @Override
            public void articlesAdded(Connection c, List<StoredArticle> added) throws SQLException {
                tagNew(c, added);
            }

            @Override
            public void articlesRemoving(Connection c, List<Long> ids) throws SQLException {
                remember(c, ids);
            }
        };
    }

    public TagBrowser browser() {
        return browser;
    }

    public AutoTagger tagger() throws LibraryException {
        ensureGazetteer();
        return tagger;
    }

    // ---------------------------------------------------------------- automatic tagging

    private void tagNew(Connection c, List<StoredArticle> added) throws SQLException {
        if (added.isEmpty()) return;
        ensureGazetteer(c);
        List<AutoTagger.Analysis> analyses = new ArrayList<>(added.size());
        for (StoredArticle a : added) analyses.add(tagger.analyse(a.article()));
        countTerms(c, analyses, +1);
        long docs = ArticleRepository.count(c);
        try (Links links = new Links(c)) {
            for (int i = 0; i < added.size(); i++) {
                long id = added.get(i).id();
                for (Found f : tagger.tags(analyses.get(i), links::df, docs)) links.addAuto(id, f.name(), f.kind());
                links.restore(id, TagStore.fingerprint(added.get(i)));
            }
        }
    }

    /** Keeps the user's links of articles about to be deleted, keyed by the article's text. */
    private void remember(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return;
        try (PreparedStatement sel = c.prepareStatement(
                "SELECT tag_id, source, removed FROM article_tag WHERE article_id = ? AND (source = 'manual' OR removed = 1)");
             PreparedStatement ins = c.prepareStatement("INSERT INTO tag_memory(fingerprint, tag_id, source, removed) "
                     + "VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET source = excluded.source, removed = excluded.removed")) {
            for (StoredArticle a : ArticleRepository.byIds(c, ids)) {
                String fp = null;
                sel.setLong(1, a.id());
                try (ResultSet rs = sel.executeQuery()) {
                    while (rs.next()) {
                        if (fp == null) fp = TagStore.fingerprint(a);
                        ins.setString(1, fp);
                        ins.setLong(2, rs.getLong(1));
                        ins.setString(3, rs.getString(2));
                        ins.setInt(4, rs.getInt(3));
                        ins.executeUpdate();
                    }
                }
            }
        }
    }

    private static void countTerms(Connection c, List<AutoTagger.Analysis> analyses, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO term_df(term, n) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n")) {
            Map<String, Integer> sum = new HashMap<>();
            for (AutoTagger.Analysis a : analyses) for (String t : a.terms()) sum.merge(t, delta, Integer::sum);
            for (var e : sum.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Recomputes every article's automatic tags and the document frequencies, e.g. after the
     * gazetteer changed. Manual links, removed links and deleted tags are kept as the user left them.
     *
     * @return the number of articles re-tagged
     */
    public int retagAll() throws LibraryException {
        ensureGazetteer();
        return library.write(c -> {
            List<Long> ids = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM article ORDER BY id")) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM term_df");
            }
            Map<Long, AutoTagger.Analysis> analyses = new HashMap<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<StoredArticle> batch = ArticleRepository.byIds(c, ids.subList(from, Math.min(ids.size(), from + 500)));
                List<AutoTagger.Analysis> an = new ArrayList<>();
                for (StoredArticle a : batch) an.add(tagger.analyse(a.article()));
                countTerms(c, an, +1);
                // keep the analyses of a moderate library; a large one is analysed again in the second pass
                if (ids.size() <= 20_000) for (int i = 0; i < batch.size(); i++) analyses.put(batch.get(i).id(), an.get(i));
            }
            try (Links links = new Links(c);
                 PreparedStatement clear = c.prepareStatement(
                         "DELETE FROM article_tag WHERE article_id = ? AND source = 'auto' AND removed = 0")) {
                for (int from = 0; from < ids.size(); from += 500) {
                    for (StoredArticle a : ArticleRepository.byIds(c, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                        AutoTagger.Analysis an = analyses.remove(a.id());
                        if (an == null) an = tagger.analyse(a.article());
                        clear.setLong(1, a.id());
                        clear.executeUpdate();
                        for (Found f : tagger.tags(an, links::df, ids.size())) links.addAuto(a.id(), f.name(), f.kind());
                    }
                }
            }
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM tag WHERE article_count = 0 AND hidden = 0 "
                        + "AND NOT EXISTS (SELECT 1 FROM article_tag x WHERE x.tag_id = tag.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM tag_memory m WHERE m.tag_id = tag.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM tag_alias a WHERE a.tag_id = tag.id)");
            }
            return ids.size();
        });
    }

    // ---------------------------------------------------------------- manual edits

    /**
     * Puts a tag on articles as the user's own (kind MANUAL unless given). An automatic link the user
     * had removed comes back as manual.
     *
     * @throws IllegalArgumentException for an empty name or an article id that does not exist
     */
    public Tag add(String name, TagKind kind, Collection<Long> articleIds) throws LibraryException {
        String n = TagNames.clean(name);
        if (n.isEmpty()) throw new IllegalArgumentException("A tag needs a name.");
        TagKind k = kind == null ? TagKind.MANUAL : kind;
        return library.write(c -> {
            requireArticles(c, articleIds);
            long id = TagStore.findOrCreate(c, n, k);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag(article_id, tag_id, source, removed) "
                    + "VALUES (?, ?, 'manual', 0) ON CONFLICT(article_id, tag_id) DO UPDATE SET source = 'manual', removed = 0")) {
                for (long a : articleIds) {
                    ps.setLong(1, a);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return TagStore.get(c, id).orElseThrow();
        });
    }

    /**
     * Takes a tag off articles. The link is kept as removed, so re-tagging does not put it back.
     *
     * @return how many articles lost the tag
     */
    public int remove(long tagId, Collection<Long> articleIds) throws LibraryException {
        return library.write(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article_tag SET removed = 1 WHERE article_id = ? AND tag_id = ? AND removed = 0")) {
                for (long a : articleIds) {
                    ps.setLong(1, a);
                    ps.setLong(2, tagId);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    /**
     * Renames a tag; when another tag of the same kind already has the new name, the two are merged.
     * The old name stays as an alias, so automatic tagging files it under the renamed tag.
     */
    public Tag rename(long tagId, String newName) throws LibraryException {
        String n = TagNames.clean(newName);
        if (n.isEmpty()) throw new IllegalArgumentException("A tag needs a name.");
        return library.write(c -> {
            Tag t = TagStore.get(c, tagId).orElseThrow(() -> new IllegalArgumentException("No tag with id " + tagId + "."));
            if (t.name().equals(n)) return t;
            Optional<Tag> other = TagStore.find(c, n, t.kind());
            if (other.isPresent()) return mergeIn(c, t, other.get());
            alias(c, t.name(), t.kind(), t.id());
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE id = ?")) {
                ps.setString(1, n);
                ps.setLong(2, tagId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag_alias WHERE name = ? AND kind = ?")) {
                ps.setString(1, n);
                ps.setString(2, t.kind().code());
                ps.executeUpdate();
            }
            return TagStore.get(c, tagId).orElseThrow();
        });
    }

    /** Moves every link of {@code fromId} to {@code intoId} and removes the first tag (its name becomes an alias). */
    public Tag merge(long fromId, long intoId) throws LibraryException {
        if (fromId == intoId) throw new IllegalArgumentException("A tag cannot be merged into itself.");
        return library.write(c -> {
            Tag from = TagStore.get(c, fromId).orElseThrow(() -> new IllegalArgumentException("No tag with id " + fromId + "."));
            Tag into = TagStore.get(c, intoId).orElseThrow(() -> new IllegalArgumentException("No tag with id " + intoId + "."));
            return mergeIn(c, from, into);
        });
    }

    private static Tag mergeIn(Connection c, Tag from, Tag into) throws SQLException {
        // a link the user made or kept wins over an automatic one; a removal stays a removal only if both agree
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag(article_id, tag_id, source, removed) "
                + "SELECT article_id, ?, source, removed FROM article_tag WHERE tag_id = ? "
                + "ON CONFLICT(article_id, tag_id) DO UPDATE SET "
                + "source = CASE WHEN excluded.source = 'manual' OR source = 'manual' THEN 'manual' ELSE 'auto' END, "
                + "removed = min(removed, excluded.removed)")) {
            ps.setLong(1, into.id());
            ps.setLong(2, from.id());
            ps.executeUpdate();
        }
        for (String sql : List.of("UPDATE OR IGNORE tag_memory SET tag_id = ? WHERE tag_id = ?",
                "UPDATE tag_alias SET tag_id = ? WHERE tag_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, into.id());
                ps.setLong(2, from.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
            ps.setLong(1, from.id());
            ps.executeUpdate();
        }
        alias(c, from.name(), from.kind(), into.id());
        return TagStore.get(c, into.id()).orElseThrow();
    }

    private static void alias(Connection c, String name, TagKind kind, long tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag_alias(name, kind, tag_id) VALUES (?,?,?) "
                + "ON CONFLICT(name, kind) DO UPDATE SET tag_id = excluded.tag_id")) {
            ps.setString(1, name);
            ps.setString(2, kind.code());
            ps.setLong(3, tagId);
            ps.executeUpdate();
        }
    }

    /** Deletes a tag from every article; automatic tagging will not create it again. */
    public void delete(long tagId) throws LibraryException {
        library.write(c -> {
            TagStore.get(c, tagId).orElseThrow(() -> new IllegalArgumentException("No tag with id " + tagId + "."));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_tag WHERE tag_id = ?")) {
                ps.setLong(1, tagId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET hidden = 1 WHERE id = ?")) {
                ps.setLong(1, tagId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The article's tags (links the user removed are left out), by kind then name. */
    public List<Tag> forArticle(long articleId) throws LibraryException {
        return library.read(c -> TagRepository.forArticle(c, articleId));
    }

    private static void requireArticles(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) throw new IllegalArgumentException("No articles given.");
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            for (long id : new LinkedHashSet<>(ids)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new IllegalArgumentException("No article with id " + id + ".");
                }
            }
        }
    }

    // ---------------------------------------------------------------- gazetteer

    public List<Gazetteer.Entry> localNames() throws LibraryException {
        ensureGazetteer();
        return gazetteer.entries();
    }

    /**
     * Adds or changes a local name; {@code canonical} (may be null) makes it a variant of another name.
     * Tells the listeners (the search index rebuilds its segmentation); call {@link #retagAll()} to
     * apply the name to articles already stored.
     */
    public void putLocalName(String name, TagKind kind, String canonical) throws LibraryException {
        String n = TagNames.clean(name);
        if (n.length() < 2) throw new IllegalArgumentException("A local name needs two characters or more.");
        if (kind == null || kind == TagKind.MANUAL || kind == TagKind.AUTHOR) {
            throw new IllegalArgumentException("A local name is a person, place, organisation or topic.");
        }
        String canon = canonical == null || TagNames.clean(canonical).isEmpty() ? null : TagNames.clean(canonical);
        ensureGazetteer();
        library.write(c -> {
            gazetteer.save(c, new Gazetteer.Entry(n, kind, canon));
            if (canon != null) gazetteer.save(c, new Gazetteer.Entry(canon, kind, null));
            return null;
        });
        fireGazetteerChanged();
    }

    public boolean removeLocalName(String name) throws LibraryException {
        ensureGazetteer();
        boolean gone = library.write(c -> gazetteer.delete(c, TagNames.clean(name)));
        if (gone) fireGazetteerChanged();
        return gone;
    }

    /**
     * Called after the gazetteer changed. The search index segments text with HanLP too, so Kanbao
     * connects its {@code rebuild()} here.
     */
    public void onGazetteerChanged(Runnable listener) {
        gazetteerListeners.add(listener);
    }

    private void fireGazetteerChanged() {
        for (Runnable r : gazetteerListeners) r.run();
    }

    private void ensureGazetteer() throws LibraryException {
        if (!gazetteerLoaded) library.read(c -> {
            ensureGazetteer(c);
            return null;
        });
    }

    private synchronized void ensureGazetteer(Connection c) throws SQLException {
        if (gazetteerLoaded) return;
        gazetteer.load(c);
        gazetteerLoaded = true;
    }

    /** Inserts links, resolving names through aliases and skipping deleted tags; caches tag ids. */
    private static final class Links implements AutoCloseable {
        private final Connection c;
        private final Map<String, Long> ids = new HashMap<>();
        private final PreparedStatement link;
        private final PreparedStatement alias;
        private final PreparedStatement df;
        private final PreparedStatement memory;

        Links(Connection c) throws SQLException {
            this.c = c;
            link = c.prepareStatement("INSERT INTO article_tag(article_id, tag_id, source, removed) VALUES (?, ?, 'auto', 0) "
                    + "ON CONFLICT(article_id, tag_id) DO NOTHING");
            alias = c.prepareStatement("SELECT tag_id FROM tag_alias WHERE name = ? AND kind = ?");
            df = c.prepareStatement("SELECT n FROM term_df WHERE term = ?");
            memory = c.prepareStatement("SELECT tag_id, source, removed FROM tag_memory WHERE fingerprint = ?");
        }

        int df(String term) {
            try {
                df.setString(1, term);
                try (ResultSet rs = df.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void addAuto(long articleId, String name, TagKind kind) throws SQLException {
            String key = kind.code() + ':' + name;
            Long id = ids.get(key);
            if (id == null) {
                id = resolve(name, kind);
                ids.put(key, id);
            }
            if (id < 0) return;
            link.setLong(1, articleId);
            link.setLong(2, id);
            link.executeUpdate();
        }

        private long resolve(String name, TagKind kind) throws SQLException {
            alias.setString(1, name);
            alias.setString(2, kind.code());
            try (ResultSet rs = alias.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
            Optional<Tag> t = TagStore.find(c, name, kind);
            if (t.isPresent()) return TagStore.isHidden(c, t.get().id()) ? -1 : t.get().id();
            return TagStore.findOrCreate(c, name, kind);
        }

        /** Puts back the user's links of an article imported before (same fingerprint). */
        void restore(long articleId, String fingerprint) throws SQLException {
            memory.setString(1, fingerprint);
            List<long[]> rows = new ArrayList<>();
            try (ResultSet rs = memory.executeQuery()) {
                while (rs.next()) rows.add(new long[]{rs.getLong(1), "manual".equals(rs.getString(2)) ? 1 : 0, rs.getInt(3)});
            }
            if (rows.isEmpty()) return;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag(article_id, tag_id, source, removed) "
                    + "VALUES (?,?,?,?) ON CONFLICT(article_id, tag_id) DO UPDATE SET source = excluded.source, removed = excluded.removed")) {
                for (long[] r : rows) {
                    ps.setLong(1, articleId);
                    ps.setLong(2, r[0]);
                    ps.setString(3, r[1] == 1 ? "manual" : "auto");
                    ps.setLong(4, r[2]);
                    ps.executeUpdate();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            link.close();
            alias.close();
            df.close();
            memory.close();
        }
    }
}
