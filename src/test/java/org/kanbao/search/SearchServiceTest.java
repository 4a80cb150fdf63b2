package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.EditionRepository;

class SearchServiceTest {
    Kanbao k;

    @BeforeEach
    void open() throws Exception {
        k = TestLibrary.open();
    }

    @AfterEach
    void close() {
        k.close();
    }

    long id(StoredArticle s) {
        return s.id();
    }

    List<Long> ids(String q) throws Exception {
        return k.search().search(q, Sort.RANK, 0, 100).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void aRealWordRanksAboveAnAccidentalRunOfItsChars() throws Exception {
        // 上海宁波 holds 海宁 only by accident; the other text uses the place name 海宁.
        long accidental = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1,
                TestLibrary.article("列车时刻", "今天从上海宁波两地开出的列车都很准时，旅客出行方便。")).get(0).id();
        long real = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 2,
                TestLibrary.article("观潮时节", "今天很多游客来到海宁观潮，旅客出行方便，列车准时。")).get(0).id();
        assertEquals(List.of(real, accidental), ids("海宁"));
    }

    @Test
    void aTitleHitRanksAboveABodyHit() throws Exception {
        long body = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1,
                TestLibrary.article("群众办事更方便", "医保报销流程进一步简化，群众少跑腿。")).get(0).id();
        long title = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 2,
                TestLibrary.article("医保报销更方便", "报销流程进一步简化，群众少跑腿。")).get(0).id();
        assertEquals(List.of(title, body), ids("医保"));
        assertEquals(List.of(title), ids("title:医保"));
    }

    @Test
    void booleanOperatorsPhrasesAndFilters() throws Exception {
        LocalDate oct = LocalDate.of(2019, 10, 8);
        long a = TestLibrary.add(k, "人民日报", oct, 1, TestLibrary.article("甲", "医保改革 平湖")).get(0).id();
        long b = TestLibrary.add(k, "平湖日报", LocalDate.of(2023, 11, 2), 3, TestLibrary.article("乙", "医保 跨省帮办")).get(0).id();
        Article photo = new Article(ArticleKind.PHOTO, "", "丙", "", List.of(), "", List.of(BodyBlock.paragraph("平湖风光")), null, false, null);
        long c = TestLibrary.add(k, "平湖日报", LocalDate.of(2023, 11, 2), 4, photo).get(0).id();
        assertEquals(List.of(a), ids("医保 平湖"));
        assertEquals(3, k.search().count("医保 OR 平湖"));
        assertEquals(List.of(c), ids("平湖 -医保"));
        assertEquals(List.of(c), ids("-医保"));
        assertEquals(List.of(c), ids("NOT 医保"));
        assertEquals(List.of(b), ids("\"医保 跨省\""));
        assertEquals(List.of(), ids("\"医保跨省\""));
        assertEquals(List.of(a), ids("医保 paper:人民"));
        assertEquals(List.of(b), ids("医保 date:2023-11"));
        assertEquals(List.of(a), ids("医保 date:2019-10-01..2019-10-31"));
        assertEquals(List.of(b), ids("医保 page:3"));
        assertEquals(List.of(c), ids("kind:photo"));
        assertEquals(List.of(a, c), ids("(医保 paper:人民日报) OR kind:photo").stream().sorted().toList());
        // by date: newest edition first
        assertEquals(List.of(b, a), k.search().search("医保", Sort.DATE, 0, 10).hits().stream().map(SearchHit::articleId).toList());
        // oldest first over all matches, not the newest page reversed; the one-char path too
        assertEquals(List.of(a, b), k.search().search("医保", Sort.OLDEST, 0, 10).hits().stream().map(SearchHit::articleId).toList());
        assertEquals(List.of(a), k.search().search("医保", Sort.OLDEST, 0, 1).hits().stream().map(SearchHit::articleId).toList());
        assertEquals(List.of(a), k.search().search("保", Sort.OLDEST, 0, 1).hits().stream().map(SearchHit::articleId).toList());
        assertEquals(List.of(a, b), k.search().ids(SearchQuery.parse("医保"), Sort.OLDEST));
        // tags: removed links do not count
        k.library().write(con -> {
            try (var s = con.createStatement()) {
                // automatic tagging ran on import: start from known tags only
                s.execute("DELETE FROM article_tag");
                s.execute("DELETE FROM tag");
                s.execute("INSERT INTO tag(id, name, kind) VALUES (1, '赵捷', 'person'), (2, '平湖', 'place')");
                s.execute("INSERT INTO article_tag(article_id, tag_id, source, removed) VALUES (" + a + ", 1, 'auto', 0), ("
                        + b + ", 1, 'auto', 1), (" + c + ", 2, 'manual', 0)");
            }
            return null;
        });
        assertEquals(List.of(a), ids("person:赵捷"));
        assertEquals(List.of(a), ids("tag:赵捷"));
        assertEquals(List.of(), ids("place:赵捷"));
        assertEquals(List.of(c), ids("place:平湖 平湖"));
    }

    @Test
    void aTitleOnlyHitIsShownWithTheOpeningOfTheTextNotJustTheDateline() throws Exception {
        Article a = new Article(ArticleKind.NEWS, "", "乡村振兴见闻", "", List.of(), "本报讯",
                List.of(BodyBlock.paragraph("今年以来，全镇新建道路十二公里。"), BodyBlock.paragraph("村民收入稳步增长。")),
                null, false, null);
        TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1, a);
        SearchHit hit = k.search().search("乡村振兴", Sort.RANK, 0, 10).hits().get(0);
        assertEquals("本报讯 今年以来，全镇新建道路十二公里。 村民收入稳步增长。", hit.snippetText());
        assertEquals(List.of(), hit.snippetMarks(), "the hit is in the title, which the snippet does not show");
    }

    @Test
    void traditionalAndFullWidthFoldOnBothSides() throws Exception {
        long a = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1, TestLibrary.article("两岸", "臺灣同胞来访，ＡＢＣ公司")).get(0).id();
        long b = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1, TestLibrary.article("交流", "台湾青年")).get(0).id();
        assertEquals(List.of(a, b), ids("台湾").stream().sorted().toList());
        assertEquals(List.of(a, b), ids("臺灣").stream().sorted().toList());
        assertEquals(List.of(a), ids("abc"));
        SearchHit hit = k.search().search("台湾", Sort.RANK, 0, 10).hits().stream().filter(h -> h.articleId() == a).findFirst().orElseThrow();
        assertEquals("臺灣", hit.snippetText().substring(hit.snippetMarks().get(0)[0], hit.snippetMarks().get(0)[1]));
        assertEquals(List.of(new HitPosition(HitPosition.Part.BODY, 0, 0, 2)), hit.positions());
    }

    @Test
    void indexStaysConsistentThroughDeletesRebuildsAndNewDictionaryWords() throws Exception {
        StoredArticle a = TestLibrary.add(k, "平湖日报", LocalDate.of(2023, 11, 2), 1,
                TestLibrary.article("新埭镇举办活动", "新埭镇的居民参加了活动。", "跨省帮办服务上线。")).get(0);
        StoredArticle b = TestLibrary.add(k, "人民日报", LocalDate.of(2019, 10, 8), 1,
                TestLibrary.article("另一篇", "新埭镇也有报道。")).get(0);
        k.search().integrityCheck();
        assertEquals(2, k.search().count("新埭镇"));
        double before = score("新埭镇", a.id());
        CustomDictionary.insert("新埭镇", "ns 1000");
        assertEquals(2, k.search().wordsAdded(List.of("新埭镇")));
        k.search().integrityCheck();
        assertTrue(score("新埭镇", a.id()) > before, "a new dictionary word adds rank once re-indexed");
        k.library().write(c -> {
            EditionRepository.delete(c, b.editionId(), k.library().hooks());
            return null;
        });
        k.search().integrityCheck();
        assertEquals(List.of(a.id()), ids("新埭镇"));
        k.search().rebuild();
        k.search().integrityCheck();
        assertEquals(List.of(a.id()), ids("新埭镇"));
        assertEquals(List.of(a.id()), ids("跨省帮办"));
        k.search().reindex(List.of(a.id(), 9999L));
        k.search().integrityCheck();
        assertEquals(1, k.search().count("跨省帮办"));
        assertEquals(List.of(new HitPosition(HitPosition.Part.TITLE, 0, 0, 3), new HitPosition(HitPosition.Part.BODY, 0, 0, 3)),
                k.search().positions(a.id(), "新埭镇 -跨省"));
    }

    /**
     * rebuild() builds search_terms on a second connection into a scratch file and swaps it in: the library's own
     * connection must then answer from the new table at once (no cached empty index), keep it up to date through the
     * hooks, and the scratch file must be gone.
     */
    @Test
    void aRebuiltTermsTableAnswersAtOnceAndStaysUpToDate() throws Exception {
        Random rnd = new Random(7);
        String chars = "镇水网海宁上波医保群众发展新时代乡村振兴";
        List<Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) { // more than one tokenising chunk
            StringBuilder t = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 4; j++) t.append(chars.charAt(rnd.nextInt(chars.length())));
            for (int j = 0; j < 40; j++) b.append(chars.charAt(rnd.nextInt(chars.length())));
            arts.add(TestLibrary.article(t.toString(), b.toString()));
        }
        List<StoredArticle> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i += 50) {
            stored.addAll(TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1 + i / 50), 1, arts.subList(i, i + 50).toArray(Article[]::new)));
        }
        k.search().rebuild();
        java.nio.file.Path lib = k.library().file();
        assertTrue(!java.nio.file.Files.exists(lib.resolveSibling(lib.getFileName() + ".search-terms.tmp")));
        k.search().integrityCheck();
        for (String q : List.of("镇", "水", "title:网", "海宁", "title:医保")) {
            String text = q.startsWith("title:") ? q.substring(6) : q;
            long expected = stored.stream().filter(s -> (q.startsWith("title:") ? s.article().title()
                    : s.article().title() + "\n" + s.article().bodyText()).contains(text)).count();
            assertEquals(expected, k.search().count(q), q);
            assertEquals(expected, k.search().ids(SearchQuery.parse(q), Sort.RANK).size(), q);
        }
        // the word rank reads search_terms too: 海宁 as a word in its own article ranks first
        long word = TestLibrary.add(k, "报", LocalDate.of(2021, 1, 1), 1,
                TestLibrary.article("海宁", "海宁")).get(0).id();
        assertEquals(word, ids("海宁").get(0));
        assertEquals(word, ids("title:宁").get(0));
        k.library().write(c -> {
            EditionRepository.delete(c, stored.get(0).editionId(), k.library().hooks());
            return null;
        });
        k.search().integrityCheck();
        long left = stored.stream().skip(50).filter(s -> (s.article().title() + "\n" + s.article().bodyText()).contains("镇")).count();
        assertEquals(left, k.search().count("镇"));
        k.close();
        k = Kanbao.open(lib, false);
        k.search().integrityCheck();
        assertEquals(left, k.search().count("镇"));
    }

    /** A rebuild runs on a thread of its own; a cancelled caller must still get a whole index and keep its interrupt. */
    @Test
    void aRebuildWhoseCallerIsInterruptedLeavesAWholeIndexAndTheInterruptSet() throws Exception {
        List<StoredArticle> stored = TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1,
                TestLibrary.article("新埭镇医保", "跨省帮办医保"), TestLibrary.article("平湖", "水网"));
        Thread.currentThread().interrupt();
        try {
            k.search().rebuild();
        } catch (org.kanbao.store.LibraryException e) {
            // cancelled: the transaction was rolled back
        } finally {
            assertTrue(Thread.interrupted(), "the caller's interrupt was lost");
        }
        k.search().integrityCheck();
        assertEquals(1, k.search().count("医保"));
        assertEquals(stored.get(1).id(), ids("水网").get(0));
    }

    @Test
    void overTheRankCapTheNewestAreRankedAndPagesStillCoverEveryMatchOnce() throws Exception {
        List<Long> added = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String body = "医保".repeat(1 + i % 3) + "政策第" + i + "条";
            added.add(TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1 + i), 1, TestLibrary.article("标题" + i, body)).get(0).id());
        }
        k.search().rankCap = 4;
        List<Long> seen = new java.util.ArrayList<>();
        for (int off = 0; off < 10; off += 3) {
            SearchResult r = k.search().search("医保", Sort.RANK, off, 3);
            assertEquals(10, r.total());
            r.hits().forEach(h -> seen.add(h.articleId()));
        }
        assertEquals(added, seen.stream().sorted().toList());
        assertTrue(added.subList(6, 10).containsAll(seen.subList(0, 4)), "the newest four come first: " + seen);
        assertEquals(List.of(added.get(5), added.get(4)), seen.subList(4, 6));
    }

    @Test
    void aFilteredQueryOverTheRankCapPagesThroughEveryFilteredMatchOnce() throws Exception {
        List<Long> inPaper = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = (i % 4 == 3 ? "社保" : "医保".repeat(1 + i % 3)) + "政策第" + i + "条";
            String paper = i % 2 == 0 ? "甲报" : "乙报";
            long id = TestLibrary.add(k, paper, LocalDate.of(2020, 1, 1 + i), 1 + i % 3, TestLibrary.article("标题" + i, body)).get(0).id();
            if (i % 2 == 0 && i % 4 != 3) inPaper.add(id);
        }
        k.search().rankCap = 2;
        assertEquals(inPaper.size(), k.search().count("医保 paper:甲报"));
        List<Long> seen = new java.util.ArrayList<>();
        for (int off = 0; off < 8; off += 2) {
            SearchResult r = k.search().search("医保 paper:甲报", Sort.RANK, off, 2);
            assertEquals(inPaper.size(), r.total());
            r.hits().forEach(h -> seen.add(h.articleId()));
        }
        assertEquals(inPaper, seen.stream().sorted().toList());
        assertEquals(List.of(inPaper.get(inPaper.size() - 3)), seen.subList(2, 3), "after the ranked two, newest first: " + seen);
        assertEquals(0, k.search().count("医保 paper:丙报"));
        assertEquals(List.of(), ids("医保 paper:丙报"));
    }

    double score(String q, long id) throws Exception {
        return k.search().search(q, Sort.RANK, 0, 10).hits().stream().filter(h -> h.articleId() == id)
                .findFirst().orElseThrow().score();
    }

    @Test
    void noTypedStringEverRaises() throws Exception {
        TestLibrary.add(k, "报", LocalDate.of(2020, 1, 1), 1, TestLibrary.article("医保 C++ 改革", "平湖 \"引号\" (括号) NOT OR -减号"));
        String[] pieces = {"医保", "平湖", "\"", "(", ")", "-", "NOT", "OR", "AND", ":", "title:", "date:", "page:",
            "kind:", "tag:", "paper:", "*", "^", "NEAR", "'", ";", "--", "C++", "\u0000", "\u001f", "\uD800", "\uDC00",
            "臺", "..", "2019-10", " ", "  ", "\t", "\n", "\\", "%", "_", "{", "}", "+", "\u200b", "ｘ"};
        Random r = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(8);
            for (int j = 0; j < n; j++) {
                if (r.nextInt(5) == 0) sb.append((char) r.nextInt(0x10000));
                else sb.append(pieces[r.nextInt(pieces.length)]);
                if (r.nextBoolean()) sb.append(' ');
            }
            String q = sb.toString();
            assertDoesNotThrow(() -> {
                k.search().search(q, Sort.values()[q.length() % 2], 0, 5);
                k.search().count(q);
            }, () -> "query " + q.codePoints().mapToObj(Integer::toHexString).toList());
        }
        assertEquals(1, k.search().count("C++"));
        assertEquals(1, k.search().count("\"引号"));
        assertEquals(1, k.search().count("NOT"));
    }
}
