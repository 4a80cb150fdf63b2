package org.kanbao.tags;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.Tag;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.testing.Fixtures;

/** The pure tagger on the seed page's truth articles, document frequencies from the page itself. */
class AutoTaggerSeedTest {
    @Test
    void seedPageScoresAtLeastEightyPercent() throws Exception {
        ParsedPage page = FixtureJson.read(Fixtures.expectedFor(Fixtures.seedPage())).get(0);
        TagTruth truth = new TagTruth(Fixtures.shared().resolve("fixtures/seed/pinghu-front-page.tags.json"));
        AutoTagger tagger = new AutoTagger(new Gazetteer());
        Map<String, AutoTagger.Analysis> an = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int i = 1;
        for (Article a : page.articles()) {
            AutoTagger.Analysis x = tagger.analyse(a);
            an.put("a" + i++, x);
            for (String t : x.terms()) df.merge(t, 1, Integer::sum);
        }
        Map<String, List<Tag>> tags = new LinkedHashMap<>();
        an.forEach((id, x) -> tags.put(id, tagger.tags(x, df, page.articles().size()).stream()
                .map(f -> new Tag(f.name(), f.kind())).toList()));
        tags.forEach((id, l) -> System.out.println(id + " " + l.stream().map(t -> t.name() + "/" + t.kind().code()).toList()));
        TagTruth.Score s = truth.score(tags);
        System.out.println("seed: " + s.found() + "/" + s.expected() + " misses " + s.misses() + " never " + s.neverHits());
        assertTrue(s.neverHits().isEmpty(), "never-strings tagged: " + s.neverHits());
        assertTrue(s.ratio() >= 0.8, "found " + s.found() + "/" + s.expected() + ", missed " + s.misses());
    }
}
