package org.kanbao.tags;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;
import org.kanbao.testing.Fixtures;

/**
 * Stores the seed page's truth articles in a library the way the importer does (one transaction,
 * hooks fired), since the text parser on this branch is still a placeholder.
 */
final class SeedLibrary {
    private SeedLibrary() {
    }

    static ParsedPage seedTruth() throws Exception {
        return FixtureJson.read(Fixtures.expectedFor(Fixtures.seedPage())).get(0);
    }

    /** Stores the page; returns truth id (a1 …) → stored article. */
    static Map<String, StoredArticle> store(Kanbao k, ParsedPage page, String hash) throws Exception {
        List<StoredArticle> stored = k.library().write(c -> {
            long ed = EditionRepository.findOrCreate(c, page.paper(), page.date(), "");
            long pageId = PageRepository.insert(c, new PageRepository.NewPage(ed, page.page() == null ? 1 : page.page(),
                    page.section(), "seed.txt", "text", hash, null, 0, 0, 0, "", "[]"));
            return ArticleRepository.insertAll(c, pageId, page.articles(), k.library().hooks());
        });
        Map<String, StoredArticle> byTruthId = new LinkedHashMap<>();
        // match truth articles to stored ones by body text, as the scoring does
        int i = 1;
        for (Article a : page.articles()) {
            String body = a.bodyText();
            String id = "a" + i++;
            stored.stream().filter(s -> s.article().bodyText().equals(body)).findFirst().ifPresent(s -> byTruthId.put(id, s));
        }
        return byTruthId;
    }

    static Kanbao open(Path dir) throws Exception {
        return Kanbao.open(dir.resolve("lib.kanbao"), false);
    }
}
