package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.ImportHints;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;

/** Where one story ends and the next begins when the dump shows no headline size: words, sign-off lines, line shapes. */
class StoryBoundariesTest {
    private static final int COL = 18;

    private static List<Article> parse(String text) throws Exception {
        ParsedPage p = TextPageParser.parseText(text, "t.txt", ImportHints.NONE).get(0);
        return p.articles();
    }

    /** A paragraph set in an 18-em column: first line indented two characters, the last one short. */
    private static String para(String text) {
        List<String> lines = new ArrayList<>();
        int at = Math.min(COL - 2, text.length());
        lines.add(text.substring(0, at));
        while (at < text.length()) {
            int to = Math.min(at + COL, text.length());
            // punctuation never starts a line: it hangs on the line before
            if (to - at == 1 && "。，！".indexOf(text.charAt(at)) >= 0) lines.set(lines.size() - 1, lines.get(lines.size() - 1) + text.charAt(at));
            else lines.add(text.substring(at, to));
            at = to;
        }
        return String.join("\n", lines);
    }

    private static Article titled(List<Article> as, String title) {
        return as.stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no story " + title + " in " + as.stream().map(Article::title).toList()));
    }

    private static final String MACAO_1 = "澳门特区行政长官崔世安表示，习近平主席给澳门长者义工组的回信，充分体现了中央对澳门长者的关怀，澳门长者义工组的成员深受鼓舞。";
    private static final String MACAO_2 = "崔世安提出，特区政府将认真学习传达回信精神，鼓励澳门长者投入社会，发挥传帮带作用，在言传身教中传承爱国爱澳精神，让澳门长者的关怀传下去。";
    private static final String MACAO_3 = "澳门特区候任行政长官贺一诚表示，回信体现了中央对澳门长者的关怀，澳门社会各界将牢记嘱托，传承爱国爱澳精神，让澳门长者义工组的精神传下去。";
    private static final String EGYPT_1 = "今年六月，我有幸持节出使埃及。能在这样的时刻赴埃工作，既让我倍感使命光荣，更深知肩上责任之重，金字塔下的友谊值得守护。";
    private static final String EGYPT_2 = "埃及在外交关系史上有多个第一：第一个建交的阿拉伯国家，第一个建交的非洲国家。金字塔与长城相互眺望，埃及人民热情好客。";

    private static final String EGYPT_3 = "在埃及工作的每一天，我都深知肩上责任之重，倍感使命光荣。金字塔下的友谊值得守护，愿为中埃友好合作尽心尽力。";

    private static String macaoThen(String line, String... after) {
        StringBuilder sb = new StringBuilder("澳门各界热议回信精神\n\n");
        sb.append(para(MACAO_1)).append('\n').append(para(MACAO_2)).append("\n\n").append(line);
        for (String a : after) sb.append('\n').append(para(a));
        return sb.append('\n').toString();
    }

    @Test
    void titleLineWhereTheWordsChangeHeadsTheNextStory() throws Exception {
        List<Article> as = parse(macaoThen("携手共创中埃友好合作的未来", EGYPT_1, EGYPT_2));
        assertEquals(2, as.size(), as.stream().map(Article::title).toList().toString());
        assertTrue(titled(as, "携手共创中埃友好合作的未来").bodyText().startsWith("今年六月"));
        assertTrue(!titled(as, "澳门各界热议回信精神").bodyText().contains("埃及"));
    }

    @Test
    void headlineSetInANarrowStripIsNoBodyText() throws Exception {
        // a headline and its —— subtitle set a few characters wide beside its story, lines breaking after a comma
        String strip = "支部，\n如何在\n基层工作\n中唱主角\n——对部分地\n区党支部建设\n的调研与思考";
        String page = "澳门各界热议回信精神\n" + para(MACAO_1) + "\n" + para(MACAO_2) + "\n\n" + strip + "\n\n"
                + "携手共创中埃友好合作的未来\n" + para(EGYPT_1) + "\n" + para(EGYPT_2) + "\n";
        ParsedPage p = TextPageParser.parseText(page, "t.txt", ImportHints.NONE).get(0);
        for (Article a : p.articles()) assertTrue(!a.bodyText().contains("基层工作"), a.title() + ": " + a.bodyText());
        String all = String.join("", p.unplaced()) + p.articles().stream().map(Article::title).toList();
        assertTrue(all.contains("支部，如何在基层工作中唱主角"), all);
    }

    @Test
    void wideLinesGluedOverALeadAreItsSubtitleEvenWithoutAHeadlineAbove() throws Exception {
        // the subtitle is set across the story's columns right over the lead; its headline was printed elsewhere
        String deck = "审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投\n资兴业提供制度保障；讨论通过《中华人民共和国档案法（修订草案）》";
        String lead = "新华社北京10月8日电\n国务院总理李克强10月8日主\n持召开国务院常务会议，审议\n通过《优化营商环境条例（草\n案）》，以政府立法为各类市\n场主体投资兴业提供制度保\n障。";
        String page = "澳门各界热议回信精神\n" + para(MACAO_1) + "\n" + para(MACAO_2) + "\n\n" + deck + "\n" + lead + "\n";
        List<Article> as = parse(page);
        for (Article a : as) assertTrue(!a.bodyText().contains("资兴业提供制度保障；讨论通过"), a.title() + ": " + a.bodyText());
        Article council = as.stream().filter(a -> a.bodyText().contains("国务院总理李克强")).findFirst().orElseThrow();
        assertTrue((council.headline() + council.subtitle()).startsWith("审议通过《优化营商环境条例（草案）》"), council.title());
    }

    @Test
    void lineUnderAHeadlineThatFillsItsColumnTakesUpTheSentenceItContinues() throws Exception {
        // 人间重晚晴 heads a line that fills the 18-character column and stops mid-sentence: the line continues the
        // lead paragraph printed earlier, and the rest of the paragraph after it
        String page = "澳门各界热议回信精神\n" + para(MACAO_1) + "\n" + para(MACAO_2) + "\n" + para(MACAO_3) + "\n\n"
                + "重阳佳节\n■记者 乔 栋\n本报讯 10月7日迎来一年一度的重\n阳节，这是我国第七个法定“老年节”，\n\n"
                + para(EGYPT_1) + "\n\n"
                + "人间重晚晴\n各地举行丰富多彩的活动，处处洋溢着尊\n\n老敬老的节日气氛。\n";
        List<Article> as = parse(page);
        Article elders = as.stream().filter(a -> a.bodyText().contains("老年节")).findFirst().orElseThrow();
        assertTrue(elders.bodyText().replace("\n", "").contains("“老年节”，各地举行丰富多彩的活动，处处洋溢着尊老敬老的节日气氛。"),
                elders.bodyText());
    }

    @Test
    void threeLinesWithoutAMarkGluedOverTextAreAHeadline() throws Exception {
        // prose that long always has a comma somewhere: the lines are another story's headline, the text under them
        // takes up the sentence the first story left open
        String page = "习近平会见巴基斯坦总理伊姆兰·汗\n伊姆兰·汗热烈祝贺中华人民共和\n国成立70周年。他表示，中国取得了非\n"
                + "凡的发展成就，作为中国的铁杆朋友，\n巴基斯坦由衷感到高兴。巴方感谢中国\n\n"
                + "习近平将赴印度出席中印领导人第二\n次非正式会晤并对尼泊尔进行国事访问\n外交部举行中外媒体吹风会介绍有关情况\n"
                + "总是坚持原则、主持公道，坚定支持和\n无私帮助巴基斯坦。事实证明，中国是\n巴基斯坦全天候战略合作伙伴。\n";
        List<Article> as = parse(page);
        for (Article a : as) assertTrue(!a.bodyText().contains("吹风会"), a.title() + ": " + a.bodyText());
        assertTrue(titled(as, "习近平会见巴基斯坦总理伊姆兰·汗").bodyText().replace("\n", "").contains("巴方感谢中国总是坚持原则"));
    }

    @Test
    void titleLineAmongTheSameWordsStaysASubhead() throws Exception {
        List<Article> as = parse(macaoThen("领会精神牢记嘱托", MACAO_3, MACAO_1));
        assertEquals(1, as.size(), as.stream().map(Article::title).toList().toString());
        assertTrue(as.get(0).bodyText().contains("领会精神牢记嘱托"));
    }

    private static final String LEADERS = "外国领导人祝贺国庆七十周年";
    private static final String[] LEADER_PARAS = {
        "甲国总统表示，值此中华人民共和国成立七十周年之际，祝愿中国繁荣昌盛，相信两国友好合作关系将得到进一步巩固。",
        "乙国总统表示，中华人民共和国成立七十周年意义重大，祝愿中国人民幸福安康，期待两国友好合作关系迈上新台阶。",
        "丙国总统表示，七十年来中国取得举世瞩目的成就，祝愿中国繁荣昌盛，愿同中方一道推动两国友好合作关系发展。",
        "丁国总统表示，值此中华人民共和国成立七十周年之际，祝愿中国人民幸福安康，两国友好合作关系将不断向前发展。"};
    private static final String[] AUDIT_PARAS = {
        "督查组在高新区调研时发现，政务服务中心推行一窗受理，企业办事不再来回跑腿，群众办事效率明显提升，窗口服务更加贴心。",
        "数字政务提升了服务效率，督查组建议各地政务服务中心进一步推行网上办理，让信息多跑路、群众少跑腿，办事更加便利。"};

    /** A two-line headline set inside another story's column, that story going on under it; its own text after a sign-off. */
    private static String strandedPage(String signOff) {
        return LEADERS + "\n\n" + para(LEADER_PARAS[0]) + "\n" + para(LEADER_PARAS[1]) + "\n\n"
                + "深化放管服改革\n让群众更有获得感\n\n"
                + para(LEADER_PARAS[2]) + "\n" + para(LEADER_PARAS[3]) + "\n\n"
                + "携手共创中埃友好合作的未来\n" + para(EGYPT_1) + "\n" + para(EGYPT_2) + "\n" + signOff + "\n\n"
                + para(AUDIT_PARAS[0]) + "\n" + para(AUDIT_PARAS[1]) + "\n";
    }

    @Test
    void headlineInsideAnotherStoryWaitsForTheTextAfterASignOff() throws Exception {
        List<Article> as = parse(strandedPage("（作者为中国驻埃及大使）"));
        assertEquals(3, as.size(), as.stream().map(Article::title).toList().toString());
        assertTrue(titled(as, LEADERS).bodyText().contains("丁国总统"), "the story around the headline goes on");
        assertTrue(titled(as, "深化放管服改革让群众更有获得感").bodyText().startsWith("督查组"));
        Article egypt = titled(as, "携手共创中埃友好合作的未来");
        assertTrue(egypt.bodyText().endsWith("（作者为中国驻埃及大使）") && !egypt.bodyText().contains("督查组"), egypt.bodyText());
    }

    @Test
    void storyGoesOnAfterItsSignOffWhenTheWordsDo() throws Exception {
        // pdftotext came back to an earlier column of the signed story: the same words, the same story
        // (text read without its headline otherwise joins the next story of its column width)
        String page = "携手共创中埃友好合作的未来\n" + para(EGYPT_1) + "\n（作者为中国驻埃及大使）\n\n" + para(EGYPT_3) + "\n\n"
                + "澳门各界热议回信精神\n" + para(MACAO_1) + "\n" + para(MACAO_2) + "\n";
        List<Article> as = parse(page);
        assertEquals(2, as.size(), as.stream().map(Article::title).toList().toString());
        assertTrue(titled(as, "携手共创中埃友好合作的未来").bodyText().contains("每一天"));
        assertTrue(!titled(as, "澳门各界热议回信精神").bodyText().contains("每一天"));
    }

    @Test
    void twoLinesOpeningAParagraphThatRunsOnAreNoHeadline() throws Exception {
        String page = "世园会圆满闭幕\n\n" + para("北京世园会九日晚圆满闭幕，国家主席出席闭幕式并致辞，各国嘉宾共同观看了精彩纷呈的文艺演出，现场气氛热烈。")
                + "\n" + para("本届世园会以绿色生活美丽家园为主题，向世界展示了生态文明建设的成果，吸引了众多游客前来参观游览和体验。")
                + "\n" + para("闭幕式上，各参展方代表交接会旗，来自世界各地的园艺工作者相聚一堂，共同分享园艺发展的经验和成果，增进了友谊。") + "\n\n"
                + "胡春华主持闭幕式。\n\n"
                // digits are set half-width: the first line is an indent short of the column, the second full
                + "本届园艺展共有全球120个国家和地\n区组织参展，举办了200余场主题日和荣\n\n"
                + "誉日、5000多场民族民间文化活动，吸引\n了近千万人次参观，展出规模之大、参展\n方数量之多，刷新了世园会历史纪录。\n\n"
                + "“尼中关系将达到新的历史高度”\n——访尼泊尔总统班达里\n\n"
                + para("本报加德满都十月九日电 尼泊尔总统班达里日前接受本报记者专访，她表示尼中两国是山水相连的友好邻邦，两国关系历久弥新。") + "\n";
        List<Article> as = parse(page);
        assertTrue(as.stream().noneMatch(a -> a.title().contains("本届园艺展")), as.stream().map(Article::title).toList().toString());
        assertTrue(titled(as, "世园会圆满闭幕").bodyText().contains("主题日和荣誉日"), titled(as, "世园会圆满闭幕").bodyText());
    }

    @Test
    void particleOpeningALineFollowsTheOpenWordNotAComma() throws Exception {
        // a two-line fragment stopping mid-word (亲历 / 了), then another story's lead stopping on a comma, then the
        // continuation: a clause never opens with 了, so it goes on from 亲历 — a two-line fragment's column is its
        // full second line, not its indented first
        String page = "总书记回信勉励澳门长者\n\n"
                + para("总书记在回信中表示，看到你们的来信，想起了十年前在澳门同大家见面的情景，得知你们退休后热心公益事业，我很高兴。") + "\n\n"
                + "总书记表示，作为新中国的同代人，\n你们见证了国家几十年的沧桑巨变，亲历\n\n"
                + "■记者 乔 栋 通讯员 于 洋\n本报讯 十月七日迎来一年一度的重\n阳节，这是我国第七个法定“老年节”，\n\n"
                + "了“一国两制”在澳门的成功实践。你们\n说为自己是中国人感到由衷的骄傲，希望\n你们多向澳门青年讲一讲回归的故事。\n";
        Article a = titled(parse(page), "总书记回信勉励澳门长者");
        assertTrue(a.bodyText().contains("亲历了“一国两制”"), a.bodyText());
    }

    /** A speech's two-line title over the date and place it was given. */
    private static final String SPEECH_HEAD = "在国际园艺博览会\n闭幕式上的致辞\n（2019年10月9日，北京）\n";
    private static final String SPEECH_TITLE = "在国际园艺博览会闭幕式上的致辞（2019年10月9日，北京）";

    @Test
    void speechTitleWithItsDateAndPlaceHeadsTheSpeech() throws Exception {
        // the title, the line with the date and place, and a line of the first paragraph's end glued under them;
        // then the salutation and the speech, whose first paragraph stops at 各 / 位
        String page = "会见外方嘉宾\n\n" + para("国务院总理九日在人民大会堂会见外方嘉宾，双方就两国关系和共同关心的问题交换了意见，同意继续加强务实合作。") + "\n\n"
                + SPEECH_HEAD + "位嘉宾表示热烈欢迎！\n\n"
                + "女士们，先生们，朋友们：\n\n"
                + "从芳菲春日到斑斓金秋，历时五个多\n月的园艺博览会即将圆满落下帷幕。我谨\n代表中国政府和中国人民，对博览会的成\n功举办表示诚挚的祝贺！对远道而来的各\n\n"
                + para("园艺博览会是一届绿色的盛会，各国展园争奇斗艳，向世界展示了生态文明建设的丰硕成果，吸引了近千万人次参观。") + "\n";
        Article speech = titled(parse(page), SPEECH_TITLE);
        assertTrue(speech.bodyText().startsWith("女士们，先生们，朋友们："), speech.bodyText());
        assertTrue(speech.bodyText().contains("对远道而来的各位嘉宾表示热烈欢迎！"), speech.bodyText());
    }

    @Test
    void speechAddressPrintedInsideAnotherStoryOpensTheSpeech() throws Exception {
        String page = "会见外方嘉宾\n\n" + para("国务院总理九日在人民大会堂会见外方嘉宾，双方就两国关系和共同关心的问题交换了意见。")
                + "\n外方表示，愿同中方巩固友谊，积极参与共建“一带一\n尊敬的各位政府首脑和夫\n人，\n\n"
                + "尊敬的国际展览局秘书长和国际园艺\n生产者协会主席，\n\n"
                + "路”，实现更多互利共赢。\n\n"
                + SPEECH_HEAD + "\n"
                + "女士们，先生们，朋友们：\n\n"
                + para("从芳菲春日到斑斓金秋，历时五个多月的园艺博览会即将圆满落下帷幕。我谨代表中国政府和中国人民表示衷心祝贺。") + "\n";
        List<Article> as = parse(page);
        Article speech = titled(as, SPEECH_TITLE);
        // each address a paragraph of its own, as the page sets them
        assertEquals(List.of("尊敬的各位政府首脑和夫人，", "尊敬的国际展览局秘书长和国际园艺生产者协会主席，", "女士们，先生们，朋友们："),
                speech.body().subList(0, 3).stream().map(org.kanbao.model.BodyBlock::text).toList(), speech.bodyText());
        assertTrue(!titled(as, "会见外方嘉宾").bodyText().contains("尊敬的"), titled(as, "会见外方嘉宾").bodyText());
    }

    @Test
    void headlineGluedOverTheRestOfItsStoryHeadsIt() throws Exception {
        // the headline's first body line goes on from …进入耄耋之 (耄耋之年); the text before that open end names
        // what the headline names, so the line is a headline, not an indented paragraph start
        String page = LEADERS + "\n\n" + para(LEADER_PARAS[0]) + "\n" + para(LEADER_PARAS[1]) + "\n\n"
                + "新华社北京10月7日电 在全国上下\n隆重庆祝新中国成立70周年之际，中央宣\n传部7日在北京向全社会宣传发布王振华\n的先进事迹，授予他“时代楷模”称号。\n\n"
                // the open end is set a character short (its commas take half a character each)
                + "王振华是中国科学院院士、著名炼油\n工程技术专家。他心有大我、至诚报国，\n新中国成立之初就投身石化事业，为石化\n工业作出了开创性的贡献，进入耄耋之\n\n"
                + para(LEADER_PARAS[2]) + "\n\n"
                + "中宣部授予王振华“时代楷模”称号\n年，仍然奋战在科研一线。他淡泊名利、甘\n为人梯，为国家培养了一大批石化专家。\n";
        List<Article> as = parse(page);
        Article a = titled(as, "中宣部授予王振华“时代楷模”称号");
        assertTrue(a.bodyText().contains("授予他“时代楷模”称号") && a.bodyText().contains("进入耄耋之年，仍然奋战"), a.bodyText());
    }
}
