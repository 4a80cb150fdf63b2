package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;
import org.kanbao.testing.Fixtures;

class TextPageParserTest {
    /** Line ranges (from, to; 0-based, end exclusive) of a pd-2019-10 page, joined with a blank line between them. */
    private static String slices(String page, int... ranges) throws Exception {
        List<String> all = java.nio.file.Files.readAllLines(Fixtures.pd().resolve(page));
        List<String> out = new java.util.ArrayList<>();
        for (int k = 0; k + 1 < ranges.length; k += 2) {
            if (k > 0) out.add("");
            out.addAll(all.subList(ranges[k], Math.min(ranges[k + 1], all.size())));
        }
        return String.join("\n", out);
    }

    private static ParsedPage parse(String text) throws Exception {
        return TextPageParser.parseText(text, "t.txt", ImportHints.NONE).get(0);
    }

    @Test
    void pageHeaderBecomesMetadataNotArticles() throws Exception {
        for (Path txt : Fixtures.pdFiles(".txt")) {
            ParsedPage p = new TextPageParser().parse(txt, ImportHints.NONE).get(0);
            assertEquals("人民日报", p.paper(), txt.toString());
            assertTrue(p.date() != null && p.date().getYear() == 2019, txt.toString());
            for (Article a : p.articles()) {
                assertFalse(a.title().contains("责任编辑") || a.title().startsWith("人民日报") || a.bodyText().startsWith("责任编辑"), a.title());
            }
        }
        ParsedPage p3 = page("pd-20191008-A-p03.txt");
        assertEquals(3, p3.page());
        assertEquals("要闻", p3.section());
        assertEquals(LocalDate.of(2019, 10, 8), p3.date());
    }

    @Test
    void secondEditorOnALineOfItsOwnIsPageHeader() throws Exception {
        ParsedPage p = parse("""
                人民日报

                责任编辑：陈静

                观察

                本报北京10月7日电 近14亿人口，世界规模最大的中等
                收入群体，巨大的市场空间已成为保障。

                吴琳

                “中国取得的
                成就举世瞩目”

                本报巴黎10月7日电 法国前总统德斯坦接受本报记者采访
                时表示，中国取得的成就举世瞩目。
                """);
        assertTrue(p.notes().contains("page header: 责任编辑：陈静 吴琳"), p.notes().toString());
        for (Article a : p.articles()) assertFalse(a.title().contains("吴琳"), a.title());
        assertTrue(p.articles().stream().anyMatch(a -> a.title().contains("观察")), "a word is no name");
    }

    @Test
    void wideLinesBetweenHeadlineAndLeadAreItsSubtitle() throws Exception {
        ParsedPage p = parse("""
                李克强主持召开国务院常务会议
                审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投
                资兴业提供制度保障；讨论通过《中华人民共和国档案法（修订草案）》
                新华社北京10月8日电
                国务院总理李克强10月8日主
                持召开国务院常务会议，审议
                通过《优化营商环境条例（草
                案）》，以政府立法为各类市
                场主体投资兴业提供制度保
                障。
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        // the title lines stay with their story (the assembler still labels them kicker / headline / subtitle)
        assertTrue(a.title().startsWith("李克强主持召开国务院常务会议"), a.title());
        assertTrue(a.title().contains("审议通过") && a.title().endsWith("（修订草案）》"), a.title());
        assertTrue(a.bodyText().startsWith("国务院总理"), a.bodyText());
    }

    @Test
    void loneParagraphStartAboveAHeadlineGoesBackToItsStory() throws Exception {
        ParsedPage p = parse("""
                北京世园会交出精彩答卷

                本报北京10月8日电
                在北京延庆面积五百公顷的园
                区内，构建了一山一湖一阁一
                镇四馆一剧场两轴多片区的景
                致，荟萃精华。

                园、七个联合展园与各省区市
                及港澳台地区展园，此外还有
                百蔬园、百草园、百果园及多
                个企业展园。

                “北京世园会向世界展示
                了中国推进绿色发展的决心和
                成就，为其他国家的生态文明
                发展提供了经验。”周剑平表
                示。

                园区建设有许多个独立展

                李克强主持召开国务院常务会议

                新华社北京10月8日电
                国务院总理李克强十月八日主
                持召开国务院常务会议，审议
                通过《优化营商环境条例》。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        assertEquals("李克强主持召开国务院常务会议", p.articles().get(1).title());
        String body = p.articles().get(0).bodyText().replace("\n", "");
        assertTrue(body.contains("园区建设有许多个独立展园、七个联合展园"), body);
    }

    @Test
    void summaryBoxLabelIsTheFirstParagraphNotATitle() throws Exception {
        ParsedPage p = parse("""
                记者持续了解通知落实情况——

                减负见成效 基层盼长效
                核心阅读

                各地不断落实“减负
                令”，基层一线的干部群众看
                到了可喜变化：会少了、文少
                了、表少了、检查少了。

                减负效果显现，如何进一步
                解决长期困扰基层的形式主义
                问题，更多工作尚需探索。
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        assertEquals("减负见成效 基层盼长效", a.headline());
        assertEquals("核心阅读", a.body().get(0).text());
        assertTrue(a.body().get(1).text().startsWith("各地不断落实"), a.body().toString());
        // standing alone at the top, before the story's headline: still the body's opening paragraph
        ParsedPage q = parse("""
                核心阅读

                各地不断落实“减负
                令”，基层一线的干部群众看
                到了可喜变化：会少了、文少
                了、表少了、检查少了。

                减负效果显现，如何进一步
                解决长期困扰基层的形式主义
                问题，更多工作尚需探索。记
                者近日深入多地调查采访，观
                """);
        assertEquals(1, q.articles().size(), q.articles().toString());
        assertEquals("", q.articles().get(0).title());
        assertEquals("核心阅读", q.articles().get(0).body().get(0).text());
    }

    @Test
    void columnNameBetweenKickerAndHeadlineGoesToTheCommentary() throws Exception {
        ParsedPage p = parse("""
                通知印发七个月来，基层落实情况如何？

                人民论坛

                减负看得见 一线变化多
                ■记 者 刘 阳
                会议少了，文件短了，基层干部有更多时间
                抓落实。记者近日走访多地了解到，过去层
                层开会、层层记录的做法正在改变，基层干
                部的负担轻了。

                对祖国最深情的告白是奋斗
                新中国70华诞，让这个国庆长假成
                为人们向祖国表达深厚情感的节日。
                “我爱你，中国”的由衷礼赞，响彻在
                无数中国人心中，涌动在祖国大地各
                个角落。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article news = p.articles().get(0), column = p.articles().get(1);
        assertEquals("通知印发七个月来，基层落实情况如何？", news.kicker());
        assertEquals("减负看得见 一线变化多", news.headline());
        assertEquals("人民论坛", column.kicker());
        assertEquals("对祖国最深情的告白是奋斗", column.headline());
        assertEquals(org.kanbao.model.ArticleKind.COMMENTARY, column.kind());
    }

    @Test
    void fragmentWithManyShortLinesIsMeasuredAtItsPageColumn() throws Exception {
        ParsedPage p = parse("""
                追求卓越天更阔

                整个长三角在科创龙头上海的
                引领下，数据资源打造成一个
                库，产业协同形成了一张图，
                三十五万平方公里的区域正变
                得越来越小。

                把握新方位，上海发展路径更
                加清晰：从要素驱动转向创新
                驱动，建设国际经济、金融、
                贸易、航运、科技等中心，一
                个个目标落到实处。蓝图绘到

                李克强主持召开国务院常务会议

                底，上海高质量发展的脚步更
                稳，活力更强了！
                打造新优势——
                擦亮国之重器，突破核心技
                术，迈向创新高地
                当好排头兵、先行者，上
                海靠什么？
                """);
        for (Article a : p.articles()) assertFalse(a.title().contains("底，上海"), a.title());
        String body = p.articles().get(0).bodyText().replace("\n", "");
        assertTrue(body.contains("蓝图绘到底，上海高质量发展"), body);
    }

    /** A headline over one paragraph set in a 13-character column. */
    private static final String SHANGHAI = """
            追求卓越天更阔

            上海之新，不仅在于颜值
            更在其追求卓越的气质。大飞
            机一飞冲天，磁悬浮列车奔驰
            上海不断攀登创新高度、挑战
            创新深度、刷新创新的速度。
            """;

    @Test
    void paragraphWithAnIndentAndAShortLineIsMeasuredAtItsColumn() throws Exception {
        // 13-character column: the indented first line and a line left short (干。” may not start a line without
        // its 干) must not make the paragraph look like a column of another story
        ParsedPage p = parse(SHANGHAI + """

                十年磨一剑，一飞冲天的
                大飞机，攻克了100多项核心
                技术。“只要能推动向价值链
                高端攀登，就坚定不移地
                干。”中国商飞人信心十足。

                上海与合肥，空间距离四百
                余公里，张江科学城与合肥滨
                湖科学城双城同创，拉近了两
                个城市的心理距离。
                """);
        assertEquals(1, p.articles().size(), p.articles().stream().map(Article::title).toList().toString());
        String body = p.articles().get(0).bodyText();
        assertTrue(body.indexOf("十年磨一剑") >= 0 && body.indexOf("十年磨一剑") < body.indexOf("上海与合肥"), body);
    }

    @Test
    void textNothingElseClaimsFollowsTheOpenEndOfAColumnACharacterWider() throws Exception {
        ParsedPage p = parse("""
                今日谈

                平凡孕育着伟大
                为了让身心调整到最好状态，国庆
                阅兵仪式和群众游行的电视直播解说员
                一边吸氧一边备稿；为了保障国庆期间
                电网安全稳定运行，四川省近万名电力
                工人坚守岗位；森林消防员在森林腹地
                一驻守就是整整三个月时间，每逢国庆

                """ + SHANGHAI + """

                期间也无法回家……新中国七十华诞
                之际，不同岗位劳动者的默默坚守
                与付出，正是对祖国的深情祝福。
                """);
        assertEquals(2, p.articles().size(), p.articles().stream().map(Article::title).toList().toString());
        String body = p.articles().get(0).bodyText().replace("\n", "");
        assertTrue(body.contains("每逢国庆期间也无法回家"), body);
    }

    @Test
    void shortFragmentWrappedFarShortOfTheColumnGoesToTheNarrowerStory() throws Exception {
        // a line breaks only when it is full: 支部唱主角，“领唱”最 / 关键。 was set in the 13-character column
        ParsedPage p = parse("""
                支部，如何在基层工作中唱主角

                党的十八大以来，以习近
                平同志为核心的党中央高度重
                视党支部建设，提出一系列新
                思想新要求。

                今年冬小麦力争稳定在3.3亿亩以上

                本报北京10月8日电 记者从农业
                农村部获悉：今年秋冬种已全面展开，各
                级农业农村部门将深入推进农业供给侧结
                构性改革，力争冬小麦面积稳定。

                支部唱主角，“领唱”最
                关键。

                下乡村、奔社区、进学
                校、到企业……调研中我们听
                到最多一句话是：抓支部，关
                键是抓支部书记。
                """);
        Article wheat = p.articles().stream().filter(a -> a.title().startsWith("今年冬小麦")).findFirst().orElseThrow();
        Article branch = p.articles().stream().filter(a -> a.title().startsWith("支部")).findFirst().orElseThrow();
        assertFalse(wheat.bodyText().contains("领唱"), wheat.bodyText());
        assertTrue(branch.bodyText().contains("支部唱主角，“领唱”最关键。"), branch.bodyText());
    }

    @Test
    void loneKickerOverALeadJoinsTheStoryThatNamesIt() throws Exception {
        ParsedPage p = parse("""
                暴徒无法无天 特区政府决心止暴制乱
                林郑月娥8日出席行政会
                议前会见媒体。她表示，暴徒
                的暴力破坏行为对香港的零
                售、餐饮、旅游和酒店业造成
                严重打击。

                习近平会见巴基斯坦总理
                本报北京10月9日电 国家主
                席习近平9日在钓鱼台国宾馆
                会见巴基斯坦总理伊姆兰·汗
                并同他举行了会谈。

                林郑月娥：

                新华社香港10月8日电
                香港特区行政长官林郑月娥8
                日表示，在过去的长周末，暴
                徒在香港各区施行严重、广泛
                的破坏行为。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        assertEquals("林郑月娥：", a.kicker());
        assertEquals("暴徒无法无天 特区政府决心止暴制乱", a.headline());
        assertEquals("新华社香港10月8日电", a.lead());
        assertTrue(a.bodyText().startsWith("香港特区行政长官") && a.bodyText().contains("林郑月娥8日出席行政会"), a.bodyText());
        assertEquals("习近平会见巴基斯坦总理", p.articles().get(1).title());
    }

    @Test
    void loneParagraphStartBetweenBodiesGoesBeforeItsEarlierPrintedRest() throws Exception {
        // 林郑月娥表示，暴乱已经 stands alone between two fragments, after the rest of its paragraph (持续近4个月……)
        ParsedPage p = page("pd-20191009-B-p04.txt");
        Article a = p.articles().stream().filter(x -> x.headline().contains("暴徒无法无天")).findFirst().orElseThrow();
        String body = a.bodyText().replace("\n", "");
        assertTrue(body.contains("纾困。林郑月娥表示，暴乱已经持续近4个月"), body);
    }

    @Test
    void narrowTwoLineTitleUnderALeadParagraphIsItsHeadline() throws Exception {
        ParsedPage p = parse("""
                张庆黎出席朝鲜驻华使馆招待会

                本报北京10月9日电 全国政协副主
                席张庆黎9日应邀出席朝鲜驻华使馆中
                朝建交70周年招待会并致辞，其间同朝
                鲜驻华大使就中朝关系交换了意见。

                据新华社法国尼斯10月8日电 第四
                届中法文化论坛7日在法国尼斯正式开
                幕，300多位与会嘉宾聚焦中法人文交
                流，围绕两国在旅游等领域展开对话。

                第四届中法文化
                论坛在尼斯举行

                本届论坛主题为“‘一带一路’：文
                明对话与合作共赢”。全国人大常委会
                副委员长陈竺在论坛开幕式上表示，今
                年是中华人民共和国成立70周年。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(1);
        assertEquals("第四届中法文化论坛在尼斯举行", a.title());
        assertEquals("据新华社法国尼斯10月8日电", a.lead());
        assertTrue(a.bodyText().startsWith("第四届中法文化论坛7日") && a.bodyText().contains("本届论坛主题"), a.bodyText());
    }

    @Test
    void neighboursKickerAndHeadlineBetweenAHeadlineAndItsSubtitle() throws Exception {
        ParsedPage p = parse("""
                本报讯 “放管服”改革旨在推动政府职能深刻转变，使
                市场在资源配置中起决定性作用和更好发挥政府作用，向市场
                放权、给企业松绑、让百姓受益，有效激发市场活力、发展动
                力和社会创造力。督查组来到江西上饶，一块大屏幕吸

                深化“放管
                服”改革 让群
                众更有获得感

                习近平主席回信充满深情语重心长——

                澳门社会各界深受鼓舞倍感振奋

                ——2019年国务院大督查综述之四
                ■记 者 张云河
                人眼球。在屏幕左侧，事件云图、纠纷调解、雪亮工程、心理
                咨询、平安小区等动态实时更新，每一个执法案件都有迹可
                循。
                """);
        Article a = p.articles().get(0);
        assertEquals("深化“放管服”改革 让群众更有获得感", a.headline());
        assertEquals("——2019年国务院大督查综述之四", a.subtitle());
        assertEquals("", a.kicker());
        assertTrue(a.bodyText().replace("\n", "").contains("大屏幕吸人眼球"), a.bodyText());
    }

    @Test
    void photoFeatureLabelTitlesThePhoto() throws Exception {
        ParsedPage p = parse("""
                李克强主持召开国务院常务会议
                （上接第2版）度，规定了机
                关、团体、企业事业单位和其
                他组织的档案管理责任，增加
                了档案信息化建设的规定。

                图片报道

                苏伊士运河大学语言学院
                院长哈桑·拉杰卜表示：“中
                国取得的发展成就举世瞩目。
                中国的发展道路是我们所有发
                展中国家学习的典范。”

                许其亮会见巴基斯坦陆军参谋长

                第二届“中国白”国际陶瓷艺术大奖赛获奖作品展十月六日在有着“蔚蓝海岸”之称的法国尼斯揭幕。
                图为观众在法国尼斯马塞纳博物馆欣赏白瓷艺术作品。
                ■摄影 徐永春
                """);
        Article photo = p.articles().stream().filter(a -> a.bodyText().contains("白瓷")).findFirst().orElseThrow();
        assertEquals("图片报道", photo.title());
        assertEquals(org.kanbao.model.ArticleKind.PHOTO, photo.kind());
        for (Article a : p.articles()) {
            for (var b : a.body()) assertFalse(b.text().equals("图片报道"), a.toString());
        }
    }

    @Test
    void twoSubheadsPrintedOneAfterTheOtherStayInTheStory() throws Exception {
        ParsedPage p = parse("""
                为世界和平与繁荣作出新贡献
                本报讯 习近平主席将于10月11日至
                13日赴印度出席中印领导人第二次非正式
                会晤并对尼泊尔进行国事访问。印度和尼
                泊尔各界人士热切期待习近平主席来访。

                “崇山峻岭阻隔不断尼中两国人民的
                友谊”

                “期待进一步加强与中国的发展战略
                对接”

                尼泊尔总统班达里在接受本报记者专
                访时说：“尼泊尔人民热爱中国。我们期
                待习近平主席的到来，崇山峻岭阻隔不断
                尼中两国人民的友谊。”

                接受本报记者采访的印度和尼泊尔各
                界人士都表示：“期待进一步加强与中国
                的发展战略对接，促进互利共赢。”
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        assertEquals("为世界和平与繁荣作出新贡献", a.title());
        List<String> subheads = a.body().stream().filter(b -> b.type() == org.kanbao.model.BodyBlock.Type.SUBHEAD)
                .map(org.kanbao.model.BodyBlock::text).toList();
        assertEquals(List.of("“崇山峻岭阻隔不断尼中两国人民的友谊”", "“期待进一步加强与中国的发展战略对接”"), subheads, a.body().toString());
    }

    @Test
    void exclamationOverAClosingLineEndsTheStoryBefore() throws Exception {
        ParsedPage p = parse("""
                新时代大庆这样回答“铁人三问”
                进入新时代，大力弘扬大庆精神、铁
                人精神，大庆人正在用最新科技和有效机
                制推进“大庆底下找大庆”，均超额完成
                运行计划。

                风雨一甲子，大庆正青春！

                （相关报道见第十三版）
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        assertEquals("新时代大庆这样回答“铁人三问”", a.title());
        assertTrue(a.bodyText().replace("\n", "").endsWith("运行计划。风雨一甲子，大庆正青春！（相关报道见第十三版）"), a.bodyText());
    }

    @Test
    void headlineAfterBodyAndCreditAfterHeadline() throws Exception {
        ParsedPage p = parse("""
                本报讯 近日，某公司顺利提交材料，将成为
                我市又一家规上企业，数字经济再添“主
                力军”。

                第一篇标题
                ■记 者 张三
                通讯员 李 四 王五
                 ■记者 赵六

                本报讯 11月14日下午，第二个项目签约仪
                式在开发区举行，进一步擦亮我市高质量外
                资的“金字招牌”。

                第二篇标题
                """);
        assertEquals(2, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("第一篇标题", a.headline());
        assertEquals(List.of("张三", "李四", "王五"), a.bylineNames());
        assertEquals("本报讯", a.lead());
        assertEquals(List.of("赵六"), p.articles().get(1).bylineNames());
        assertEquals("第二篇标题", p.articles().get(1).headline());
    }

    @Test
    void noCharacterOfThePageIsLost() throws Exception {
        String text = java.nio.file.Files.readString(Fixtures.seedPage());
        ParsedPage p = new TextPageParser().parse(Fixtures.seedPage(), ImportHints.NONE).get(0);
        StringBuilder all = new StringBuilder();
        for (Article a : p.articles()) {
            all.append(a.kicker()).append(a.headline()).append(a.subtitle()).append(a.lead()).append(a.bodyText());
            a.bylines().forEach(b -> all.append(b.role()).append(String.join("", b.names())));
        }
        p.unplaced().forEach(all::append);
        String got = TextCleanup.removeSpaces(all.toString());
        // every Han character of the dump is somewhere in the result (faux bold is printed twice in the dump)
        long missing = TextCleanup.removeSpaces(TextCleanup.undoFauxBold(text)).codePoints()
                .filter(TextCleanup::isHan).filter(c -> got.indexOf(c) < 0).count();
        assertEquals(0, missing);
        long hanIn = TextCleanup.removeSpaces(text).codePoints().filter(TextCleanup::isHan).count();
        long hanOut = got.codePoints().filter(TextCleanup::isHan).count();
        assertTrue(hanOut >= hanIn - 40, "han characters in " + hanIn + " out " + hanOut); // 40 = doubled headline + padded roles
    }

    @Test
    void pdPagesKeepTheirText() throws Exception {
        for (Path txt : Fixtures.pdFiles(".txt")) {
            String text = java.nio.file.Files.readString(txt);
            ParsedPage p = new TextPageParser().parse(txt, ImportHints.NONE).get(0);
            long out = p.articles().stream().mapToLong(a -> (a.title() + a.lead() + a.bodyText()).codePoints().filter(TextCleanup::isHan).count()
                    + a.bylines().stream().mapToLong(b -> String.join("", b.names()).length() + b.role().length()).sum()).sum()
                    + p.unplaced().stream().mapToLong(u -> u.codePoints().filter(TextCleanup::isHan).count()).sum();
            long in = text.codePoints().filter(TextCleanup::isHan).count();
            // header lines become metadata; everything else stays
            assertTrue(out >= in - 120 && out <= in, txt.getFileName() + ": " + in + " → " + out);
        }
    }

    @Test
    void datelineLeadGluedToAnotherFragmentOpensItsOwnArticle() throws Exception {
        ParsedPage p = parse("""
                第一篇标题

                本报讯 近日，某公司顺利提交材料，将成为
                我市又一家规上企业，数字经济再添主力
                军，全年产值预计突破十亿元，带动就业
                新华社北京10月7日电 在全国上下隆重庆
                祝新中国成立70周年之际，中央宣传部在
                北京向全社会宣传发布先进事迹。
                """);
        assertTrue(p.articles().stream().anyMatch(a -> "新华社北京10月7日电".equals(a.lead())), p.articles().toString());
        for (Article a : p.articles()) {
            if ("本报讯".equals(a.lead())) assertFalse(a.bodyText().contains("新华社"), a.bodyText());
        }
    }

    @Test
    void triangleMarkedHeadlinesAreBriefs() throws Exception {
        ParsedPage p = parse("""
                简讯

                ▲市图书馆推出“夜读”服务

                本报讯 市图书馆本周起推出夜读服务，每晚
                开放至二十二时，读者可凭证件入馆。
                """);
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("市图书馆推出“夜读”服务", a.headline());
        assertEquals(org.kanbao.model.ArticleKind.BRIEF, a.kind());
    }

    @Test
    void sectionAboveTheHeaderAndMastheadLinesAreMetadata() throws Exception {
        ParsedPage p = parse("""
                综合

                第2版

                临湖日报

                临湖日报社出版

                本报地址：临湖市湖滨路88号

                本版统筹：杨烁壁

                第一篇标题

                本报讯 近日，某公司顺利提交材料，将成为
                我市又一家规上企业。
                """);
        assertEquals("综合", p.section());
        assertEquals(2, p.page());
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("第一篇标题", a.title());
        assertFalse(a.bodyText().contains("统筹") || a.bodyText().contains("地址") || a.bodyText().contains("出版"), a.bodyText());
    }

    @Test
    void aShortParagraphAfterAMovedContinuationMovesWithIt() throws Exception {
        // a two-line fragment measures its own first line as "full"; against the column of the text before it,
        // the first line is indented: it opens a paragraph of that text, not a continuation of anything else
        ParsedPage p = parse("""
                市里新建的图书馆今天开馆
                本报讯 市里新建的图书馆今天正式
                开馆，馆内藏书二十万册，设有少儿阅览
                区、报刊阅览区和自习区，开馆首日就迎
                来了上千名读者，馆方表示将逐步延长开

                湖边公园完成改造
                本报讯 湖边公园改造工程日前完工，
                新修步道三公里，增设座椅和路灯，周边
                居民晚上散步更方便了。

                放时间，满足上班族的阅读需求。馆长介
                绍，图书馆还将定期举办讲座和展览，欢
                迎市民前来。

                首日到馆的读者中有不少是学生和老
                人，大家都说很满意。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article library = p.articles().get(0);
        assertTrue(library.bodyText().contains("延长开放时间"), library.bodyText());
        assertTrue(library.bodyText().endsWith("大家都说很满意。"), library.bodyText());
        assertFalse(p.articles().get(1).bodyText().contains("满意"), p.articles().get(1).bodyText());
    }

    /** A finished story of ten lines, eight of them a full 18-character column (enough to count as a page column). */
    private static final String LIBRARY_STORY = """
            市里新建的图书馆今天开馆
            本报讯 市里新建的图书馆今天正式
            开馆，馆内藏书二十万册，设有少儿阅览
            区、报刊阅览区和自习区，开馆首日就迎
            来了上千名读者。馆方表示，图书馆每周
            开放六天，周一闭馆，节假日照常开放，
            读者可凭身份证办理借书证，每人每次最
            多借阅五册图书，借期一个月，到期可续
            借一次，逾期将暂停借阅资格，读者可以
            在网上预约座位，大家都说很满意。
            """;

    @Test
    void aLoneIndentShortLineAboveADatelineLeadIsNoHeadline() throws Exception {
        // 中方代表团主要成员包括 (B-p03): a paragraph's first line whose column went on elsewhere, set apart
        // between a finished story and the next story's dateline lead
        ParsedPage p = parse(LIBRARY_STORY + """

                馆方还介绍了今后的延时开放安排和

                新华社北京10月8日电 湖边公园改造工
                程日前完工，新修步道三公里，增设座椅
                和路灯，周边居民晚上散步更方便了，也
                更安全了。

                湖边公园完成改造
                """);
        for (Article a : p.articles()) {
            assertFalse(a.title().contains("馆方"), a.title());
        }
        assertTrue(p.articles().get(0).bodyText().contains("馆方还介绍了今后的延时开放安排和"), p.articles().toString());
    }

    @Test
    void reportersCreditOverAParagraphStartOpensTheStoryWhoseHeadlineComesLater() throws Exception {
        // a story is signed under its headline: a credit set apart from the text above and glued over a paragraph
        // start opens a story, here one whose headline pdftotext printed over its second column (A-p04)
        ParsedPage p = parse(LIBRARY_STORY + """
                
                ■记者 张 三
                湖边公园改造工程日前完工，新修步
                道三公里，增设座椅和路灯一百多处，周
                边居民晚上散步更方便了，也更安全了。
                公园管理处介绍，改造期间共移栽树木两
                千余株，新建儿童游乐区两处和健身广场
                
                湖边公园完成改造
                
                一处，并对湖岸进行了加固处理，今后还
                将根据居民意见继续完善配套设施，让公
                园成为市民休闲的好去处。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article park = p.articles().get(1);
        assertEquals("湖边公园完成改造", park.headline());
        assertEquals("张三", park.bylines().get(0).names().get(0));
        assertTrue(park.bodyText().startsWith("湖边公园改造工程") && park.bodyText().endsWith("好去处。"), park.bodyText());
        assertTrue(p.articles().get(0).bylines().isEmpty(), p.articles().get(0).bylines().toString());
    }

    @Test
    void aLoneIndentShortLineBetweenAStoryAndAContinuationIsAParagraphStart() throws Exception {
        // “可是我们几个都不知道怎么操作电 (A-p04): set apart after a finished story, over a fragment that continues
        // another story's sentence; it opens a paragraph whose column went on elsewhere, and the fragment under it
        // still finds its own story
        ParsedPage p = parse("""
                湖边公园完成改造
                本报讯 湖边公园改造工程日前完工，
                新修步道三公里，增设座椅和路灯一百多
                处，周边居民晚上散步更方便了，也更安

                """ + LIBRARY_STORY + """

                “可是我们几个都不知道怎么操作电
                
                全了。公园管理处介绍，改造期间共移栽
                树木两千余株，新建儿童游乐区两处和健
                身广场一处。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        assertTrue(p.articles().get(0).bodyText().contains("也更安全了。公园管理处介绍"), p.articles().get(0).bodyText());
        assertTrue(p.articles().get(1).bodyText().endsWith("“可是我们几个都不知道怎么操作电"), p.articles().get(1).bodyText());
    }

    @Test
    void aLoneIndentShortLineWhoseClauseRunsOnMidWordIsAParagraphStartEvenAfterAnOpenEnd() throws Exception {
        // B-p04's 林郑月娥 story alone: two paragraph starts whose columns went on elsewhere, the second (…，无论任何 /
        // 人，尤其是…) after the first's open end; a headline has no clause cut off inside a word
        ParsedPage p = parse("""
                林郑月娥：

                暴徒无法无天 特区政府决心止暴制乱
                新华社香港10月8日电
                香港特区行政长官林郑月娥8
                日表示，在过去的长周末，暴
                徒在香港各区施行严重、广泛
                的破坏行为，包括针对港铁和
                目标商户进行破坏、袭击普通
                市民，以及设置非法路障并截
                查车辆等，已经到了无法无天
                的地步，特区政府会以最大决
                心制止这些暴力行为。

                持续近4个月，必须采取一些
                更坚定的行动去处理这次前所
                未见的恶劣情况。

                林郑月娥表示，暴乱已经

                林郑月娥强调，无论任何

                人，尤其是外国人士，要评论
                香港现在的情况，首先要客观
                地看事情，第二是要认清事件
                的本质，这是不负责任的评论。
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        assertTrue(p.articles().get(0).bodyText().contains("林郑月娥强调，无论任何人，尤其是外国人士"), p.articles().get(0).bodyText());
    }

    @Test
    void aShortContinuationOnASmallPageIsBodyNotSubtitles() throws Exception {
        // B-p03's 国务院常务会议 continuation alone: too few lines for the page to show its column width, yet the text
        // glued under the 上接 line continues the story, and three lines alike, clauses running through them, are a column
        ParsedPage p = parse("""
                李克强主持召开国务院常务会议
                （上接第2版）度，规定了机
                关、团体、企业事业单位和其
                他组织的档案管理责任，增加

                了档案信息化建设的规定，明
                确了电子档案的法律效力，并
                扩大档案开放利用，缩短档案

                封闭期。会议决定，草案经进
                一步修改后提请全国人大常委
                会审议。
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        Article a = p.articles().get(0);
        assertEquals("李克强主持召开国务院常务会议", a.title());
        assertTrue(a.bodyText().startsWith("度，规定了机关、团体") && a.bodyText().contains("缩短档案封闭期。"), a.bodyText());
    }

    @Test
    void aLineGluedUnderASpeechTitlePrintedAfterItsSalutationsFindsItsOpenEnd() throws Exception {
        // mix-p02's speech alone: the salutations were printed before the title, the line glued under the title
        // (位嘉宾表示热烈欢迎！) ends the sentence that 对前来参加闭幕式的各 leaves open further down
        ParsedPage p = parse("""
                尊敬的各位政府首脑、副首脑和夫
                人，

                尊敬的各国使节，各位国际组织代
                表，

                在2019年中国北京世界园
                艺博览会闭幕式上的讲话
                （2019年10月9日，北京）
                位嘉宾表示热烈欢迎！

                女士们，先生们，朋友们：

                从芳菲春日到斑斓金秋，历时5个多
                月的2019年中国北京世界园艺博览会即将
                圆满落下帷幕。我谨代表中国政府和中国
                人民，对本届世园会的成功举办表示衷心
                祝贺！对支持和参与北京世园会的各国朋
                友表示诚挚感谢！对前来参加闭幕式的各

                本次世园会以“绿色生活，美丽家
                园”为主题，精彩纷呈、成果丰硕。全球
                110个国家和国际组织、120多个非官方参
                展方积极响应，是历史上参展方最多的一
                届世园会。
                """);
        assertEquals(1, p.articles().size(), p.articles().toString());
        String body = p.articles().get(0).bodyText();
        assertTrue(body.contains("对前来参加闭幕式的各位嘉宾表示热烈欢迎！"), body);
        assertTrue(body.indexOf("朋友们：") < body.indexOf("从芳菲春日"), body);
    }

    private static final String WRAPPED_SUBTITLE_BODY = """
            于两国和两国民众，对全球经济发展也具
            有重要影响。期待两国领导人本次会晤为
            两国关系下一阶段发展指明方向，挖掘更
            多合作潜力。
            """;

    private static final String WRAPPED_SUBTITLE_HEAD = """
            为世界和平与
            繁荣作出新贡献
            ——印度和尼泊尔各界人士
            热切期待习近平主席访问
            """;

    private static void assertWrappedSubtitleKept(String page) throws Exception {
        ParsedPage p = parse(page);
        assertEquals(1, p.articles().size(), p.articles().toString());
        assertEquals("——印度和尼泊尔各界人士热切期待习近平主席访问", p.articles().get(0).subtitle());
        assertTrue(p.articles().get(0).bodyText().startsWith("于两国和两国民众"), p.articles().get(0).bodyText());
    }

    @Test
    void aSubtitleWrappedOntoASecondLineKeepsIt() throws Exception {
        // mix-p03's 印度和尼泊尔 story alone: the —— subtitle wraps onto a line of its own, set apart from the body
        assertWrappedSubtitleKept(WRAPPED_SUBTITLE_HEAD + "\n" + WRAPPED_SUBTITLE_BODY);
    }

    @Test
    void aSubtitleWrappedOntoASecondLineKeepsItWhenTheBodyIsGluedUnder() throws Exception {
        assertWrappedSubtitleKept(WRAPPED_SUBTITLE_HEAD + WRAPPED_SUBTITLE_BODY);
    }

    @Test
    void aPhotoCaptionFirstOnThePageStaysItsOwnItem() throws Exception {
        // A-p03's caption and the story printed under it, cropped: the caption had no story around it to sit in
        ParsedPage p = parse("""
                中国援摩洛哥医疗队十月六日在摩洛
                哥卡萨布兰卡举办爱心义诊，为一百多名
                在摩华侨华人进行了体检和健康咨询。这
                是二〇一五年以来医疗队举办的第五次义
                诊。图为中国医生为一名男子进行诊治。
                ■摄影 陈斌杰

                所罗门群岛
                总理索加瓦雷
                今起对我国进行正式访问
                本报讯 应国务院总理李克强邀请，
                所罗门群岛总理梅纳西·索加瓦雷将于10
                月8日至13日对中国进行正式访问。访问
                期间，索加瓦雷总理将出席2019年中国北
                京世界园艺博览会闭幕式。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        Article photo = p.articles().get(0), story = p.articles().get(1);
        assertTrue(photo.bodyText().startsWith("中国援摩洛哥医疗队") && photo.bodyText().endsWith("进行诊治。"), photo.bodyText());
        assertFalse(story.bodyText().contains("医疗队"), story.bodyText());
    }

    @Test
    void aReChainedRunTakesTheContinuationThatUnweavingPutAfterIt() throws Exception {
        // A-p04: unweaving orders 是爱国奋斗奉 / 献精神的模范践行者 although the second was printed first; when
        // the run is re-chained into its story, the continuation goes with it instead of staying behind
        assertStoryReads("pd-20191008-A-p04.txt", "是爱国奋斗奉", "是爱国奋斗奉献精神的模范践行者");
    }

    @Test
    void aSpeakersParagraphPrintedAfterTheNextSubheadGoesBackToTheirSection() throws Exception {
        // A-p03: pdftotext printed two columns row by row, so 崔世安强调，… lands under 领会精神牢记嘱托, whose section
        // quotes 贺一诚; the section before the subhead ends with 崔世安提出，…
        ParsedPage p = parse(slices("pd-20191008-A-p03.txt", 150, 212));
        List<String> paras = paragraphsOf(p, "崔世安强调");
        int said = paras.indexOf(paras.stream().filter(x -> x.startsWith("崔世安提出")).findFirst().orElseThrow());
        assertTrue(paras.get(said + 1).startsWith("崔世安强调"), paras.toString());
        assertEquals("领会精神牢记嘱托", paras.get(said + 2), paras.toString());
    }

    @Test
    void aParagraphStartAboveAJumpLineAfterAnOpenSentenceGoesBeforeItsTextUnderASubhead() throws Exception {
        // A-p01: …打开了农场的网店 / 防范化解重大风险攻坚战的推进取得 / （下转2版）: no paragraph starts after an open
        // sentence, so 网店 is where the story leaves the page; the line's text 明显成效，… was printed under the
        // one-line subhead ——坚守底线，防范风险力度强。
        List<String> paras = paragraphsOf(page("pd-20191008-A-p01.txt"), "明显成效");
        assertEquals(opening(paras, "——坚守底线") + 1, opening(paras, "防范化解重大风险攻坚战的推进取得明显成效"), paras.toString());
        assertTrue(paras.get(paras.size() - 1).endsWith("打开了农场的网店"), paras.toString());
    }

    @Test
    void linesAfterASubheadThatEndNoSentenceBeforeAParagraphsFirstLineAreSubheadsToo() throws Exception {
        // A-p04: 会议开得短 / 落实时间多了 / “今年感觉变化挺大。”… are two subheads set one over the other; B-p01:
        // 把握新方位—— / 不看短期看长远，为发展闯 / 关，为未来蓄势 / GDP率先突破…: the second subhead wraps
        assertEquals(List.of("SUBHEAD 会议开得短", "SUBHEAD 落实时间多了", "BODY “今年感觉变化挺大。”"),
                around(page("pd-20191008-A-p04.txt"), "会议开得短", 3, 11));
        assertEquals(List.of("SUBHEAD 把握新方位——", "SUBHEAD 不看短期看长远，为发展闯关，为未来蓄势", "BODY GDP率先突破3万亿元大关，但上海并不"),
                around(page("pd-20191009-B-p01.txt"), "把握新方位", 3, 19));
    }

    /** The blocks of the article holding {@code text} from the one opening with it: type and first characters. */
    private static List<String> around(ParsedPage p, String text, int count, int chars) {
        Article a = p.articles().stream().filter(x -> x.body().stream().anyMatch(b -> b.text().startsWith(text))).findFirst().orElseThrow();
        List<org.kanbao.model.BodyBlock> body = a.body();
        int from = 0;
        while (!body.get(from).text().startsWith(text)) from++;
        return body.subList(from, Math.min(body.size(), from + count)).stream()
                .map(b -> (b.type() == org.kanbao.model.BodyBlock.Type.SUBHEAD ? "SUBHEAD " : "BODY ")
                        + b.text().substring(0, Math.min(chars, b.text().length())))
                .toList();
    }

    /** A public fixture page, parsed. */
    private static ParsedPage page(String name) throws Exception {
        return new TextPageParser().parse(Fixtures.pd().resolve(name), ImportHints.NONE).get(0);
    }

    /** The article whose body holds the text. */
    private static Article holding(ParsedPage p, String text) {
        return p.articles().stream().filter(x -> x.bodyText().contains(text)).findFirst().orElseThrow();
    }

    /** On the fixture page, the article whose body holds {@code key} reads {@code text}. */
    private static void assertStoryReads(String name, String key, String text) throws Exception {
        String body = holding(page(name), key).bodyText();
        assertTrue(body.contains(text), body);
    }

    private static List<String> paragraphsOf(ParsedPage p, String text) {
        return holding(p, text).body().stream().map(org.kanbao.model.BodyBlock::text).toList();
    }

    private static int opening(List<String> paras, String start) {
        for (int i = 0; i < paras.size(); i++) if (paras.get(i).startsWith(start)) return i;
        throw new AssertionError(start + " not in " + paras);
    }

    @Test
    void aWordsEndTakesTheOpenEndOnALineWithDigitsThatOtherTextWasPutAfter() throws Exception {
        // A-p02: …200余位老人共度重 (digits make the full line measure short) was followed by 一”给濠江…, which no
        // word joins to it; 阳，其乐融融。 printed far below ends the word 重阳
        assertStoryReads("pd-20191008-A-p02.txt", "共度重", "共度重阳，其乐融融。");
    }

    @Test
    void aQuoteClosedAtALinesStartEndsTheOneQuoteLeftOpenOnThePage() throws Exception {
        // A-p02: 一”给濠江中学… closes the quote that …是继“六 left open, printed a column later in another story
        assertStoryReads("pd-20191008-A-p02.txt", "是继“六", "是继“六一”给濠江中学");
        List<String> paras = paragraphsOf(page("pd-20191008-A-p02.txt"), "是继“六");
        // the subhead glued over 马腾's paragraph stays over it when the text before it moves away
        assertEquals("收到回信心情激动", paras.get(opening(paras, "澳门颐骏中心长者义工组的书法老师") - 1), paras.toString());
    }

    @Test
    void aNameAloneBeforeThePersonIsIntroducedGoesAfterTheirParagraphs() throws Exception {
        // A-p02: 崔世安强调 was printed before 澳门特别行政区行政长官崔世安表示 introduces him, and 贺一诚说 / 贺一诚提出
        // under the dateline lead of the 重阳 report, which never names 贺一诚
        ParsedPage p = page("pd-20191008-A-p02.txt");
        List<String> paras = paragraphsOf(p, "行政长官崔世安");
        assertEquals(opening(paras, "崔世安提出") + 1, opening(paras, "崔世安强调"), paras.toString());
        assertEquals(opening(paras, "澳门特区候任行政长官贺一诚表示") + 1, opening(paras, "贺一诚说"), paras.toString());
        assertEquals(opening(paras, "贺一诚说") + 1, opening(paras, "贺一诚提出"), paras.toString());
    }

    @Test
    void aCreditPrintedInsideASentenceDoesNotCutItsParagraphAndAWrappedSubheadIsOne() throws Exception {
        // mix-p03: 沙海丽认为，印中携手合作不仅有利 / ■记 者 管克江 … / 于两国和两国民众，…; the subhead
        // “印中关系发展进程中的又一个重要 / 时刻” is wrapped over two lines
        ParsedPage p = page("pd-20191010-mix-p03.txt");
        Article a = holding(p, "沙海丽认为");
        assertTrue(a.body().stream().anyMatch(b -> b.text().startsWith("沙海丽认为，印中携手合作不仅有利于两国和两国民众")), a.body().toString());
        assertTrue(a.body().stream().anyMatch(b -> b.type() == org.kanbao.model.BodyBlock.Type.SUBHEAD
                && b.text().equals("“印中关系发展进程中的又一个重要时刻”")), a.body().toString());
        assertFalse(a.bylines().isEmpty(), a.toString());
    }

    @Test
    void aParagraphPointingBackAfterAClauseFollowsTheLastOfThePassageNamingIt() throws Exception {
        // B-p04: 老师、家长和学生们都知道，他这个辅导员可不是虚的。… was printed after the war story; two paragraphs one
        // right after the other name 辅导员 (…聘请他为学生辅导员。 / “…现在反而当了辅导员…”朱再保自豪地说。): it follows the second
        ParsedPage p = page("pd-20191009-B-p04.txt");
        List<String> paras = paragraphsOf(p, "他这个辅导员");
        assertEquals(opening(paras, "“我一辈子没进过正规学校") + 1, opening(paras, "老师、家长和学生们都知道"), paras.toString());
    }

    @Test
    void aDeckPutsTheParagraphsTakingUpItsPointsInItsOrder() throws Exception {
        // mix-p04: the deck 破除网络迷信，监管必须与时俱进，找准病灶、标本兼治 names 监管 before 病灶; pdftotext printed
        // 破除网络迷信，防止……还得找准病灶 before 破除网络迷信，监管必须与时俱进，做到……
        ParsedPage p = page("pd-20191010-mix-p04.txt");
        List<String> paras = paragraphsOf(p, "魔高一尺");
        assertTrue(opening(paras, "破除网络迷信，监管必须与时俱进，做到") < opening(paras, "破除网络迷信，防止"), paras.toString());
    }

    @Test
    void aHeadlinePrintedInFauxBoldIsNeverAKicker() throws Exception {
        // B-p03: “做埃中友好的传颂者” and “成功走出一条符合国情的发展道路” are both printed twice over themselves, one after the
        // other (a page label between them): two headlines, not kicker and headline
        ParsedPage p = parse(slices("pd-20191009-B-p03.txt", 188, 206, 208, 256));
        Article a = p.articles().stream().filter(x -> x.bodyText().startsWith("中国发布《新时代的中国与世界》白皮书以来")).findFirst().orElseThrow();
        assertEquals("“成功走出一条符合国情的发展道路”", a.headline());
        assertTrue(a.kicker() == null || a.kicker().isEmpty(), a.kicker());
        ParsedPage whole = page("pd-20191009-B-p03.txt");
        for (Article x : whole.articles()) assertFalse("“做埃中友好的传颂者”".equals(x.kicker()), x.title());
    }

    @Test
    void aPackageCreditUnderAStoryClosesThatStory() throws Exception {
        // 本期统筹 credits the report it follows (本版统筹 / 责任编辑 credit the page)
        ParsedPage p = parse("""
                第一篇标题

                本报讯 近日，某公司顺利提交材料，将成为
                我市又一家规上企业。

                本期统筹：杨烁壁

                第二篇标题

                本报讯 市图书馆本周起推出夜读服务，每晚
                开放至二十二时。
                """);
        assertEquals(2, p.articles().size(), p.articles().toString());
        assertTrue(p.articles().get(0).bodyText().endsWith("本期统筹：杨烁壁"), p.articles().get(0).bodyText());
        assertEquals("第二篇标题", p.articles().get(1).headline());
    }

    @Test
    void lineWiderThanTheColumnAboveABodyIsItsHeadline() throws Exception {
        ParsedPage p = parse("""
                暴徒无法无天 特区政府决心止暴制乱
                林郑月娥8日出席行政会
                议前会见媒体时表示，暴乱已
                经持续近4个月，必须采取一
                些更坚定的行动去处理这次前
                所未见的恶劣情况。
                """);
        assertEquals(1, p.articles().size());
        assertEquals("暴徒无法无天 特区政府决心止暴制乱", p.articles().get(0).headline());
        assertTrue(p.articles().get(0).bodyText().startsWith("林郑月娥8日"), p.articles().get(0).bodyText());
    }

    @Test
    void titleLikeLineBeforeASentenceContinuationIsNoSubhead() throws Exception {
        ParsedPage p = parse("""
                第一篇标题

                近日，某公司顺利提交材料
                将成为我市又一家规上企业，
                数字经济再添主力军。

                临港没有盲目赚“快
                钱”，而是选择对标国际最高
                标准，打造创新之城、智慧之
                城、活力之城。
                """);
        Article a = p.articles().get(0);
        assertTrue(a.body().stream().noneMatch(b -> b.type() == org.kanbao.model.BodyBlock.Type.SUBHEAD), a.body().toString());
        assertTrue(a.bodyText().contains("快钱”"), a.bodyText());
    }

    @Test
    void textGluedToAJumpFromLineContinuesTheBody() throws Exception {
        ParsedPage p = parse("""
                追求卓越天更阔
                （上接第1版）蹲助跑”，原
                始创新和技术突破实现“起飞
                跳跃”。
                """);
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("追求卓越天更阔", a.headline());
        assertEquals(new org.kanbao.model.Jump(org.kanbao.model.Jump.Direction.FROM, 1), a.jump());
        assertEquals("蹲助跑”，原始创新和技术突破实现“起飞跳跃”。", a.bodyText());
    }

    @Test
    void captionWithPhotoCreditInsideAStoryIsItsOwnItem() throws Exception {
        ParsedPage p = parse("""
                第一篇标题

                近日，某公司顺利提交材料
                将成为我市又一家规上企业，
                数字经济再添主力军，全年产

                7日，驻守在祖国西部帕米尔高原的边防连官兵前往海拔4060米的山口巡逻。
                ■摄影 刘南松

                值预计突破十亿元，带动就业
                岗位三千余个，成效明显。
                """);
        Article story = p.articles().stream().filter(a -> "第一篇标题".equals(a.headline())).findFirst().orElseThrow();
        assertFalse(story.bodyText().contains("帕米尔"), story.bodyText());
        assertTrue(story.bodyText().contains("全年产值预计"), story.bodyText());
        assertTrue(story.bylineNames().isEmpty(), story.bylineNames().toString());
        Article photo = p.articles().stream().filter(a -> a.bodyText().contains("帕米尔")).findFirst().orElseThrow();
        assertEquals(org.kanbao.model.ArticleKind.PHOTO, photo.kind());
        assertEquals(List.of("刘南松"), photo.bylineNames());
    }

    @Test
    void fiveLineCaptionIsStillACaption() throws Exception {
        ParsedPage p = parse("""
                第一篇标题

                近日，某公司顺利提交材料
                将成为我市又一家规上企业，
                数字经济再添主力军，全年产

                经过几年的精心筹备，特别是经过了倒计时一周年后的冲刺筹
                备，定于10月18日在武汉举行的第七届世界军人运动会的竞赛安
                排、军运村及场馆建设、竞委会组织、主媒体中心建设、志愿者队
                伍、交通环境气象服务和食品医疗保障等各项工作，均已准备就
                绪。
                ■摄影 李 明

                值预计突破十亿元，带动就业
                岗位三千余个，成效明显。
                """);
        Article photo = p.articles().stream().filter(a -> a.bodyText().contains("军运村")).findFirst().orElseThrow();
        assertEquals(org.kanbao.model.ArticleKind.PHOTO, photo.kind());
        assertEquals(List.of("李明"), photo.bylineNames());
    }

    @Test
    void paragraphSetApartRightAboveAPhotoCreditIsACaptionAtAnyWidth() throws Exception {
        ParsedPage p = parse("""
                第一篇标题

                近日，某公司顺利提交材料，将
                成为我市又一家规上企业，数字经
                济再添主力军，全年产值预计突破
                十亿元。

                通过中国上海国际艺术节，向
                世界展现中医药品牌魅力；携手加拿
                大安大略省西洋参种植基地，签署西
                洋参种植战略合作协议，打出了一系
                列“组合拳”。
                ■摄影 吴 昊
                """);
        Article photo = p.articles().stream().filter(a -> a.bodyText().contains("中医药")).findFirst().orElseThrow();
        assertEquals(org.kanbao.model.ArticleKind.PHOTO, photo.kind());
        assertFalse(photo.bodyText().contains("规上企业"));
    }

    @Test
    void jumpLineSetApartGoesToThePageTopStory() throws Exception {
        ParsedPage p = parse("""
                头条标题

                历史，总是在一些特殊年份给人们
                以汲取智慧、继续前行的力量。中国
                人民和中华民族的前进步伐不可阻挡！

                第二篇标题

                本报北京10月9日电 日前，中央纪
                委国家监委公开曝光6起典型案例，
                当事人均被判处有期徒刑。

                （下转5版）
                """);
        assertEquals(new org.kanbao.model.Jump(org.kanbao.model.Jump.Direction.TO, 5), p.articles().get(0).jump());
        assertEquals(null, p.articles().get(1).jump());
    }

    private static List<Piece> pieces(String text) {
        return new PieceReader().read(List.of(text.split("\n", -1)));
    }

    @Test
    void twoShortLinesOverAFullLineAreATitle() {
        // a paragraph has one short (indented) first line at most; the full line after them goes on from elsewhere
        List<Piece> ps = pieces("""
                习近平回信问候勉励澳门退休老人
                向全国的老人们致以重阳节的祝福
                为、继续发光发热，多向澳门青年讲一讲
                回归前后的故事，鼓励他们把爱国爱澳精
                神传承好，积极参与粤港澳大湾区建设，
                携手把澳门建设得更加美丽。
                """);
        assertEquals(Piece.Kind.TITLE, ps.get(0).kind);
        assertEquals(2, ps.get(0).lines.size());
        assertEquals(Piece.Kind.BODY, ps.get(1).kind);
    }

    @Test
    void fullWidthFirstLineOverAnIndentedParagraphIsATitle() {
        List<Piece> ps = pieces("""
                在共同发展的道路上携手前行
                几内亚是第一个同中国建
                交的撒哈拉以南非洲国家，今
                年10月4日，两国迎来建交60
                周年。60年来，中几双方相互
                范。
                """);
        assertEquals(Piece.Kind.TITLE, ps.get(0).kind);
        assertEquals(List.of("在共同发展的道路上携手前行"), ps.get(0).lines);
    }

    @Test
    void shortLineRightAboveAJumpLineEndsTheBody() {
        List<Piece> ps = pieces("""
                闭幕式上，国际展览局秘
                书长洛塞泰斯致辞，盛赞中
                国的生态文明建设成就。

                李克强同与会外方嘉宾还
                （下转第3版）
                """);
        Piece last = ps.get(ps.size() - 2);
        assertEquals(List.of("李克强同与会外方嘉宾还"), last.lines);
        assertEquals(Piece.Kind.BODY, last.kind);
        assertEquals(Piece.Kind.JUMP, ps.get(ps.size() - 1).kind);
    }

    @Test
    void shortLineThatAWordJoinsToTheNextIsNoTitle() {
        List<Piece> ps = pieces("""
                井位在哪里——
                在海拉尔，在塔里木，在四川盆
                地……今日大庆，产能空间已不再局限于
                松嫩平原，勘探范围扩至黑龙江全境、内
                蒙古海拉尔、吉林延吉等9个盆地，近年
                来还通过矿权流转进入新疆塔里木盆地。
                """);
        assertEquals(Piece.Kind.BODY, ps.get(0).kind);
    }

    private static final String GLUED_TITLE_PAGE = """
            人民日报

            本报北京10月9日电 外交部9日举行中外媒体吹风会。外交部
            副部长罗照辉介绍习近平主席出访有关情况，并回答记者提问。

            罗照辉表示，中印同为发展中国家和新兴
            市场国家，也是世界上仅有的两个10亿人口级
            别的大国。中印携手合作，不仅助力彼此发
            展，而且有助于推动世界多极化和经济全球化

            新华社北京10月9日电 （记者郑明达）
            全国对外友协，中俄友好、和平与发展委员
            会，中俄友协9日在人民大会堂举行庆祝中俄
            建交暨中俄友协成立70周年招待会。中共中央
            政治局常委、全国人大常委会委员长栗战书，
            俄罗斯驻华大使杰尼索夫出席并致辞。

            栗战书指出，回顾过去，中俄关系走过了
            极不平凡的发展历程，书写了两国人民友谊的
            佳话。今年6月，习近平主席和普京总统共同
            宣布发展中俄新时代全面战略协作伙伴关系，
            引领中俄关系成为大国邻国互信协作的典范、
            维护世界和平与国际秩序的正能量。希望两国
            各界友好人士携手努力，为新时代中俄关系发

            进程，维护发展中国家共同利益。两国领导人
            去年在武汉举行首次非正式会晤以来，中印各
            领域交流合作全面推进，有关分歧得到妥善管
            控，两国关系步入平稳向好新阶段。

            栗战书出席庆祝中俄
            建交暨中俄友协成立
            70周年招待会并致辞
            展作出新的贡献。

            杰尼索夫表示，俄方愿同中方一道，以建
            交70周年为契机，推动两国关系不断取得新的
            成果。
            """;

    @Test
    void narrowTitleGluedOverASentenceEndIsSplitFromIt() {
        // no column on the page is 9 characters wide: those lines are a headline, the sentence end under it body text
        List<Piece> ps = pieces(GLUED_TITLE_PAGE);
        Piece title = ps.stream().filter(p -> p.lines.contains("栗战书出席庆祝中俄")).findFirst().orElseThrow();
        assertEquals(Piece.Kind.TITLE, title.kind);
        assertEquals(3, title.lines.size());
        Piece end = ps.get(ps.indexOf(title) + 1);
        assertEquals(List.of("展作出新的贡献。"), end.lines);
        assertEquals(Piece.Kind.BODY, end.kind);
    }

    @Test
    void lineSplitFromUnderATitleGoesBehindTheOpenEndAWordJoinsItTo() throws Exception {
        // 关系发 / 展作出: the word 发展 runs over the cut, 发 / 进程 makes none
        ParsedPage p = parse(GLUED_TITLE_PAGE);
        String body = p.articles().stream().map(Article::bodyText).filter(b -> b.contains("栗战书指出")).findFirst().orElseThrow();
        assertTrue(body.contains("为新时代中俄关系发展作出新的贡献。"), body);
    }

    @Test
    void textCutOffFromAnOpenEndByAWordJoinLooksForItsOwnHead() throws Exception {
        // 发 / 进程 lost its head to 展作出: 进程 goes behind the earlier open end of its column (经济全球化)
        ParsedPage p = parse(GLUED_TITLE_PAGE);
        String body = p.articles().stream().map(Article::bodyText).filter(b -> b.contains("罗照辉表示")).findFirst().orElseThrow();
        assertTrue(body.contains("经济全球化进程，维护发展中国家共同利益。"), body);
    }

    @Test
    void shortTitleLineOverAFullLineThatGoesOnIsAHeadline() {
        // a body line this short ends a paragraph, and the line after a paragraph end is indented, not full
        List<Piece> ps = pieces("""
                在江西省南昌市湾里区，前往梅岭镇
                的车辆人流络绎不绝，行车至半山腰的三
                岔路口，咿咿呀呀传来几声戏腔。戏台下
                满满当当坐着头发花白的老人，他们要么
                是被家人送来，要么是被镇政府派车接
                来，趁着秋高气爽，到这里赏戏、吃宴，
                满满当当坐着头发花白的老人，他们要么
                的车辆人流络绎不绝，行车至半山腰的三
                岔路口，咿咿呀呀传来几声戏腔。戏台下
                满满当当坐着头发花白的老人，他们要么
                过重阳。10月7日，梅岭镇在集镇广场举
                行“梅岭镇2019年重阳节文艺汇演活
                动”，特邀全镇85岁以上老同志共计52人
                参加，还举办了“美在身边”最美敬老孝
                亲人的表彰活动。

                人间重晚晴
                各地举行丰富多彩的活动，处处洋溢着尊

                老敬老的节日气氛。
                """);
        Piece title = ps.stream().filter(p -> p.lines.contains("人间重晚晴")).findFirst().orElseThrow();
        assertEquals(Piece.Kind.TITLE, title.kind);
        assertEquals(List.of("人间重晚晴"), title.lines);
        assertEquals(Piece.Kind.BODY, ps.get(ps.indexOf(title) + 1).kind);
    }

    private static final String DISPATCHES = """
            习近平将赴印度出席中印领导人第二次非正式会晤
            外交部举行中外媒体吹风会介绍有关情况

            新华社北京10月9日电 外交部发言人华
            春莹9日宣布：国家主席习近平将于10月
            11日至13日分别赴印度出席中印领导人第
            二次非正式会晤。

            %s

            罗照辉指出，中印同为发展中国家和新兴
            市场国家，也是世界上仅有的两个10亿人
            口级别的大国。
            """;

    @Test
    void headlessDispatchThatSpeaksOfALeadOnlyStorysHeadlineIsItsSecondPart() throws Exception {
        ParsedPage p = parse(DISPATCHES.formatted("""
                本报北京10月9日电 （记者孟祥麟、谢佳
                宁）外交部9日举行中外媒体吹风会。外交
                部副部长罗照辉介绍国家主席习近平即将赴
                印度出席中印领导人第二次非正式会晤有关
                情况，并回答记者提问。"""));
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("新华社北京10月9日电", a.lead());
        // the second dispatch's lead and credit stay in its paragraph: the article's credit is its first lead's
        assertTrue(a.body().get(1).text().startsWith("本报北京10月9日电"), a.body().get(1).text());
        assertEquals(List.of(), a.bylines());
        assertEquals(3, a.body().size());
    }

    @Test
    void headlessDispatchOfOtherWordsStaysAnArticleOfItsOwn() throws Exception {
        ParsedPage p = parse(DISPATCHES.formatted("""
                本报北京10月9日电 （记者王远）全国
                对外友协9日在人民大会堂举行庆祝中俄建
                交70周年招待会，中俄友好人士五百余人
                出席招待会，共叙两国人民的传统友谊。"""));
        assertEquals(2, p.articles().size());
        assertEquals("本报北京10月9日电", p.articles().get(1).lead());
    }

    @Test
    void letterPrintedWithItsNewsStoryIsOneArticle() throws Exception {
        // A-p01's masthead, the top of the letter, the story beside it, and the letter's end with the news lead
        ParsedPage p = parse(slices("pd-20191008-A-p01.txt", 0, 23, 28, 77, 238, 258));
        assertEquals(LocalDate.of(2019, 10, 8), p.date()); // the letter's date is not the page's
        assertEquals(2, p.articles().size());
        Article letter = p.articles().get(0);
        assertEquals("习近平回信问候勉励澳门退休老人", letter.headline());
        List<String> paras = letter.body().stream().map(b -> b.text()).toList();
        // label and salutation open the letter; signature and date close it, then the dispatch's sign-off and lead
        assertEquals("回信", paras.get(0));
        assertEquals("澳门街坊总会颐骏中心长者义工组全体成员：", paras.get(1));
        assertTrue(paras.get(3).contains("老有所为、继续发光发热"), paras.get(3));
        int sign = paras.indexOf("习近平");
        assertTrue(sign > 0, paras.toString());
        assertEquals(List.of("2019年10月6日", "（新华社北京10月7日电）"), paras.subList(sign + 1, sign + 3));
        assertTrue(paras.get(sign + 3).startsWith("新华社北京10月7日电"), paras.toString());
        assertEquals("", letter.lead());
        assertEquals("新华社北京10月7日电", p.articles().get(1).lead());
    }

    @Test
    void creditGluedOverAnotherColumnOpensItsStoryAndThePhotoDoesNotCarryItOn() throws Exception {
        // B-p01's masthead, the 国务院常务会议 headline and the page's lower half: a credit glued under the 冬小麦
        // text (20 characters wide) over a 13-character paragraph start, a photo inside, then 依法保护市场主体…
        ParsedPage p = parse(slices("pd-20191009-B-p01.txt", 0, 12, 212, 214, 269, Integer.MAX_VALUE));
        Article branch = p.articles().stream().filter(a -> a.headline().startsWith("支部")).findFirst().orElseThrow();
        Article council = p.articles().stream().filter(a -> a.title().startsWith("李克强主持召开国务院常务会议")).findFirst().orElseThrow();
        List<String> branchParas = branch.body().stream().map(b -> b.text()).toList();
        List<String> councilParas = council.body().stream().map(b -> b.text()).toList();
        assertEquals("温红彦", branch.bylines().get(0).names().get(0));
        assertTrue(branchParas.stream().anyMatch(t -> t.startsWith("党的十八大以来")), branchParas.toString());
        assertTrue(branchParas.stream().anyMatch(t -> t.startsWith("从1927年")), branchParas.toString());
        assertTrue(councilParas.stream().noneMatch(t -> t.startsWith("党的十八大以来")), councilParas.toString());
        assertTrue(councilParas.stream().anyMatch(t -> t.startsWith("依法保护市场主体")), councilParas.toString());
        assertTrue(p.articles().stream().anyMatch(a -> a.headline().equals("踏雪巡边") && a.bylines().get(0).names().contains("刘南松")));
    }

    @Test
    void speechCommentaryAndInterviewPrintedInsideEachOtherComeApart() throws Exception {
        // mix-p03: the speech's salutation reads as a headline far from the speech's own; a 短评 title sits between a
        // headline and its subtitle, its text inside an interview signed by a reporter and ending on a pen name; the
        // interview's end follows the speech's sign-off
        ParsedPage p = page("pd-20191010-mix-p03.txt");
        Article speech = p.articles().stream().filter(a -> a.headline().endsWith("上的讲话")).findFirst().orElseThrow();
        List<String> sp = speech.body().stream().map(b -> b.text()).toList();
        assertTrue(sp.get(0).startsWith("的体验盛会"), sp.toString());
        assertEquals("女士们，先生们，朋友们！", sp.get(1));
        assertEquals("（本报北京10月9日电）", sp.get(sp.size() - 1));
        Article comment = p.articles().stream().filter(a -> a.kicker().equals("短评")).findFirst().orElseThrow();
        assertEquals("加强战略沟通 深化务实合作", comment.headline());
        assertEquals(List.of("齐平"), comment.bylines().get(0).names());
        assertTrue(comment.body().get(0).text().startsWith("应印度总理莫迪"), comment.body().get(0).text());
        Article news = p.articles().stream().filter(a -> a.title().startsWith("为世界和平与繁荣作出新贡献")).findFirst().orElseThrow();
        assertTrue(news.subtitle().startsWith("——印度和尼泊尔各界人士"), news.title());
        Article interview = p.articles().stream().filter(a -> a.headline().contains("尼中关系")).findFirst().orElseThrow();
        List<String> iv = interview.body().stream().map(b -> b.text()).toList();
        assertEquals("（本报加德满都10月9日电）", iv.get(iv.size() - 1));
        assertEquals(List.of("吴刚"), interview.bylines().get(0).names());
    }

    @Test
    void textCarriedOverFromAnotherPageInsideAStoryOpensTheStoryItContinues() throws Exception {
        // mix-p04: （上接3版）续武汉会晤成果…… sits between two paragraphs of the commentary, over （二）
        ParsedPage p = page("pd-20191010-mix-p04.txt");
        Article carried = p.articles().stream().filter(a -> a.headline().equals("为世界和平与繁荣作出新贡献")).findFirst().orElseThrow();
        assertTrue(carried.body().get(0).text().startsWith("续武汉会晤成果"), carried.body().get(0).text());
        assertEquals(new org.kanbao.model.Jump(org.kanbao.model.Jump.Direction.FROM, 3), carried.jump());
        Article commentary = p.articles().stream().filter(a -> a.headline().startsWith("没有任何力量")).findFirst().orElseThrow();
        assertEquals(new org.kanbao.model.Jump(org.kanbao.model.Jump.Direction.TO, 5), commentary.jump());
        assertTrue(commentary.body().stream().noneMatch(b -> b.text().startsWith("续武汉")));
    }
}
