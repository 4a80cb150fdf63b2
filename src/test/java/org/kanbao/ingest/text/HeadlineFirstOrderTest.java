package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineFirstOrderTest {
    private static Piece piece(Piece.Kind kind, int start, String... lines) {
        Piece p = new Piece(kind, start);
        p.lines.addAll(List.of(lines));
        p.width = 13;
        return p;
    }

    @Test
    void headlinePrintedAfterAStoryWithoutOneTakesItsClosingLineAlong() {
        HeadlineFirstOrder.Draft story = new HeadlineFirstOrder.Draft();
        story.rest.add(piece(Piece.Kind.BODY, 10, "本报北京10月9日电 国家主席", "习近平9日会见所罗门群岛总理。"));
        story.rest.add(piece(Piece.Kind.BODY, 20, "索加瓦雷热烈祝贺中华人民共", "和国成立70周年。"));
        HeadlineFirstOrder.Draft late = new HeadlineFirstOrder.Draft();
        Piece title = piece(Piece.Kind.TITLE, 30, "习近平会见所罗门群岛总理");
        late.titles.add(title);
        Piece closing = piece(Piece.Kind.BODY, 32, "杨洁篪、王毅等参加会见。");
        late.rest.add(closing);
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(story, late));
        HeadlineFirstOrder.lateHeadlines(drafts);
        assertEquals(1, drafts.size());
        assertEquals(List.of(title), story.titles);
        assertEquals(closing, story.rest.get(2));
    }

    /** A letter signed off as a dispatch (its sign-off printed at {@code signOff}), and the dispatch's lead at 20. */
    private static List<HeadlineFirstOrder.Draft> letterAndLead(int signOff) {
        HeadlineFirstOrder.Draft letter = new HeadlineFirstOrder.Draft();
        letter.rest.add(piece(Piece.Kind.BODY, 10, "祝你们节日快乐、健康长寿，", "更加幸福"));
        letter.rest.add(piece(Piece.Kind.BODY, signOff, "（新华社北京10月7日电）"));
        HeadlineFirstOrder.Draft news = new HeadlineFirstOrder.Draft();
        news.rest.add(piece(Piece.Kind.BODY, 20, "新华社北京10月7日电 在重阳", "节来临之际习近平给老人回信。"));
        return new ArrayList<>(List.of(letter, news));
    }

    @Test
    void aDispatchJoinsTheTextSignedOffRightBeforeItsLead() {
        List<HeadlineFirstOrder.Draft> drafts = letterAndLead(13);
        HeadlineFirstOrder.Draft letter = drafts.get(0);
        Piece lead = drafts.get(1).rest.get(0);
        HeadlineFirstOrder.signedDispatches(drafts);
        assertEquals(List.of(letter), drafts);
        assertEquals(lead, letter.rest.get(2));
    }

    @Test
    void aSignOffPrintedAfterTheLeadDoesNotJoinIt() {
        // the text printed right before the lead does not sign off: the story's sign-off was printed after the lead
        List<HeadlineFirstOrder.Draft> drafts = letterAndLead(40);
        List<HeadlineFirstOrder.Draft> before = List.copyOf(drafts);
        HeadlineFirstOrder.signedDispatches(drafts);
        assertEquals(before, drafts);
    }

    @Test
    void headlineWithARealBodyStaysItsOwnArticle() {
        HeadlineFirstOrder.Draft story = new HeadlineFirstOrder.Draft();
        story.rest.add(piece(Piece.Kind.BODY, 10, "本报北京10月9日电 国家主席", "习近平9日会见所罗门群岛总理。"));
        HeadlineFirstOrder.Draft next = new HeadlineFirstOrder.Draft();
        next.titles.add(piece(Piece.Kind.TITLE, 30, "外交部举行吹风会"));
        next.rest.add(piece(Piece.Kind.BODY, 32, "外交部9日举行中外媒体吹", "风会。副部长介绍访问安排", "并回答记者提问。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(story, next));
        HeadlineFirstOrder.lateHeadlines(drafts);
        assertEquals(2, drafts.size());
    }

    @Test
    void storyOpenedByADatelineLeadIsNotMergedIntoTheNextHeadlinedStory() {
        HeadlineFirstOrder.Draft headless = new HeadlineFirstOrder.Draft();
        headless.rest.add(piece(Piece.Kind.BODY, 10, "本报北京10月9日电 国务院总", "理李克强9日下午在北京延庆同", "外方领导人共同参观园艺展。"));
        HeadlineFirstOrder.Draft titled = new HeadlineFirstOrder.Draft();
        titled.titles.add(piece(Piece.Kind.TITLE, 20, "栗战书会见巴基斯坦总理"));
        titled.rest.add(piece(Piece.Kind.BODY, 21, "本报北京10月9日电 全国人大", "常委会委员长栗战书9日会见巴", "基斯坦总理伊姆兰·汗。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(headless, titled));
        HeadlineFirstOrder.mergeHeadless(drafts);
        assertEquals(2, drafts.size());
        assertEquals(1, titled.rest.size());
    }

    @Test
    void headlineLeftWithoutBodySkipsAPhotoCaption() {
        HeadlineFirstOrder.Draft lone = new HeadlineFirstOrder.Draft();
        Piece title = piece(Piece.Kind.TITLE, 5, "江苏民企成功发行10亿绿色债券");
        lone.titles.add(title);
        HeadlineFirstOrder.Draft photo = new HeadlineFirstOrder.Draft();
        photo.caption = true;
        photo.rest.add(piece(Piece.Kind.BODY, 10, "通过中国上海国际艺术节，向世界展现中医药品牌魅力。"));
        HeadlineFirstOrder.Draft story = new HeadlineFirstOrder.Draft();
        story.rest.add(piece(Piece.Kind.BODY, 20, "作为资本市场支持绿色产业发", "展的特色债券品种，苏州民营上", "市公司发行10亿元绿色公司债券。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(lone, photo, story));
        HeadlineFirstOrder.mergeHeadless(drafts);
        assertEquals(List.of(), photo.titles);
        assertEquals(List.of(title), story.titles);
    }
}
