package org.kanbao.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.testing.Fixtures;

/** The speed targets, on real articles (People's Daily pages and the seed page) and a synthetic library. */
class TagSpeedTest {
    @TempDir
    Path dir;

    static List<ParsedPage> realPages() throws Exception {
        List<ParsedPage> pages = new ArrayList<>(FixtureJson.read(Fixtures.expectedFor(Fixtures.seedPage())));
        for (Path f : Fixtures.pdFiles(".expected.json")) {
            if (f.getFileName().toString().matches("pd-\\d+-\\w+-p\\d+\\.expected\\.json")) pages.addAll(FixtureJson.read(f));
        }
        return pages;
    }

    @Test
    void tagsAtLeastHundredArticlesPerSecondOnOneCore() throws Exception {
        List<Article> articles = realPages().stream().flatMap(p -> p.articles().stream()).toList();
        int chars = articles.stream().mapToInt(a -> a.bodyText().length()).sum();
        double rate = TagBench.taggingRate(articles, 2);
        System.out.printf("tagging: %.0f articles/s (%d articles, %d chars of body on average)%n",
                rate, articles.size(), chars / articles.size());
        assertTrue(rate >= 100, "tagging rate " + rate);
    }

    @Test
    void importWithTaggingHookKeepsUp() throws Exception {
        List<ParsedPage> pages = realPages();
        try (Kanbao k = SeedLibrary.open(dir)) {
            SeedLibrary.store(k, pages.get(0), "warm-up");
            long start = TagBench.cpuNanos();
            long wall = System.nanoTime();
            int n = 0;
            for (int i = 1; i < pages.size(); i++) {
                n += SeedLibrary.store(k, pages.get(i), "h" + i).size();
            }
            double rate = n / ((TagBench.cpuNanos() - start) / 1e9);
            System.out.printf("import through the tagging hook: %.0f articles per CPU second, %.0f per wall second (%d articles)%n",
                    rate, n / ((System.nanoTime() - wall) / 1e9), n);
            assertTrue(rate >= 100, "import rate " + rate);
        }
    }

    @Test
    void navigationOnSyntheticLibraryMeetsTargets() throws Exception {
        // 10,000 articles by default (seconds); -Dkanbao.tags.benchArticles=200000 for the full-size check
        int n = Integer.getInteger("kanbao.tags.benchArticles", 10_000);
        Map<String, Double> r = TagBench.navigation(dir.resolve("bench.kanbao"), n, 10);
        r.forEach((k, v) -> System.out.printf("  %-70s %10.1f%n", k, v));
        assertEquals(n * 10.0, r.get("links"), n * 0.5, "links stored (a few duplicates dropped)");
        assertTrue(r.get("tag list, top 50 per kind (ms)") <= 100);
        for (var e : r.entrySet()) {
            if (e.getKey().startsWith("narrow 2")) assertTrue(e.getValue() <= 50, e.toString());
        }
    }
}
