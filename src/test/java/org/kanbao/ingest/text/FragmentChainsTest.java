package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentChainsTest {
    private static final String FULL = "全国老龄工作委员会主任出席"; // 13 em, no sentence end
    private static final String INDENT = "孙春兰观看了图片展她指"; // 11 em: a paragraph's first line
    private static final String END = "活动。"; // short last line ending a paragraph

    private static Piece body(int start, String... lines) {
        Piece p = new Piece(Piece.Kind.BODY, start);
        p.lines.addAll(List.of(lines));
        p.width = 13;
        return p;
    }

    private static HeadlineFirstOrder.Draft draft(Piece... rest) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        Piece t = new Piece(Piece.Kind.TITLE, rest.length == 0 ? 0 : rest[0].start - 1);
        t.lines.add("标题");
        d.titles.add(t);
        d.rest.addAll(List.of(rest));
        return d;
    }

    @Test
    void fragmentStartingMidSentenceFollowsTheFragmentThatStopsMidSentence() {
        Piece open = body(10, INDENT, FULL, FULL); // stops mid-sentence on a full line
        Piece other = body(20, INDENT, FULL, END);
        Piece cont = body(30, FULL, FULL, END); // no indent: continues a sentence
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(draft(open), draft(other, cont)));
        FragmentChains.rechain(drafts);
        assertEquals(List.of(open, cont), drafts.get(0).rest);
        assertEquals(List.of(other), drafts.get(1).rest);
    }

    @Test
    void headlineGoesWithTheTextGluedUnderItToAStoryWithoutOne() {
        // a credit and lead printed in one column, the headline over the next: the text under the headline takes up
        // the lead's sentence, and the headline goes with it
        Piece lead = body(10, INDENT, FULL, FULL);
        HeadlineFirstOrder.Draft headless = new HeadlineFirstOrder.Draft();
        headless.rest.add(lead);
        Piece cont = body(21, FULL, FULL, END);
        HeadlineFirstOrder.Draft titled = draft(cont);
        Piece headline = titled.titles.get(0);
        FragmentChains.rechain(new ArrayList<>(List.of(headless, titled)));
        assertEquals(List.of(lead, cont), headless.rest);
        assertEquals(List.of(headline), headless.titles);
        // set apart from its headline by a blank line, the text leaves the headline where it is
        Piece lead2 = body(40, INDENT, FULL, FULL);
        HeadlineFirstOrder.Draft headless2 = new HeadlineFirstOrder.Draft();
        headless2.rest.add(lead2);
        Piece cont2 = body(51, FULL, FULL, END);
        cont2.blankBefore = true;
        HeadlineFirstOrder.Draft titled2 = draft(cont2);
        FragmentChains.rechain(new ArrayList<>(List.of(headless2, titled2)));
        assertEquals(List.of(lead2, cont2), headless2.rest);
        assertEquals(List.of(), headless2.titles);
    }

    @Test
    void dictionaryWordAcrossTheCutBeatsTheNearerOpenEnd() {
        Piece and = body(10, "三年会战大庆油田不仅让", "中国摘掉了贫油帽子的同时而"); // 而 / 且提供着: 而且
        HeadlineFirstOrder.Draft oil = draft(and);
        Piece thanks = body(20, "伊姆兰汗热烈祝贺中华人", "民共和国成立七十周年。他说", "巴基斯坦人民由衷地感谢中国"); // nearer, no word across
        HeadlineFirstOrder.Draft pakistan = draft(thanks);
        Piece cont = body(30, "且提供着当时全国一半的原油", "产量，保障了工业的运行。");
        HeadlineFirstOrder.Draft rest = draft(cont);
        FragmentChains.rechain(new ArrayList<>(List.of(oil, pakistan, rest)));
        assertEquals(List.of(and, cont), oil.rest);
        assertEquals(List.of(thanks), pakistan.rest);
    }

    @Test
    void continuationWhoseWordsLeaveTheNearestOpenEndTakesItsStorysLineAboveAJump() {
        // the nearest open end lies in another story's words; the line its story left open above a 下转 line is its
        // an indented first line, then full 13-character lines; the last stops mid-sentence
        String[] lines = {"习近平强调中国和巴基斯", "坦是独一无二的全天候战略合", "作伙伴无论国际和地区形势如", "何变化中巴友谊始终牢不可破", "坚如磐石中巴合作始终保持旺", "盛生命力不断拓展深化中方始", "终将巴基斯坦置于中国外交优", "先方向巴方由衷地感谢中国政"};
        Piece thanks = body(5, lines);
        HeadlineFirstOrder.Draft pakistan = draft(thanks);
        Piece oilField = body(20, "铁人王进喜率领钻井队从", "西北来到大庆，铁人精神激励", "大庆油田的石油工人。");
        Piece spirit = body(30, "精神，是铁人王进喜纵身一跳", "用身体搅拌泥浆的英雄场景，", "是铁人的誓言。");
        Piece leftOpen = body(40, "大庆油田的铁人");
        leftOpen.cutOff = true;
        HeadlineFirstOrder.Draft oil = draft(oilField, spirit, leftOpen);
        FragmentChains.rechain(new ArrayList<>(List.of(pakistan, oil)));
        assertEquals(List.of(oilField, leftOpen, spirit), oil.rest);
        assertEquals(List.of(thanks), pakistan.rest);
    }

    @Test
    void storyTextPrintedBetweenTheTailAndTheLineAboveAJumpFollowsTheTail() {
        // the line above 下转 ends the story on its page: the paragraph printed after the tail comes after it too
        String[] lines = {"习近平强调中国和巴基斯", "坦是独一无二的全天候战略合", "作伙伴无论国际和地区形势如", "何变化中巴友谊始终牢不可破", "坚如磐石中巴合作始终保持旺", "盛生命力不断拓展深化中方始", "终将巴基斯坦置于中国外交优", "先方向巴方由衷地感谢中国政"};
        HeadlineFirstOrder.Draft pakistan = draft(body(5, lines));
        Piece oilField = body(20, "铁人王进喜率领钻井队从", "西北来到大庆，铁人精神激励", "大庆油田的石油工人。");
        Piece spirit = body(30, "精神，是铁人王进喜纵身一跳", "用身体搅拌泥浆的英雄场景，", "是铁人的誓言。");
        Piece then = body(35, "当年王进喜率井队从西北", "来到大庆，一不问吃二不问住", "钻机到了没？");
        Piece leftOpen = body(40, "大庆油田的铁人");
        leftOpen.cutOff = true;
        HeadlineFirstOrder.Draft oil = draft(oilField, spirit, then, leftOpen);
        FragmentChains.rechain(new ArrayList<>(List.of(pakistan, oil)));
        assertEquals(List.of(oilField, leftOpen, spirit, then), oil.rest);
    }

    @Test
    void headlessTextOpeningWithALoneLineFollowsTheOnlyOpenEndOfItsColumn() {
        // the headline over 次次驶过历史的站台。 went to a photo: the line and the paragraph after it are left alone
        Piece open = body(10, INDENT, FULL, "中国号列车究竟以怎样姿态一");
        HeadlineFirstOrder.Draft story = draft(open);
        Piece line = body(30, "次次驶过历史的站台。");
        line.width = 0;
        Piece para = body(32, INDENT, FULL, END);
        HeadlineFirstOrder.Draft left = new HeadlineFirstOrder.Draft();
        left.rest.addAll(List.of(line, para));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(story, left));
        FragmentChains.rehomeOrphans(drafts);
        assertEquals(List.of(open, line, para), story.rest);
        assertEquals(List.of(story), drafts);
        // with a second open end of the column and no word across either cut, nothing says which: it stays
        HeadlineFirstOrder.Draft other = draft(body(20, INDENT, FULL, "先方向巴方由衷地感谢中国政"));
        HeadlineFirstOrder.Draft story2 = draft(body(5, INDENT, FULL, "中国号列车究竟以怎样姿态一"));
        HeadlineFirstOrder.Draft left2 = new HeadlineFirstOrder.Draft();
        left2.rest.addAll(List.of(line, para));
        List<HeadlineFirstOrder.Draft> drafts2 = new ArrayList<>(List.of(story2, other, left2));
        FragmentChains.rehomeOrphans(drafts2);
        assertEquals(3, drafts2.size());
    }

    @Test
    void paragraphLeftAloneThatPointsBackFollowsTheParagraphThatNamesWhatItPointsAt() {
        Piece doubts = body(10, INDENT, "也有一些人心存疑惑会不会只", "是一阵风，怎么样才能巩固？");
        Piece habit = body(14, INDENT, FULL, "在一些地区依然存在惯性。");
        HeadlineFirstOrder.Draft story = draft(doubts, habit);
        Piece pointing = body(30, "产生这种疑惑，并非毫", "无原由，西南某省一名机关干", "部告诉了记者。");
        HeadlineFirstOrder.Draft left = new HeadlineFirstOrder.Draft();
        left.rest.add(pointing);
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(story, left));
        FragmentChains.pointingParagraphs(drafts);
        assertEquals(List.of(doubts, pointing, habit), story.rest);
        assertEquals(List.of(story), drafts);
        // nothing before names 疑惑: it stays alone
        HeadlineFirstOrder.Draft other = draft(body(40, INDENT, FULL, "在一些地区依然存在惯性。"));
        HeadlineFirstOrder.Draft left2 = new HeadlineFirstOrder.Draft();
        left2.rest.add(body(50, "产生这种疑惑，并非毫", "无原由，西南某省一名机关干", "部告诉了记者。"));
        List<HeadlineFirstOrder.Draft> drafts2 = new ArrayList<>(List.of(other, left2));
        FragmentChains.pointingParagraphs(drafts2);
        assertEquals(2, drafts2.size());
    }

    /** A line printed alone before the paragraph whose open end it finishes, later in its story, follows that end. */
    private static void assertLineFollowsLaterOpenEnd(String line, String openEnd) {
        Piece before = body(10, INDENT, FULL, END);
        Piece alone = body(14, line);
        alone.width = 0;
        Piece other = body(16, INDENT, FULL, END);
        Piece open = body(20, INDENT, FULL, openEnd);
        Piece after = body(24, INDENT, FULL, END);
        HeadlineFirstOrder.Draft story = draft(before, alone, other, open, after);
        FragmentChains.rechain(new ArrayList<>(List.of(story)));
        assertEquals(List.of(before, other, open, alone, after), story.rest);
    }

    @Test
    void shortLineAloneFollowsTheOpenEndAWordJoinsItTo() {
        // 员。 was printed away from its column: 辅导 / 员 is one word, and no paragraph is two characters long
        assertLineFollowsLaterOpenEnd("员。", "一定要聘请他为学生们当辅导");
    }

    @Test
    void lineOpeningWithAOneCharacterClauseEndsItsStorysWordCutLater() {
        // 米，相当于…: no sentence opens with a one-character clause; no dictionary word says 万 / 米 either
        assertLineFollowsLaterOpenEnd("米，相当于钻透三百座珠峰。", "钻井总进尺突破了三百一十万");
    }

    @Test
    void wholeLineJoinedByAWordToAnOpenEndOfItsColumnFollowsIt() {
        // 这感 / 情发自心底，…: the headline over the line was printed elsewhere; 感情 runs over the cut, and the
        // text after the line is set in the open end's column
        Piece open = body(10, INDENT, FULL, "爱国的热情汇聚成汪洋大海这感");
        HeadlineFirstOrder.Draft story = draft(open);
        Piece other = body(15, INDENT, FULL, "先方向巴方由衷地感谢中国政");
        HeadlineFirstOrder.Draft near = draft(other);
        near.rest.get(0).width = 18; // another column: its open end is not this line's
        Piece line = body(30, "情发自心底，真实、由衷。");
        line.width = 0;
        Piece next = body(32, INDENT, FULL, END);
        HeadlineFirstOrder.Draft titled = draft(line, next);
        FragmentChains.rechain(new ArrayList<>(List.of(story, near, titled)));
        assertEquals(List.of(open, line, next), story.rest);
        // a whole line no word joins to the open end stays where it is
        Piece open2 = body(40, INDENT, FULL, "爱国的热情汇聚成汪洋大海这里");
        HeadlineFirstOrder.Draft story2 = draft(open2);
        Piece line2 = body(50, "风雨一甲子，大庆正青春！");
        line2.width = 0;
        HeadlineFirstOrder.Draft titled2 = draft(line2, body(52, INDENT, FULL, END));
        FragmentChains.rechain(new ArrayList<>(List.of(story2, titled2)));
        assertEquals(List.of(open2), story2.rest);
    }

    @Test
    void paragraphPointingBackGoesAfterTheOneParagraphOfItsStoryThatNamesWhatItPointsAt() {
        Piece record = body(10, INDENT, "钻井队又创新纪录，总进尺突", "破三百万米。");
        Piece green = body(14, INDENT, FULL, "处处蕴藏着勃勃生机。");
        Piece these = body(18, "这些纪录与成就，靠的是", "日益增强的技术内核和科技创", "新。");
        Piece next = body(22, INDENT, FULL, END);
        HeadlineFirstOrder.Draft story = draft(green, these, record, next);
        FragmentChains.pointingInside(new ArrayList<>(List.of(story)));
        assertEquals(List.of(green, record, these, next), story.rest);
        // the paragraph before it names what it points at: it stays
        Piece named = body(30, INDENT, "这些年来大庆人不断刷新纪录", "。");
        Piece these2 = body(34, "这些纪录与成就，靠的是", "日益增强的技术内核和科技创", "新。");
        Piece record2 = body(38, INDENT, "钻井队又创新纪录，总进尺突", "破三百万米。");
        HeadlineFirstOrder.Draft story2 = draft(named, these2, record2);
        FragmentChains.pointingInside(new ArrayList<>(List.of(story2)));
        assertEquals(List.of(named, these2, record2), story2.rest);
    }

    @Test
    void leadOnlyStoryTakesItsParagraphsFromInsideAnotherStory() {
        // the Pakistan paragraphs sit inside the oil-field story, between its own paragraphs; their words leave the
        // text on both sides and share the words of the headline and lead printed alone elsewhere
        Piece oil1 = body(10, "一张泛黄的报纸把我们带", "回激情如火的年代那是大庆油", "田的石油大会战第一次走进人", "们视野大庆油田不仅让中国摘", "掉贫油帽子还提供着当时全国", "过半的原油产量。");
        Piece pak1 = body(20, "习近平强调中国和巴基斯", "坦是独一无二的全天候战略合", "作伙伴无论国际和地区形势如", "何变化中巴友谊始终牢不可破", "中巴合作始终保持旺盛生命力", "巴基斯坦是中国的铁杆朋友。");
        Piece pak2 = body(30, "伊姆兰汗热烈祝贺中华人", "民共和国成立七十周年他表示", "中国和巴基斯坦是全天候战略", "合作伙伴巴方感谢中国坚定支", "持巴基斯坦巴中友谊深入人心", "巴方将推进中巴经济走廊建设", "。");
        Piece oil2 = body(40, "共和国不会忘记大庆油田", "连续二十七年保持年产原油五", "千万吨以上又连续十二年保持", "年产原油四千万吨以上大庆油", "田有力维护着国家能源安全铁", "人精神代代相传。");
        HeadlineFirstOrder.Draft oil = draft(oil1, pak1, pak2, oil2);
        Piece lead = body(50, "本报北京10月9日电 国家主", "席习近平9日在钓鱼台国宾馆会", "见巴基斯坦总理伊姆兰汗。");
        HeadlineFirstOrder.Draft pakistan = draft(lead);
        pakistan.titles.get(0).lines.set(0, "习近平会见巴基斯坦总理伊姆兰汗");
        FragmentChains.leadOnlyBodies(new ArrayList<>(List.of(oil, pakistan)));
        assertEquals(List.of(lead, pak1, pak2), pakistan.rest);
        assertEquals(List.of(oil1, oil2), oil.rest);
    }

    @Test
    void creditInsideASentenceSignsTheTextGluedUnderIt() {
        Piece open = body(10, INDENT, FULL, FULL); // stops mid-sentence
        Piece credit = new Piece(Piece.Kind.BYLINE, 13);
        credit.lines.addAll(List.of("本报记者 温红彦", "盛若蔚 姜 洁"));
        Piece cont = body(40, FULL, FULL, END); // takes up the sentence the credit sits in
        HeadlineFirstOrder.Draft wheat = draft(open, credit, cont);
        Piece under = body(15, INDENT, FULL, END); // printed glued under the credit
        HeadlineFirstOrder.Draft branch = draft(under);
        FragmentChains.creditsInsideSentences(new ArrayList<>(List.of(wheat, branch)));
        assertEquals(List.of(open, cont), wheat.rest);
        assertEquals(List.of(credit, under), branch.rest);
        // set apart from the credit by a blank line, the text under it is not what it signs
        Piece apart = body(15, INDENT, FULL, END);
        apart.blankBefore = true;
        HeadlineFirstOrder.Draft wheat2 = draft(open, credit, cont);
        FragmentChains.creditsInsideSentences(new ArrayList<>(List.of(wheat2, draft(apart))));
        assertEquals(List.of(open, credit, cont), wheat2.rest);
    }

    @Test
    void creditRightUnderAMovedFragmentGoesWithIt() {
        Piece open = body(10, INDENT, FULL, FULL);
        Piece other = body(20, INDENT, FULL, END);
        Piece cont = body(30, FULL, FULL, END);
        Piece pen = new Piece(Piece.Kind.BYLINE, 33); // ■国纪平 printed right under the text it signs
        pen.lines.add("■国纪平");
        Piece later = new Piece(Piece.Kind.BYLINE, 40); // set apart by a blank line: not the moved text's
        later.lines.add("■记者 王丹");
        later.blankBefore = true;
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(draft(open), draft(other, cont, pen)));
        FragmentChains.rechain(drafts);
        assertEquals(List.of(open, cont, pen), drafts.get(0).rest);
        assertEquals(List.of(other), drafts.get(1).rest);
        HeadlineFirstOrder.Draft d2 = draft(body(50, INDENT, FULL, FULL));
        Piece cont2 = body(70, FULL, FULL, END);
        HeadlineFirstOrder.Draft d3 = draft(body(60, INDENT, FULL, END), cont2, later);
        FragmentChains.rechain(new ArrayList<>(List.of(d2, d3)));
        assertEquals(List.of(later), d3.rest.subList(1, d3.rest.size()));
    }

    @Test
    void paragraphStartsAndOtherColumnWidthsStay() {
        Piece open = body(10, INDENT, FULL, FULL);
        Piece other = body(20, INDENT, FULL, END);
        Piece para = body(30, INDENT, FULL, END); // indented: a new paragraph of its own story
        Piece wide = body(40, FULL + "一二三", FULL + "一二三", END);
        wide.width = 16; // another column width: never glued to a 13-em column
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(draft(open), draft(other, para), draft(wide)));
        FragmentChains.rechain(drafts);
        assertEquals(List.of(open), drafts.get(0).rest);
        assertEquals(List.of(other, para), drafts.get(1).rest);
        assertEquals(List.of(wide), drafts.get(2).rest);
    }

    @Test
    void twoColumnsPrintedBlockByBlockAreReadColumnAfterColumn() {
        Piece intro = body(10, INDENT, FULL, END);
        Piece b1 = body(14, "质量共建一带一路营造良好法律", FULL, END); // top of column B: goes on from a1
        Piece a1 = body(18, INDENT, FULL, "和各层级友好往来，开展交流为高"); // bottom of column A: stops mid-sentence
        Piece after = body(22, INDENT, FULL, END);
        HeadlineFirstOrder.Draft d = draft(intro, b1, a1, after);
        FragmentChains.rechain(new ArrayList<>(List.of(d)));
        assertEquals(List.of(intro, a1, b1, after), d.rest);
    }

    @Test
    void columnStartOneCharacterShortIsTakenWhenAWordJoinsIt() {
        Piece intro = body(10, INDENT, FULL, END);
        Piece b1 = body(14, "质量共建“一带一路”营造", FULL, END); // 12 em: quotes took the room, no indent
        Piece a1 = body(18, INDENT, FULL, "和各层级友好往来，开展交流为高");
        HeadlineFirstOrder.Draft d = draft(intro, b1, a1);
        FragmentChains.rechain(new ArrayList<>(List.of(d)));
        assertEquals(List.of(intro, a1, b1), d.rest);
    }

    @Test
    void fragmentOneCharacterShortMovesOnlyWhereAWordJoinsIt() {
        Piece open = body(10, INDENT, FULL, "地区和平稳定的支柱和共建的标"); // stops mid-word: 标 / 杆
        Piece other = body(20, INDENT, FULL, END);
        Piece cont = body(30, "杆。中方愿与巴方一道落实", FULL, END); // 12 em, no indent
        Piece para = body(40, "许其亮说中巴友谊历经风云", FULL, END); // 12 em too, but no word joins it
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(draft(open), draft(other, cont), draft(para)));
        FragmentChains.rechain(drafts);
        assertEquals(List.of(open, cont), drafts.get(0).rest);
        assertEquals(List.of(other), drafts.get(1).rest);
    }

    @Test
    void continuationPrintedBeforeItsOpenEndFollowsItInItsOwnStory() {
        Piece first = body(10, INDENT, FULL, END);
        Piece cont = body(14, FULL, FULL, END); // starts mid-sentence, but nothing before it is left open
        Piece second = body(18, INDENT, FULL, END);
        // pdftotext went back up the column: the open end comes later, its lines measured one em narrower
        // (quotes and commas set half-width), which is still the same column of the same story
        Piece open = body(22, INDENT, FULL, FULL);
        open.width = 12;
        Piece last = body(26, INDENT, FULL, END);
        HeadlineFirstOrder.Draft d = draft(first, cont, second, open, last);
        FragmentChains.rechain(new ArrayList<>(List.of(d)));
        assertEquals(List.of(first, second, open, cont, last), d.rest);
    }
    @Test
    void twoColumnsPrintedRowByRowUnweaveAcrossQuotedSubheads() {
        Piece first = body(10, INDENT, FULL, END);
        Piece b1 = body(14, FULL, END); // column B's top: the rest of a sentence left open at column A's foot
        Piece a1 = body(17, INDENT, FULL, END);
        Piece b2 = body(21, INDENT, FULL, END);
        Piece s1 = body(25, "“崇山峻岭阻隔不断友谊”"); // a subhead quoting a whole sentence: nothing runs on from it
        s1.subheads.add(0);
        Piece s2 = body(27, "“期待加强发展战略对接”");
        s2.subheads.add(0);
        Piece a2 = body(29, INDENT, FULL, END);
        Piece b3 = body(33, INDENT, FULL, END);
        Piece a3 = body(37, INDENT, FULL, FULL); // column A's foot, open
        HeadlineFirstOrder.Draft d = draft(first, b1, a1, b2, s1, s2, a2, b3, a3);
        FragmentChains.unweave(d, new ArrayList<>(d.rest));
        assertEquals(List.of(first, a1, s1, a2, a3, b1, b2, s2, b3), d.rest);
    }
    @Test
    void textStartingMidSentenceUnderAQuotedSubheadIsAnotherColumnsTail() {
        Piece open = body(10, INDENT, FULL, FULL);
        Piece sub = body(20, "“期待加强发展战略对接”");
        sub.subheads.add(0);
        Piece cont = body(22, FULL, FULL, END); // no indent: a subhead's paragraph would open with one
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(draft(open), draft(sub, cont)));
        FragmentChains.rechain(drafts);
        assertEquals(List.of(open, cont), drafts.get(0).rest);
        assertEquals(List.of(sub), drafts.get(1).rest);
    }
}
