package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kanbao.Kanbao;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.Importer;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.testing.Fixtures;

/** The index against a brute-force String.contains over every stored article of the fixtures. */
class SearchOracleTest {
    static Kanbao k;
    static List<StoredArticle> all;
    static java.util.Map<Long, List<String>> folded = new java.util.HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        k = TestLibrary.open();
        List<Path> files = new ArrayList<>(Fixtures.pdFiles(".txt"));
        files.add(Fixtures.seedPage());
        var report = k.importer().importFiles(files, ImportHints.NONE, Importer.Progress.NONE, () -> false);
        all = TestLibrary.all(k);
        for (StoredArticle s : all) folded.put(s.id(), parts(s.article()));
        assertTrue(all.size() > 50, "fixtures imported: " + report);
    }

    @AfterAll
    static void close() {
        k.close();
    }

    /** The parts a search looks in, each folded on its own (a term never spans two parts). */
    static List<String> parts(Article a) {
        List<String> p = new ArrayList<>(List.of(Fold.fold(a.title()), Fold.fold(a.lead())));
        for (BodyBlock b : a.body()) p.add(Fold.fold(b.text()));
        return p;
    }

    static Set<Long> oracle(String q) {
        String f = Fold.fold(q);
        Set<Long> ids = new TreeSet<>();
        for (StoredArticle s : all) if (folded.get(s.id()).stream().anyMatch(t -> t.contains(f))) ids.add(s.id());
        return ids;
    }

    static Set<Long> search(String q) throws Exception {
        SearchQuery query = new SearchQuery(q, new SearchQuery.Term(q, false));
        return new TreeSet<>(k.search().ids(query, Sort.RANK));
    }

    /** Random substrings without white space, of the given length, from random articles. */
    static List<String> samples(Random r, int length, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            Article a = all.get(r.nextInt(all.size())).article();
            List<String> parts = new ArrayList<>(List.of(a.title(), a.lead()));
            a.body().forEach(b -> parts.add(b.text()));
            String t = parts.get(r.nextInt(parts.size()));
            if (t.length() < length) continue;
            int s = r.nextInt(t.length() - length + 1);
            String q = t.substring(s, s + length);
            if (q.chars().anyMatch(c -> Fold.isGap((char) c))) continue;
            out.add(q);
        }
        return out;
    }

    @Test
    void everySubstringFindsExactlyTheArticlesContainingIt() throws Exception {
        Random r = new Random(20191008);
        int checked = 0;
        for (int len : new int[] {1, 2, 3, 4, 6, 9}) {
            for (String q : samples(r, len, len <= 4 ? 120 : 40)) {
                Set<Long> expected = oracle(q);
                assertEquals(expected, search(q), "query " + q);
                assertEquals(expected.size(), k.search().count("\"" + q.replace("\"", "") + "\"") , "count " + q);
                checked++;
            }
        }
        assertTrue(checked >= 500);
    }

    @Test
    void typedQueriesMatchTheOracleToo() throws Exception {
        Random r = new Random(7);
        for (String q : samples(r, 2, 60)) {
            if (!q.matches("[\\p{IsHan}]+")) continue;
            SearchResult res = k.search().search(q, Sort.RANK, 0, 20);
            assertEquals(oracle(q).size(), res.total(), q);
            for (SearchHit h : res.hits()) {
                assertTrue(!h.positions().isEmpty(), "hit positions for " + q + " in " + h.articleId());
                assertTrue(h.snippet().stream().anyMatch(Run::highlighted) || h.positions().stream()
                        .allMatch(p -> p.part() == HitPosition.Part.TITLE), "snippet marks " + q);
            }
        }
    }

    @Test
    void oneCharSearchesPageThroughExactlyTheOracleTitleHitsFirst() throws Exception {
        Random r = new Random(3);
        int checked = 0;
        for (String q : samples(r, 1, 80)) {
            if (!q.matches("[\\p{IsHan}]")) continue;
            Set<Long> expected = oracle(q);
            List<Long> seen = new ArrayList<>();
            List<SearchHit> hits = new ArrayList<>();
            for (int off = 0; off < expected.size() + 7; off += 7) {
                SearchResult res = k.search().search(q, Sort.RANK, off, 7);
                assertEquals(expected.size(), res.total(), q);
                res.hits().forEach(h -> seen.add(h.articleId()));
                hits.addAll(res.hits());
            }
            assertEquals(expected.size(), seen.size(), "each match once: " + q);
            assertEquals(expected, new TreeSet<>(seen), q);
            String f = Fold.fold(q);
            boolean bodyOnlySeen = false;
            for (SearchHit h : hits) {
                boolean inTitle = folded.get(h.articleId()).get(0).contains(f);
                assertTrue(inTitle ? !bodyOnlySeen : true, "title hits first: " + q);
                bodyOnlySeen |= !inTitle;
            }
            assertEquals(all.stream().filter(s -> folded.get(s.id()).get(0).contains(f)).count(), k.search().count("title:" + q), q);
            checked++;
        }
        assertTrue(checked >= 30, "checked " + checked);
    }

    @Test
    void hitPositionsPointAtTheTermInTheOriginalText() throws Exception {
        Random r = new Random(11);
        for (String q : samples(r, 3, 40)) {
            if (q.contains("\"")) continue;
            SearchResult res = k.search().search("\"" + q + "\"", Sort.RANK, 0, 50);
            for (SearchHit h : res.hits()) {
                Article a = all.stream().filter(s -> s.id() == h.articleId()).findFirst().orElseThrow().article();
                for (HitPosition p : h.positions()) {
                    String text = switch (p.part()) {
                        case TITLE -> a.title();
                        case LEAD -> a.lead();
                        case BODY -> a.body().get(p.block()).text();
                    };
                    assertEquals(Fold.fold(q), Fold.fold(text.substring(p.start(), p.end())), "position of " + q);
                }
                for (int[] m : h.snippetMarks()) {
                    assertEquals(Fold.fold(q), Fold.fold(h.snippetText().substring(m[0], m[1])), "snippet mark of " + q);
                }
            }
        }
    }
}
