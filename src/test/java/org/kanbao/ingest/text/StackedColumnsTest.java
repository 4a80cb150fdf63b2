package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stories stacked in one strip of a page, whose first columns pdftotext printed one after the other with no blank
 * line between them (People's Daily, 9 October 2019, page 3: 大使随笔 over 做埃中友好的传颂者 over two news items).
 * The text is taken from that page, 13 characters to a column line.
 */
class StackedColumnsTest {
    // 大使随笔: its first column ends mid-sentence; its second column takes up that sentence
    private static final String[] ENVOY = {"几内亚是第一个同中国建", "交的撒哈拉以南非洲国家，今", "年10月4日，两国迎来建交60", "周年。60年来，中几双方相互",
            "尊重、平等相待、彼此信赖，", "在共同发展的道路上携手前", "行，树立了中非友好合作的典", "范。中几关系的开创意义是两", "国关系的宝贵财富。回首上世",
            "纪四五十年代，新中国的成立", "极大地鼓舞了广大亚非拉被压", "迫民族的解放斗争。几内亚宣", "布独立，毛泽东主席、周恩来",
            "总理随即致电塞古·杜尔总统", "予以承认。中几建交以来，两", "国关系经受住了国际风云变幻", "的考验，始终保持健康稳定发", "展。几内亚长期坚定奉行一个"};
    private static final String[] ENVOY_ON = {"原则，在上世纪70年代力主恢", "复中国在联合国的合法席位。", "近年来，中几高层交往频繁，", "政治互信不断增强。2016年至",
            "今，孔戴总统三次赴华，同习", "近平主席举行了富有成果的会", "谈，确立了两国全面战略合作", "伙伴关系。中国长期向几内亚", "提供无私帮助，人民宫、总统",
            "府、广电大厦、友谊医院等援", "建项目见证了两国历久弥坚的", "深厚情谊。2014年，埃博拉病", "毒肆虐几内亚，中国政府率先", "驰援，书写了中几共克时艰的",
            "又一段佳话。"};
    // 许其亮会见…: a dispatch whose first column ends mid-word (的标 / 杆)
    private static final String[] ARMY = {"新华社北京10月8日电", "（记者梅世雄）中央军委副主", "席许其亮8日在八一大楼会见", "巴基斯坦陆军参谋长巴杰瓦。",
            "许其亮说，中巴友谊历经", "国际风云变幻考验，坚如磐", "石。面向新时代，习近平主席", "提出要将中巴关系打造成睦邻", "友好的典范、地区和平稳定的",
            "支柱和共建“一带一路”的标"};

    // the envoy's story, and the dispatch whose first column pdftotext printed the envoy's second column under
    private final Piece envoy = body(11, ENVOY);
    private final HeadlineFirstOrder.Draft ambassador = draft("在共同发展的道路上携手前行", envoy);
    private final Piece lead = body(96, java.util.Arrays.copyOfRange(ARMY, 0, 4));
    private final Piece talks = body(101, java.util.Arrays.copyOfRange(ARMY, 4, ARMY.length));
    private final Piece on = body(108, ENVOY_ON);

    // a paragraph of the students' story printed inside a sentence of the white paper story
    private final Piece open = body(238, "“70年来，从一个贫穷落", "后的国家发展成为一个高度繁", "荣的现代化国家，这是一个令",
            "人赞叹的发展历程，中国的成", "功对世界各国而言都是激", "励。”印度尼西亚外交政策协");
    private final Piece inside = body(245, "正在准备汉语水平考试的", "曼都哈在演出中表演了中国武", "术。他从小在伊斯梅利亚武术",
            "俱乐部学习中国武术，对中国", "文化有着浓厚兴趣，后来又选", "择中文作为大学专业。");
    private final Piece show = body(42, "“好一朵美丽的茉莉", "花……”10月7日上午，一首", "中国民歌的悠扬旋律回响在埃",
            "及苏伊士运河大学校园，动人", "歌声令人陶醉。正在演唱这首", "《茉莉花》的是该校刚刚升入", "大二的埃及学生宋语嫣，演出",
            "由苏伊士运河大学孔子学院的", "学生表演，有中国武术和舞蹈。");
    private final HeadlineFirstOrder.Draft students = draft("“做埃中友好的传颂者”", show);

    private static Piece body(int start, String... lines) {
        Piece p = new Piece(Piece.Kind.BODY, start);
        p.lines.addAll(List.of(lines));
        p.width = 13;
        return p;
    }

    private static HeadlineFirstOrder.Draft draft(String title, Piece... rest) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        if (title != null) {
            Piece t = new Piece(Piece.Kind.TITLE, rest[0].start - 1);
            t.lines.add(title);
            d.titles.add(t);
        }
        d.rest.addAll(List.of(rest));
        return d;
    }

    private static List<Piece> pieces(String text) {
        return new PieceReader().read(List.of(text.split("\n", -1)));
    }

    private static List<Piece> bodies(List<Piece> ps) {
        return ps.stream().filter(p -> p.kind == Piece.Kind.BODY).toList();
    }

    @Test
    void aShortLineUnderAFullOpenLineStartsAnotherStorysColumn() {
        // no line inside a paragraph is three characters short, and a paragraph's first line is only two short
        List<Piece> ps = bodies(pieces("""
                中几建交以来，两国关系
                经受住了国际风云变幻的考
                验，始终保持健康稳定发展。
                几内亚长期坚定奉行一个中国
                “好一朵美丽的茉莉
                花……”10月7日上午，一首
                中国民歌的悠扬旋律回响在埃
                及苏伊士运河大学校园，动人
                歌声令人陶醉。
                """));
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("几内亚长期坚定奉行一个中国", ps.get(0).last());
        assertTrue(ps.get(1).seam);
        // two characters short is a paragraph's first line: a paragraph may follow a sentence end, so no cut
        List<Piece> indented = bodies(pieces("""
                中几建交以来，两国关系
                经受住了国际风云变幻的考
                验，始终保持健康稳定发展。
                几内亚长期坚定奉行一个中国
                原则，在上世纪70年代力
                主恢复中国在联合国的合法
                席位。近年来，中几高层交往
                频繁，政治互信不断增强。
                """));
        assertEquals(1, indented.size(), indented.toString());
    }

    @Test
    void aNumberDoesNotRunOnIntoAPlainNoun() {
        assertTrue(FragmentChains.numberCannotRunOn("亲在于心相通。中几关系的60", "文化桥梁，增进两国间的人文"));
        assertFalse(FragmentChains.numberCannotRunOn("亲在于心相通。中几关系的60", "年，是交融互鉴的60年。中国"));
        assertFalse(FragmentChains.numberCannotRunOn("观者达934", "万人次，创历史新高。"));
        assertFalse(FragmentChains.numberCannotRunOn("上世纪80", "年代以来，两国关系"));
        // digits inside a Latin name or a code are no number
        assertFalse(FragmentChains.numberCannotRunOn("二十国集团G20", "峰会在大阪举行，"));
        List<Piece> ps = bodies(pieces("""
                国之交在于民相亲，民相
                亲在于心相通。中几关系的60
                文化桥梁，增进两国间的人文
                交流。
                """));
        assertEquals(2, ps.size(), ps.toString());
        assertFalse(ps.get(1).seam, "the text after the cut takes up a sentence: it looks for its open end");
    }

    @Test
    void textGluedToAnOpenEndInOtherWordsGoesToTheEarlierOpenEndOfItsWords() {
        HeadlineFirstOrder.Draft dispatch = draft(null, lead, talks, on);
        FragmentChains.rechain(new ArrayList<>(List.of(ambassador, dispatch)));
        assertEquals(List.of(envoy, on), ambassador.rest);
        assertEquals(List.of(lead, talks), dispatch.rest);
    }

    @Test
    void gluedTextStaysWhenTheTextItWasGluedToSharesItsWordsAlmostAsMuch() {
        // the dispatch speaks of high-level exchanges too: the envoy's text shares the glued text's words, but not
        // twice as much
        Piece sameWords = body(101, "许其亮说，中巴友谊历经", "国际风云变幻考验，坚如磐", "石。高层交往频繁，政治互信", "不断增强，面向新时代，习近",
                "平主席提出要将中巴关系打造", "成睦邻友好的典范、地区和平", "稳定的支柱和共建“一带”的标");
        HeadlineFirstOrder.Draft dispatch = draft(null, lead, sameWords, on);
        FragmentChains.rechain(new ArrayList<>(List.of(ambassador, dispatch)));
        assertEquals(List.of(envoy), ambassador.rest);
        assertEquals(List.of(lead, sameWords, on), dispatch.rest);
    }

    @Test
    void aContinuationTakesAnOpenEndInItsWordsOverTheNearestInOtherWords() {
        Piece column = body(77, "苏伊士运河大学孔子学院", "中方院长朱廷婷表示，爱国情", "怀没有国界。除了学习中文的", "学生，也有其他院系的埃及学",
                "生主动要求参与演出。举办这", "场活动，这场演出的演职人员", "都是苏伊士运河大学的埃及学", "生，孔子学院老师精心准备，", "不仅是希望向埃及民众讲述中",
                "国故事，同学们也都希望架设");
        HeadlineFirstOrder.Draft story = draft(null, column);
        HeadlineFirstOrder.Draft army = draft(null, body(101, ARMY));
        Piece bridge = body(169, "文化桥梁，增进两国间的人文", "交流。“通过这次演出，我对中", "国这些年的发展了解得更加深", "入了。”当地大三学生艾丽与",
                "其他3名同学一起参加了演出，", "苏伊士运河大学孔子学院的埃", "及学生们精心准备了节目，同", "学们提前半个月就开始练习，",
                "早在一周前，她就在微信朋友", "圈发布节目预告。近5分钟的", "节目有大量台词需要背诵，为", "此艾丽和同学们提前半个月就", "开始练习和准备。");
        HeadlineFirstOrder.Draft left = draft(null, bridge);
        left.rest.add(0, body(167, "国之交在于民相亲，民相", "亲在于心相通。中几关系的60"));
        FragmentChains.rechain(new ArrayList<>(List.of(story, army, left)));
        assertEquals(List.of(column, bridge), story.rest);
    }

    @Test
    void aLineCutWhereWordsCrossToTwoOtherPlacesSplitsItsFragment() {
        // 工业和信息 / 杆。: 信息化 goes on in 化部副部长…, 标杆 in …的标
        HeadlineFirstOrder.Draft trade = draft(null, body(85, "新华社北京10月8日电", "应美方邀请，中共中央政治局", "委员、国务院副总理、中美全",
                "面经济对话中方牵头人刘鹤将", "率团访问华盛顿，于10月10日", "至11日同美国贸易代表莱特希", "泽、财政部长姆努钦举行新一", "轮中美经贸高级别磋商。"));
        Piece start = body(94, "中方代表团主要成员包括");
        start.loneStart = true;
        trade.rest.add(start);
        HeadlineFirstOrder.Draft army = draft(null, body(96, ARMY));
        Piece glued = body(431, "商务部部长钟山，中国人民银", "行行长易纲，国家发展改革委", "部副部长郑泽光，工业和信息", "杆。中方愿与巴方一道，落实",
                "两国领导人达成的重要共识，", "关系不断推向前进。");
        Piece talk = body(442, "巴杰瓦说，热烈祝贺中华", "人民共和国成立70周年，愿进", "护地区和平稳定作贡献。");
        Piece ministry = body(448, "化部副部长王志军，中央农办", "副主任、农业农村部副部长韩", "谈判副代表王受文。");
        HeadlineFirstOrder.Draft rest = draft("刘鹤应邀赴美举行新一轮中美经贸高级别磋商", glued, talk, ministry);
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(trade, army, rest));
        FragmentChains.rechain(drafts);
        List<String> armyText = army.rest.stream().map(Piece::first).toList();
        assertEquals(List.of("新华社北京10月8日电", "杆。中方愿与巴方一道，落实", "巴杰瓦说，热烈祝贺中华"), armyText);
        List<String> lasts = new ArrayList<>();
        for (HeadlineFirstOrder.Draft d : drafts) for (Piece p : d.rest) lasts.add(p.last());
        assertTrue(lasts.indexOf("谈判副代表王受文。") == lasts.indexOf("部副部长郑泽光，工业和信息") + 1, lasts.toString());
    }

    @Test
    void textGluedUnderAHeadlineGoesOnFromTheStoryTheHeadlineNames() {
        Piece tradeLead = body(85, "新华社北京10月8日电", "应美方邀请，中共中央政治局", "委员、国务院副总理、中美全", "面经济对话中方牵头人刘鹤将",
                "率团访问华盛顿，于10月10日", "至11日同美国贸易代表莱特希", "泽、财政部长姆努钦举行新一", "轮中美经贸高级别磋商。");
        Piece start = body(94, "中方代表团主要成员包括");
        start.loneStart = true;
        HeadlineFirstOrder.Draft trade = draft(null, tradeLead, start);
        // a nearer open end in other words
        Piece army = body(101, ARMY);
        HeadlineFirstOrder.Draft other = draft(null, army);
        Piece names = body(431, "商务部部长钟山，中国人民银", "行行长易纲，国家发展改革委", "副主任宁吉喆，中央财办副主", "任、财政部副部长廖岷。");
        HeadlineFirstOrder.Draft titled = draft("刘鹤应邀赴美举行新一轮中美经贸高级别磋商", names);
        FragmentChains.rechain(new ArrayList<>(List.of(trade, other, titled)));
        assertEquals(List.of(tradeLead, start, names), trade.rest);
        assertEquals(List.of(army), other.rest);
    }

    @Test
    void aParagraphPrintedInsideASentenceGoesToTheStoryOfItsWords() {
        Piece goesOn = body(258, "会创始人、前副外长迪诺在接", "受本报记者采访时表示，灵活", "务实的发展方针、持之不懈的", "努力是中国实现跨越式发展的",
                "重要因素。");
        HeadlineFirstOrder.Draft paper = draft("“成功走出一条符合国情的发展道路”", open, goesOn, inside);
        Interlopers.apply(new ArrayList<>(List.of(students, paper)));
        assertEquals(List.of(show, inside), students.rest);
        assertEquals(List.of(open, goesOn), paper.rest);
    }

    @Test
    void aParagraphPrintedInsideASentenceStaysWhenItsOwnStorySharesItsWordsAlmostAsMuch() {
        // the host speaks of students of Chinese in Ismailia too: the other story shares the paragraph's words a little
        // more, not half as much again
        Piece goesOn = body(258, "会创始人、前副外长迪诺在接", "受本报记者采访时表示，在伊", "斯梅利亚学习中文的大学生越", "来越多。");
        HeadlineFirstOrder.Draft paper = draft("“成功走出一条符合国情的发展道路”", open, goesOn, inside);
        Interlopers.apply(new ArrayList<>(List.of(students, paper)));
        assertEquals(List.of(show), students.rest);
        assertEquals(List.of(open, goesOn, inside), paper.rest);
    }

    @Test
    void aHeadlineWithNoBodyAfterItHeadsTheStoryWithoutHeadlinePrintedRightBeforeIt() {
        HeadlineFirstOrder.Draft headless = draft(null, body(42, "“好一朵美丽的茉莉", "花……”10月7日上午，一首", "歌声令人陶醉。"));
        Piece title = new Piece(Piece.Kind.TITLE, 188);
        title.lines.add("“做埃中友好的传颂者”");
        HeadlineFirstOrder.Draft headline = new HeadlineFirstOrder.Draft();
        headline.titles.add(title);
        HeadlineFirstOrder.Draft next = draft("“成功走出一条符合国情的发展道路”", body(197, "中国发布《新时代的中国", "与世界》白皮书以来，持续引", "发国际社会热烈反响。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(headless, headline, next));
        HeadlineFirstOrder.mergeHeadless(drafts);
        assertEquals(List.of(title), headless.titles);
        assertEquals(2, drafts.size());
        // a kicker heads the story after it: it does not take the text printed before it
        HeadlineFirstOrder.Draft headless2 = draft(null, body(42, "“好一朵美丽的茉莉", "花……”10月7日上午，一首", "歌声令人陶醉。"));
        Piece kicker = new Piece(Piece.Kind.TITLE, 188);
        kicker.lines.add("各地开展尊老敬老爱老孝老活动——");
        HeadlineFirstOrder.Draft lone = new HeadlineFirstOrder.Draft();
        lone.titles.add(kicker);
        HeadlineFirstOrder.mergeHeadless(new ArrayList<>(List.of(headless2, lone)));
        assertEquals(List.of(), headless2.titles);
    }

    @Test
    void theStripAfterGluedTextGoesWithItAndItsLastParagraphsFollowTheColumnItTakesUp() {
        // the top of the third column, which takes up the sentence the second column's last paragraph leaves open
        Piece top = body(137, "年，是交融互鉴的60年。中国", "自1968年起向几内亚派遣医疗", "队，有力推动了当地健康卫生", "事业发展。两国文化艺术团组",
                "多次互访，深受对方民众欢", "迎。中国还致力于帮助几内亚", "人才建设，长期向几内亚提供", "奖学金和培训机会。");
        Piece coda = body(150, "携手六秩，风雨同舟，砥", "砺前行，中几关系踏上新起", "点。中几两国将携手开创中几", "关系更加美好的新时代。");
        Piece sign = body(164, "（作者为中国驻几内亚大", "使）");
        Piece close = body(167, "国之交在于民相亲，民相", "亲在于心相通。中几关系的60");
        // glued under it, another story's column: a number does not run on into a plain noun
        Piece bridge = body(169, "文化桥梁，增进两国间的人文", "交流。");
        HeadlineFirstOrder.Draft dispatch = draft(null, lead, talks, on, top, coda, sign, close, bridge);
        FragmentChains.rechain(new ArrayList<>(List.of(ambassador, dispatch)));
        // the sign-off ends the story: what was printed between the column top and the open end it takes up follows it
        assertEquals(List.of(envoy, on, close, top, coda, sign), ambassador.rest);
        assertEquals(List.of(lead, talks), dispatch.rest.subList(0, 2));
    }

    @Test
    void textUnderAPhotoLabelInOtherWordsGoesToTheStoryOfItsWords() {
        Piece council = body(401, "度，规定了机关、团体、企业", "事业单位和其他组织的档案管", "理责任，增加了档案信息化建", "设的规定。会议决定，草案经",
                "进一步修改后提请全国人大常", "委会审议。");
        Piece label = body(413, "图片报道");
        label.subheads.add(0);
        Piece speech = body(415, "苏伊士运河大学语言学院", "院长哈桑·拉杰卜表示：“希望", "有更多埃及同学抓住历史机遇，", "做埃中友好的传颂者。”");
        Piece sign = body(426, "（本报埃及伊斯梅利亚10", "月8日电）");
        HeadlineFirstOrder.Draft meeting = draft("李克强主持召开国务院常务会议", council, label, speech, sign);
        Piece column = body(42, "“好一朵美丽的茉莉", "花……”10月7日上午，一首", "中国民歌的悠扬旋律回响在埃", "及苏伊士运河大学校园，埃及",
                "同学们在孔子学院的演出中表", "达对埃中两国的祝福。");
        HeadlineFirstOrder.Draft story = draft("“做埃中友好的传颂者”", column);
        Piece caption = body(455, "第二届“中国白”国际陶瓷艺术大奖赛获奖作品展在法国尼斯揭幕。");
        caption.width = 0;
        Piece credit = new Piece(Piece.Kind.BYLINE, 458);
        credit.lines.add("■摄影 徐永春");
        HeadlineFirstOrder.Draft photo = draft(null, caption, credit);
        TitleAffinity.photoLabels(new ArrayList<>(List.of(story, meeting, photo)));
        assertEquals(List.of(label), photo.titles);
        assertEquals(List.of(council), meeting.rest);
        assertEquals(List.of(column, speech, sign), story.rest);
    }
}
