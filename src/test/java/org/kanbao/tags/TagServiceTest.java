package org.kanbao.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.Kanbao;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.TagRepository;
import org.kanbao.testing.Fixtures;

class TagServiceTest {
    @TempDir
    Path dir;
    Kanbao k;
    Map<String, StoredArticle> seed;

    @BeforeEach
    void setUp() throws Exception {
        k = SeedLibrary.open(dir);
        seed = SeedLibrary.store(k, SeedLibrary.seedTruth(), "seed-hash");
    }

    @AfterEach
    void tearDown() {
        k.close();
    }

    private List<Tag> tagsOf(String truthId) throws Exception {
        return k.tags().forArticle(seed.get(truthId).id());
    }

    private Tag tag(String name, TagKind kind) throws Exception {
        return k.tags().browser().find(name, kind).get(0);
    }

    private static boolean has(List<Tag> tags, String name, TagKind kind) {
        return tags.stream().anyMatch(t -> t.name().equals(name) && t.kind() == kind);
    }

    @Test
    void importTagsSeedPageAsAnEditorWould() throws Exception {
        assertEquals(7, seed.size(), "every truth article stored");
        TagTruth truth = new TagTruth(Fixtures.shared().resolve("fixtures/seed/pinghu-front-page.tags.json"));
        Map<String, List<Tag>> byArticle = new LinkedHashMap<>();
        for (String id : seed.keySet()) byArticle.put(id, tagsOf(id));
        TagTruth.Score s = truth.score(byArticle);
        System.out.println("seed page through the library: " + s.found() + "/" + s.expected() + " misses " + s.misses());
        assertTrue(s.neverHits().isEmpty(), "never-strings tagged: " + s.neverHits());
        assertTrue(s.ratio() >= 0.8, s.found() + "/" + s.expected() + " missed " + s.misses());
        // no single characters, no numbers, authors are never persons
        for (List<Tag> tags : byArticle.values()) {
            for (Tag t : tags) {
                assertTrue(t.name().length() >= 2, "single character tag " + t);
                assertFalse(t.name().matches("[0-9.%]+.*"), "number tag " + t);
            }
        }
        assertTrue(has(tagsOf("a6"), "言成声", TagKind.AUTHOR), "pen name is an author");
        for (String id : seed.keySet()) {
            for (Tag t : tagsOf(id)) {
                if (t.kind() == TagKind.AUTHOR) assertFalse(has(tagsOf(id), t.name(), TagKind.PERSON), "author as person: " + t);
            }
        }
    }

    @Test
    void showJsonListsTagsThroughTagRepository() throws Exception {
        long id = seed.get("a3").id();
        List<Tag> tags = k.library().read(c -> TagRepository.forArticle(c, id));
        assertTrue(has(tags, "曹丽", TagKind.PERSON));
        assertTrue(has(tags, "新埭镇", TagKind.PLACE));
    }

    @Test
    void manualTagsOnManyArticlesAndRemovalOfAutomaticOnes() throws Exception {
        List<Long> ids = List.of(seed.get("a1").id(), seed.get("a2").id(), seed.get("a7").id());
        Tag t = k.tags().add("招商引资", null, ids);
        assertEquals(TagKind.MANUAL, t.kind());
        assertEquals(3, t.count());
        Tag pinghu = tag("平湖", TagKind.PLACE);
        int before = pinghu.count();
        assertEquals(1, k.tags().remove(pinghu.id(), List.of(seed.get("a1").id())));
        assertFalse(has(tagsOf("a1"), "平湖", TagKind.PLACE));
        assertEquals(before - 1, tag("平湖", TagKind.PLACE).count(), "count cache follows removal");
        assertThrows(IllegalArgumentException.class, () -> k.tags().add("x", null, List.of(999_999L)));
        assertThrows(IllegalArgumentException.class, () -> k.tags().add("  ", null, ids));
    }

    @Test
    void manualEditsSurviveRetagging() throws Exception {
        long a1 = seed.get("a1").id();
        k.tags().add("重点报道", null, List.of(a1));
        k.tags().add("赵捷", TagKind.PERSON, List.of(seed.get("a2").id())); // a person the tagger did not see there
        k.tags().remove(tag("平湖", TagKind.PLACE).id(), List.of(a1));
        k.tags().delete(tag("嘉兴", TagKind.PLACE).id());
        k.tags().retagAll();
        List<Tag> tags = tagsOf("a1");
        assertTrue(has(tags, "重点报道", TagKind.MANUAL));
        assertFalse(has(tags, "平湖", TagKind.PLACE), "removed automatic tag stays removed");
        assertFalse(has(tags, "嘉兴", TagKind.PLACE), "deleted tag is not re-created");
        assertTrue(has(tagsOf("a2"), "赵捷", TagKind.PERSON));
        assertTrue(has(tags, "赵捷", TagKind.PERSON), "automatic tags are recomputed");
        assertCountsMatchLinks();
    }

    @Test
    void renameMergeAndDelete() throws Exception {
        Tag shantang = tag("山塘村", TagKind.PLACE);
        Tag renamed = k.tags().rename(shantang.id(), "山塘");
        assertEquals("山塘", renamed.name());
        assertTrue(has(tagsOf("a4"), "山塘", TagKind.PLACE));
        // the old name is an alias: re-tagging files 山塘村 under the renamed tag
        k.tags().retagAll();
        assertTrue(has(tagsOf("a4"), "山塘", TagKind.PLACE));
        assertFalse(has(tagsOf("a4"), "山塘村", TagKind.PLACE));
        assertEquals(renamed.id(), k.tags().browser().find("山塘村", TagKind.PLACE).get(0).id(), "found by old name");

        Tag jinshan = tag("金山区", TagKind.PLACE);
        Tag shanghai = tag("上海", TagKind.PLACE);
        int union = k.tags().browser().articles(List.of(jinshan.id())).size();
        Tag merged = k.tags().merge(jinshan.id(), shanghai.id());
        assertTrue(merged.count() >= union);
        assertTrue(k.tags().browser().find("金山区", TagKind.PLACE).stream().allMatch(t -> t.id() == shanghai.id()));
        // renaming onto an existing name merges
        Tag a = k.tags().add("党建", null, List.of(seed.get("a4").id()));
        Tag b = k.tags().add("党的建设", null, List.of(seed.get("a1").id()));
        Tag m = k.tags().rename(b.id(), "党建");
        assertEquals(a.id(), m.id());
        assertEquals(2, m.count());

        k.tags().delete(m.id());
        assertTrue(k.tags().browser().list(TagKind.MANUAL, 0).stream().noneMatch(t -> t.name().equals("党建")));
        assertCountsMatchLinks();
    }

    @Test
    void editsSurviveDeletingAndReimportingThePage() throws Exception {
        long a3 = seed.get("a3").id();
        k.tags().add("医保政策", null, List.of(a3));
        k.tags().remove(tag("上海", TagKind.PLACE).id(), List.of(a3));
        long edition = seed.get("a3").editionId();
        k.library().write(c -> {
            EditionRepository.delete(c, edition, k.library().hooks());
            return null;
        });
        assertCountsMatchLinks();
        seed = SeedLibrary.store(k, SeedLibrary.seedTruth(), "seed-hash-again");
        List<Tag> tags = tagsOf("a3");
        assertTrue(has(tags, "医保政策", TagKind.MANUAL), "manual tag restored on re-import");
        assertFalse(has(tags, "上海", TagKind.PLACE), "removed tag stays removed on re-import");
        assertTrue(has(tags, "曹丽", TagKind.PERSON));
        assertCountsMatchLinks();
    }

    @Test
    void navigationGroupsNarrowsAndRelates() throws Exception {
        Map<TagKind, List<Tag>> groups = k.tags().browser().groups(5);
        assertTrue(groups.get(TagKind.PLACE).size() <= 5);
        assertEquals("平湖", groups.get(TagKind.PLACE).get(0).name(), "the page's most named place first");
        assertTrue(groups.containsKey(TagKind.AUTHOR) && groups.containsKey(TagKind.PERSON));

        Tag pinghu = tag("平湖", TagKind.PLACE);
        Tag xindai = tag("新埭镇", TagKind.PLACE);
        TagBrowser.ArticlePage p = k.tags().browser().narrow(List.of(pinghu.id(), xindai.id()), 0, 10);
        assertEquals(List.of(seed.get("a4").id(), seed.get("a3").id()), p.ids(), "AND of both tags, newest first");
        assertEquals(2, p.total());
        assertEquals(List.of(seed.get("a3").id()), k.tags().browser().narrow(List.of(pinghu.id(), xindai.id()), 1, 10).ids());

        List<Tag> related = k.tags().browser().related(List.of(xindai.id()), 20);
        assertTrue(related.stream().anyMatch(t -> t.name().equals("枫泾镇") && t.count() == 2), "co-occurs in both articles");
        assertTrue(related.stream().noneMatch(t -> t.id() == xindai.id()));
    }

    @Test
    void filtersResolveToArticles() throws Exception {
        assertEquals(List.of(seed.get("a3").id()), k.tags().browser().resolve("person:曹丽"));
        assertEquals(List.of(seed.get("a3").id()), k.tags().browser().resolve("tag：曹丽"));
        assertEquals(List.of(seed.get("a1").id()), k.tags().browser().resolve("author:荣怡婷"));
        assertTrue(k.tags().browser().resolve("place:平湖").size() >= 4);
        assertEquals(List.of(), k.tags().browser().resolve("person:没有这个人"));
        assertTrue(TagBrowser.parseFilter("医保").isEmpty());
        assertTrue(TagBrowser.parseFilter("http://x").isEmpty());
        assertEquals(TagKind.ORGANISATION, TagBrowser.parseFilter("org:宁波银行").orElseThrow().kind());
    }

    @Test
    void gazetteerFeedsRecogniserAndTellsListeners() throws Exception {
        int[] calls = {0};
        k.tags().onGazetteerChanged(() -> calls[0]++);
        k.tags().putLocalName("新枫", TagKind.PLACE, null); // a name the recogniser cannot know
        k.tags().putLocalName("新埭", TagKind.PLACE, "新埭镇");
        assertEquals(2, calls[0]);
        k.tags().retagAll();
        assertTrue(has(tagsOf("a3"), "新枫", TagKind.PLACE));
        assertTrue(has(tagsOf("a4"), "新埭镇", TagKind.PLACE));
        assertFalse(has(tagsOf("a4"), "新埭", TagKind.PLACE), "variant filed under the canonical name");
        assertTrue(k.tags().removeLocalName("新枫"));
        assertEquals(3, calls[0]);
        assertEquals(2, k.tags().localNames().size()); // 新埭 and its canonical 新埭镇
        // HanLP's dictionary is per process: leave it as other tests expect it
        k.tags().removeLocalName("新埭");
        k.tags().removeLocalName("新埭镇");
    }

    @Test
    void gazetteerIsLoadedIntoTheSegmenterWhenTheLibraryOpens() throws Exception {
        k.tags().putLocalName("枫泾古镇", TagKind.PLACE, null);
        k.close();
        com.hankcs.hanlp.dictionary.CustomDictionary.remove("枫泾古镇"); // as in a fresh process
        k = SeedLibrary.open(dir);
        try {
            assertTrue(com.hankcs.hanlp.dictionary.CustomDictionary.contains("枫泾古镇"));
            assertEquals(List.of("枫泾古镇"), k.tags().localNames().stream().map(Gazetteer.Entry::name).toList());
        } finally {
            k.tags().removeLocalName("枫泾古镇");
        }
        assertThrows(IllegalArgumentException.class, () -> k.tags().putLocalName("镇", TagKind.PLACE, null));
        assertThrows(IllegalArgumentException.class, () -> k.tags().putLocalName("某人", TagKind.AUTHOR, null));
    }

    /** The cached counts equal a fresh count of live links (triggers, cascades and merges included). */
    private void assertCountsMatchLinks() throws Exception {
        int wrong = k.library().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM tag t WHERE t.article_count != "
                    + "(SELECT count(*) FROM article_tag x WHERE x.tag_id = t.id AND x.removed = 0)")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(0, wrong, "tags whose cached count is wrong");
    }
}
