package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleAffinityTest {
    private static Piece piece(Piece.Kind kind, int start, String... lines) {
        Piece p = new Piece(kind, start);
        p.lines.addAll(List.of(lines));
        return p;
    }

    private static HeadlineFirstOrder.Draft draft(List<Piece> titles, String... body) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        d.titles.addAll(titles);
        if (body.length > 0) d.rest.add(piece(Piece.Kind.BODY, 100, body));
        return d;
    }

    @Test
    void sideBySideHeadlinesGoToTheStoryTheySpeakOf() {
        Piece kicker = piece(Piece.Kind.TITLE, 1, "习近平主席回信充满深情语重心长——");
        Piece tourism = piece(Piece.Kind.TITLE, 2, "亮丽数据秀出强劲消费动力");
        Piece macao = piece(Piece.Kind.TITLE, 3, "澳门社会各界深受鼓舞倍感振奋");
        HeadlineFirstOrder.Draft a = draft(new ArrayList<>(List.of(kicker, tourism)),
                "重阳节当天，澳门街坊总会的老人收到回信，在澳门社会各界引起热烈反响，深受鼓舞。");
        HeadlineFirstOrder.Draft b = draft(new ArrayList<>(List.of(macao)),
                "国庆假期，购物、餐饮等传统消费亮点纷呈，数据显示消费动力强劲。");
        TitleAffinity.swapHeadlines(new ArrayList<>(List.of(a, b)));
        assertEquals(List.of(kicker, macao), a.titles);
        assertEquals(List.of(tourism), b.titles);
    }

    @Test
    void creditsGoWithASwappedHeadline() {
        Piece kicker = piece(Piece.Kind.TITLE, 1, "习近平主席回信充满深情语重心长——");
        Piece tourism = piece(Piece.Kind.TITLE, 2, "亮丽数据秀出强劲消费动力");
        Piece macao = piece(Piece.Kind.TITLE, 3, "澳门社会各界深受鼓舞倍感振奋");
        Piece credit = piece(Piece.Kind.BYLINE, 4, "■记 者 王云娜");
        HeadlineFirstOrder.Draft a = draft(new ArrayList<>(List.of(kicker, tourism)),
                "重阳节当天，澳门街坊总会的老人收到回信，在澳门社会各界引起热烈反响，深受鼓舞。");
        a.credits.add(credit);
        a.rest.get(0).blankBefore = true; // the credit is set apart under the headlines, not glued over the body
        HeadlineFirstOrder.Draft b = draft(new ArrayList<>(List.of(macao)),
                "国庆假期，购物、餐饮等传统消费亮点纷呈，数据显示消费动力强劲。");
        TitleAffinity.swapHeadlines(new ArrayList<>(List.of(a, b)));
        assertEquals(List.of(), a.credits);
        assertEquals(List.of(credit), b.credits);
    }

    @Test
    void headlineMovedOverALoneSubtitleTakesItIntoItsGroup() {
        Piece council = piece(Piece.Kind.TITLE, 1, "李克强主持召开国务院常务会议");
        Piece deck = piece(Piece.Kind.TITLE, 5, "审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投资兴业提供制度保障");
        deck.deck = true;
        HeadlineFirstOrder.Draft shanghai = draft(new ArrayList<>(List.of(council)),
                "上海之新，不仅在于颜值，更在其追求卓越的气质。大飞机一飞冲天，磁悬浮列车奔驰，上海不断攀登创新高度。");
        HeadlineFirstOrder.Draft lead = draft(new ArrayList<>(List.of(deck)),
                "国务院总理李克强10月8日主持召开国务院常务会议，审议通过《优化营商环境条例（草案）》。");
        TitleAffinity.moveToHeadless(new ArrayList<>(List.of(shanghai, lead)));
        assertEquals(List.of(council), lead.titles, "one title group: headline, then the subtitle under it");
        assertEquals(List.of("李克强主持召开国务院常务会议", deck.first()), council.lines);
        assertEquals(List.of(), shanghai.titles);
    }

    @Test
    void storyThatGaveItsHeadlineAwayTakesItsOwnWithWhatWasPrintedUnderIt() {
        Piece council = piece(Piece.Kind.TITLE, 1, "李克强主持召开国务院常务会议");
        Piece shanghaiBody = piece(Piece.Kind.BODY, 2, "的确，上海这座现代化国", "际大都市总是让人耳目一新，", "上海之新，更在其追求卓越的", "气质。");
        shanghaiBody.width = 13;
        HeadlineFirstOrder.Draft shanghai = new HeadlineFirstOrder.Draft();
        shanghai.titles.add(council);
        shanghai.rest.add(shanghaiBody);
        HeadlineFirstOrder.Draft lead = draft(new ArrayList<>(),
                "国务院总理李克强10月8日主持召开国务院常务会议，审议通过《优化营商环境条例（草案）》。");
        // the headline, its credit and the first paragraph printed in one block, another story's text after a blank line
        Piece excel = piece(Piece.Kind.TITLE, 10, "追求卓越天更阔");
        Piece credit = piece(Piece.Kind.BYLINE, 11, "本报记者 王慧敏");
        Piece opening = piece(Piece.Kind.BODY, 12, "浦江恒流，上海恒新。");
        Piece other = piece(Piece.Kind.BODY, 14, "期间也无法回家……新中国七十华诞之", "际，不同岗位劳动者的默默坚守与付", "出，正是对祖国的深情祝福。");
        other.blankBefore = true;
        HeadlineFirstOrder.Draft head = new HeadlineFirstOrder.Draft();
        head.titles.add(excel);
        head.credits.add(credit);
        head.rest.addAll(List.of(opening, other));
        TitleAffinity.moveToHeadless(new ArrayList<>(List.of(shanghai, lead, head)));
        assertEquals(List.of(council), lead.titles);
        assertEquals(List.of(excel), shanghai.titles, "a second round gives the story the headline that speaks of it");
        assertEquals(List.of(credit), shanghai.credits);
        assertEquals(List.of(opening, shanghaiBody), shanghai.rest);
        assertEquals(List.of(other), head.rest);
    }

    @Test
    void kickerAloneChangesPlaceWithAWholeTitleAndACreditOverItsBodyStays() {
        Piece kicker = piece(Piece.Kind.TITLE, 1, "习近平主席回信充满深情语重心长——");
        Piece macao = piece(Piece.Kind.TITLE, 2, "澳门社会各界深受鼓舞倍感振奋");
        Piece elders = piece(Piece.Kind.TITLE, 3, "各地开展尊老敬老爱老孝老活动——");
        HeadlineFirstOrder.Draft a = draft(new ArrayList<>(List.of(kicker, macao)),
                "农历九月初九为中国传统节日重阳节。全国各地广泛开展尊老、敬老、爱老、孝老活动，营造关爱老人的浓厚氛围。");
        HeadlineFirstOrder.Draft b = new HeadlineFirstOrder.Draft();
        b.titles.add(elders);
        Piece credit = piece(Piece.Kind.BYLINE, 4, "■记者 王金海");
        b.credits.add(credit);
        // the credit is printed right over the body's first line: it signs this body
        b.rest.add(piece(Piece.Kind.BODY, 5, "本报讯 重阳节当天，澳门街坊总会颐骏中心长者义工组的老人收到习近平主席的回信，在澳门社会各界引起热烈反响。"));
        TitleAffinity.swapHeadlines(new ArrayList<>(List.of(a, b)));
        assertEquals(List.of(elders), a.titles);
        assertEquals(List.of(kicker, macao), b.titles);
        assertEquals(List.of(credit), b.credits);
    }

    @Test
    void headlinesThatFitTheirStoriesStay() {
        Piece one = piece(Piece.Kind.TITLE, 1, "澳门社会各界深受鼓舞");
        Piece two = piece(Piece.Kind.TITLE, 2, "国庆消费动力强劲");
        HeadlineFirstOrder.Draft a = draft(new ArrayList<>(List.of(one)), "澳门社会各界深受鼓舞。");
        HeadlineFirstOrder.Draft b = draft(new ArrayList<>(List.of(two)), "国庆假期消费动力强劲。");
        TitleAffinity.swapHeadlines(new ArrayList<>(List.of(a, b)));
        assertEquals(List.of(one), a.titles);
        assertEquals(List.of(two), b.titles);
    }

    @Test
    void headlineLeftWithoutBodyBecomesTheKickerOfTheStoryItSpeaksOf() {
        Piece orphan = piece(Piece.Kind.TITLE, 1, "江苏民企成功发", "行10亿绿色债券");
        Piece own = piece(Piece.Kind.TITLE, 50, "为全国绿色债券信用保护合约首单");
        HeadlineFirstOrder.Draft lone = draft(new ArrayList<>(List.of(orphan)));
        HeadlineFirstOrder.Draft other = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 20, "毕生追求真理之光"))),
                "本报讯 他一生坚持马克思主义。");
        HeadlineFirstOrder.Draft story = draft(new ArrayList<>(List.of(own)),
                "本报南京10月9日电 苏州民营企业成功发行10亿元绿色债券。");
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(lone, other, story));
        TitleAffinity.adoptOrphans(drafts);
        assertEquals(2, drafts.size());
        assertEquals(List.of(orphan, own), story.titles);
    }

    @Test
    void storyWithoutHeadlineTakesTheHeadlinePrintedOverAnotherStory() {
        Piece liuHe = piece(Piece.Kind.TITLE, 1, "刘鹤应邀赴美举行新一", "轮中美经贸高级别磋商");
        HeadlineFirstOrder.Draft headless = draft(new ArrayList<>(),
                "新华社北京10月8日电 应美方邀请，刘鹤将率团访问华盛顿，举行新一轮中美经贸高级别磋商。");
        HeadlineFirstOrder.Draft other = draft(new ArrayList<>(List.of(liuHe)),
                "新华社北京10月8日电 中央军委副主席许其亮8日在八一大楼会见巴基斯坦陆军参谋长巴杰瓦。");
        TitleAffinity.moveToHeadless(new ArrayList<>(List.of(headless, other)));
        assertEquals(List.of(liuHe), headless.titles);
        assertEquals(List.of(), other.titles);
        assertEquals(true, other.standalone);
    }

    private static HeadlineFirstOrder.Draft photo(int start, String caption) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        d.rest.add(piece(Piece.Kind.BODY, start, caption));
        d.caption = true;
        return d;
    }

    @Test
    void photosTakeLoneTitlesThatDoNotSpeakOfTheirStory() {
        HeadlineFirstOrder.Draft first = photo(285, "10月8日，庆祝新中国成立70周年摄影展在北京王府井大街亮相。");
        Piece postal = piece(Piece.Kind.TITLE, 290, "加快建设与小康社会相适应的现代邮政业");
        postal.blankBefore = true;
        HeadlineFirstOrder.Draft wrong = draft(new ArrayList<>(List.of(postal)), "产生这种疑惑，并非毫无原由，基层干部告诉记者。");
        Piece home = piece(Piece.Kind.TITLE, 318, "影像志 家国情");
        home.blankBefore = true;
        HeadlineFirstOrder.Draft lone = draft(new ArrayList<>(List.of(home)));
        HeadlineFirstOrder.Draft second = photo(337, "第五十届世界邮政日，邮政业加快建设与小康社会相适应的现代邮政体系。");
        TitleAffinity.titlePhotos(new ArrayList<>(List.of(first, wrong, lone, second)));
        assertEquals(List.of(postal), second.titles); // shares words with the caption
        assertEquals(List.of(home), first.titles); // the one left
        assertEquals(List.of(), wrong.titles);
    }

    @Test
    void subheadSharingWordsWithACaptionIsThePhotosTitle() {
        HeadlineFirstOrder.Draft story = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 1, "看清“AI算命”的“算钱”真面目"))),
                "通过手机上传一张正面照片，就能收到面相评分和命运报告。");
        Piece sub = piece(Piece.Kind.BODY, 20, "中医药老手艺，又回来了");
        sub.subheads.add(0);
        sub.blankBefore = true;
        story.rest.add(sub);
        story.rest.add(piece(Piece.Kind.BODY, 22, "从表面上看，以“AI算命”为代表的网络迷信，借助人工智能。"));
        HeadlineFirstOrder.Draft photo = new HeadlineFirstOrder.Draft();
        photo.rest.add(piece(Piece.Kind.BODY, 60, "通过上海国际艺术节，向世界展现中医药品牌魅力，传承中医药传统工艺。"));
        photo.caption = true;
        TitleAffinity.titlePhotos(new ArrayList<>(List.of(story, photo)));
        assertEquals(List.of(sub), photo.titles);
        assertEquals(Piece.Kind.TITLE, sub.kind);
        assertEquals(2, story.rest.size());
    }

    @Test
    void lastHeadlineWithoutBodyHeadsTheRunOfStoriesWithoutHeadlineThatSpeaksOfIt() {
        HeadlineFirstOrder.Draft other = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 1, "今年冬小麦力争稳定"))),
                "本报北京10月8日电 今年秋冬种已全面展开，冬小麦面积力争稳定。");
        HeadlineFirstOrder.Draft first = draft(new ArrayList<>(), "支部，是党的全部工作和战斗力的基础。");
        first.standalone = true; // it gave its headline away
        HeadlineFirstOrder.Draft second = draft(new ArrayList<>(), "支部唱主角，“领唱”最关键。调研中我们听到最多一句话是：抓支部。");
        Piece title = piece(Piece.Kind.TITLE, 50, "支部，如何在基层工作中唱主角");
        HeadlineFirstOrder.Draft left = draft(new ArrayList<>(List.of(title)));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(other, first, second, left));
        TitleAffinity.pairLeftovers(drafts);
        // the two stories read as one article: the headline goes to the first
        assertEquals(List.of(title), first.titles);
        assertEquals(List.of(other, first, second), drafts);
        // two headlines left without body: nothing says which is whose
        HeadlineFirstOrder.Draft a = draft(new ArrayList<>(), "支部唱主角，“领唱”最关键。调研中我们听到最多一句话是：抓支部。");
        List<HeadlineFirstOrder.Draft> two = new ArrayList<>(List.of(a, draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 60, "支部，如何在基层工作中唱主角")))),
                draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 61, "踏雪巡边"))))));
        TitleAffinity.pairLeftovers(two);
        assertEquals(3, two.size());
    }

    private static Piece para(int start, String... lines) {
        Piece p = piece(Piece.Kind.BODY, start, lines);
        p.width = 13;
        return p;
    }

    @Test
    void paragraphRepeatingAnotherStorysHeadlineWordForWordGoesToThatStory() {
        Piece councilLead = para(10, "国务院总理李克强主持召开", "国务院常务会议，审议通过了优", "化营商环境条例。");
        Piece echo = para(20, "支部如何在基层工作中唱", "主角？唱得怎么样？前不久本", "报记者赴各地调研。");
        Piece councilMore = para(30, "会议指出，制定专门行政", "法规推进市场化法治化国际化", "营商环境建设。");
        HeadlineFirstOrder.Draft council = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 5, "李克强主持召开国务院常务会议"))));
        council.rest.addAll(List.of(councilLead, echo, councilMore));
        Piece branch1 = para(12, "党的十八大以来，以习近", "平同志为核心的党中央高度重", "视党支部建设。");
        Piece branch2 = para(40, "支部唱主角，领唱最关键", "调研中我们听到最多的一句话", "是抓支部书记。");
        HeadlineFirstOrder.Draft branch = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 50, "支部，如何在基层工作中唱主角"))));
        branch.rest.addAll(List.of(branch1, branch2));
        TitleAffinity.headlineEchoes(new ArrayList<>(List.of(council, branch)));
        assertEquals(List.of(councilLead, councilMore), council.rest);
        assertEquals(List.of(branch1, echo, branch2), branch.rest);
        // names met inside a sentence are no echo: the paragraph stays in its story
        Piece names = para(60, "19时38分，在欢快的乐曲", "声中，李克强同巴基斯坦总理伊", "姆兰汗等外方领导人步入会场。");
        Piece expoMore = para(70, "艺术家们怀着对祖国的赤", "诚之心，为祖国起舞为时代放", "歌。");
        HeadlineFirstOrder.Draft expo = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 55, "北京世园会圆满闭幕"))));
        expo.rest.addAll(List.of(para(56, "北京世园会闭幕式九日晚", "在延庆隆重举行，李克强出席", "闭幕式并致辞。"), names, expoMore));
        HeadlineFirstOrder.Draft meeting = draft(new ArrayList<>(List.of(piece(Piece.Kind.TITLE, 80, "习近平会见巴基斯坦总理伊姆兰汗"))));
        meeting.rest.add(para(81, "国家主席习近平九日在钓", "鱼台国宾馆会见巴基斯坦总理", "伊姆兰汗。"));
        TitleAffinity.headlineEchoes(new ArrayList<>(List.of(expo, meeting)));
        assertEquals(3, expo.rest.size());
    }
}
