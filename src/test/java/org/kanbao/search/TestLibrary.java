package org.kanbao.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.ArticleCodec;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;

/** Small libraries for search tests. */
final class TestLibrary {
    private static int pages;

    private TestLibrary() {
    }

    static Kanbao open() throws Exception {
        Path dir = Files.createTempDirectory("kanbao-search");
        return Kanbao.open(dir.resolve("test.kanbao"), false);
    }

    static Article article(String headline, String... paragraphs) {
        List<BodyBlock> body = new ArrayList<>();
        for (String p : paragraphs) body.add(BodyBlock.paragraph(p));
        return new Article(ArticleKind.NEWS, "", headline, "", List.of(), "", body, null, false, null);
    }

    /** Stores the articles on a new page of the paper's edition, through the store hooks like an import. */
    static List<StoredArticle> add(Kanbao k, String paper, LocalDate date, int page, Article... articles) throws Exception {
        return k.library().write(c -> {
            long ed = EditionRepository.findOrCreate(c, paper, date, "");
            long pid = PageRepository.insert(c, new PageRepository.NewPage(ed, page, "", "test", "text",
                    "hash-" + (++pages) + "-" + System.nanoTime(), null, 0, 0, 0, "", "[]"));
            return ArticleRepository.insertAll(c, pid, List.of(articles), k.library().hooks());
        });
    }

    static List<StoredArticle> all(Kanbao k) throws Exception {
        return k.library().read(c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT " + ArticleCodec.COLUMNS + ArticleCodec.FROM + "ORDER BY a.id")) {
                while (rs.next()) out.add(ArticleCodec.read(rs));
            }
            return out;
        });
    }
}
