package org.kanbao.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kanbao.model.Article;
import org.kanbao.model.TagKind;

/** The general cleaning rules, and their effect on pages of another paper (People's Daily). */
class CleaningRulesTest {
    @Test
    void boilerplateFragmentsNumbersAndSingleCharactersAreNoTags() {
        for (String s : List.of("记者", "通讯员", "本报讯", "本报", "我市", "责任编辑", "今年", "近日", "昨天", "说",
                "一名社区", "为企业", "2020年", "4000万元", "21.6%", "镇", "", "  ")) {
            assertFalse(TagNames.acceptable(s), s);
        }
        for (String s : List.of("新埭镇", "医保", "SK集团", "嘉兴极知智能科技有限公司", "口袋公园")) {
            assertTrue(TagNames.acceptable(s), s);
        }
        assertTrue(TagNames.acceptable("于洋", true), "a surname may be a function character");
    }

    @Test
    void aVerbEndsAnOrganisationsName() {
        Article a = new Article(org.kanbao.model.ArticleKind.NEWS, "", "报销更方便", "", List.of(), "",
                List.of(org.kanbao.model.BodyBlock.paragraph("以前看病后要拿着发票复印件去保险公司报销。"
                        + "嘉兴极知智能科技有限公司今年扩大了生产，嘉兴极知智能科技有限公司的员工也参加了医保。")),
                null, false, null);
        AutoTagger t = new AutoTagger(new Gazetteer());
        AutoTagger.Analysis an = t.analyse(a);
        Map<String, Integer> df = new HashMap<>();
        for (String term : an.terms()) df.put(term, 1);
        List<Found> tags = t.tags(an, df, 100);
        assertTrue(tags.stream().noneMatch(f -> f.name().contains("复印件")), tags.toString());
        assertTrue(tags.stream().anyMatch(f -> f.kind() == TagKind.ORGANISATION && f.name().equals("嘉兴极知智能科技有限公司")),
                tags.toString());
    }

    @Test
    void aGivenNamesRareLastCharStaysWithTheName() {
        Article a = new Article(org.kanbao.model.ArticleKind.NEWS, "", "医保服务", "", List.of(), "",
                List.of(org.kanbao.model.BodyBlock.paragraph("市医保局局长顾晓岚介绍，今年以来服务更便捷。顾晓岚表示，下一步还要做好。")),
                null, false, null);
        AutoTagger t = new AutoTagger(new Gazetteer());
        AutoTagger.Analysis an = t.analyse(a);
        List<Found> tags = t.tags(an, new HashMap<>(), 100);
        assertTrue(tags.stream().anyMatch(f -> f.kind() == TagKind.PERSON && f.name().equals("顾晓岚")), tags.toString());
        assertTrue(tags.stream().noneMatch(f -> f.name().equals("顾晓")), tags.toString());
    }

    @Test
    void safeVariantsAreNormalised() {
        assertEquals("平湖", TagNames.dropAdminSuffix("平湖市"));
        assertEquals("浙江", TagNames.dropAdminSuffix("浙江省"));
        assertEquals("沙市", TagNames.dropAdminSuffix("沙市"));
        assertEquals("新埭镇", TagNames.dropAdminSuffix("新埭镇"));
        assertEquals("陆超", TagNames.clean("陆 超"));
    }

    @Test
    void peoplesDailyPagesGetNoBoilerplateAndAuthorsStayAuthors() throws Exception {
        List<Article> articles = TagSpeedTest.realPages().stream().flatMap(p -> p.articles().stream()).toList();
        AutoTagger t = new AutoTagger(new Gazetteer());
        Map<String, Integer> df = new HashMap<>();
        List<AutoTagger.Analysis> an = articles.stream().map(t::analyse).toList();
        for (AutoTagger.Analysis a : an) for (String term : a.terms()) df.merge(term, 1, Integer::sum);
        Set<String> boiler = Set.of("记者", "通讯员", "本报讯", "本报", "新华社", "我市", "我国", "今年", "近日", "摄影", "说",
                "企业", "工作", "发展", "服务", "表示", "同志");
        int persons = 0;
        for (int i = 0; i < articles.size(); i++) {
            List<Found> tags = t.tags(an.get(i), df, articles.size());
            Set<String> authors = Set.copyOf(articles.get(i).bylineNames().stream().map(TagNames::clean).toList());
            for (Found f : tags) {
                assertFalse(boiler.contains(f.name()), "boilerplate tag " + f);
                assertTrue(f.name().length() >= 2, "single character " + f);
                assertFalse(Character.isDigit(f.name().charAt(0)), "number " + f);
                if (f.kind() == TagKind.PERSON) {
                    persons++;
                    assertFalse(authors.contains(f.name()), "byline name tagged as person " + f);
                }
            }
            for (String au : authors) {
                if (au.length() >= 2) assertTrue(tags.contains(new Found(au, TagKind.AUTHOR, 1)), "author " + au);
            }
        }
        assertTrue(persons > 50, "persons are found on news pages: " + persons);
    }
}
