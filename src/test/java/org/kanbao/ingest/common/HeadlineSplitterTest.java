package org.kanbao.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineSplitterTest {
    @Test
    void kickerGroupThenHeadline() {
        assertEquals(new HeadlineParts("世界500强企业签约", "平湖新材料产业再添“强将”", ""),
                HeadlineSplitter.splitGroups(List.of(List.of("世界500强企业签约"), List.of("平湖新材料产业", "再添“强将”"))));
    }

    @Test
    void dashSubtitleAndFauxBold() {
        assertEquals(new HeadlineParts("", "毗邻党建，引领区域联动发展", "——平湖“融长”这五年系列报道（一）"),
                HeadlineSplitter.split(List.of("毗邻党建毗邻党建，，引领区域联动发展引领区域联动发展", "——平湖“融长”这五年系列报道（一）")));
    }

    @Test
    void kickerEndingWithDash() {
        HeadlineParts h = HeadlineSplitter.split(List.of("各地开展尊老敬老爱老孝老活动——", "九九重阳 其乐融融"));
        assertEquals("各地开展尊老敬老爱老孝老活动——", h.kicker());
        assertEquals("九九重阳 其乐融融", h.headline());
    }

    @Test
    void headlineAndSubtitleInOneGroup() {
        assertEquals(new HeadlineParts("", "我市探索政银企合作新模式", "“波波知了”平台启动"),
                HeadlineSplitter.split(List.of("我市探索政银企合作新模式", "“波波知了”平台启动")));
    }

    @Test
    void lineRepeatedByFauxBold() {
        assertEquals("追求卓越天更阔", HeadlineSplitter.split(List.of("追求卓越天更阔", "追求卓越天更阔")).headline());
    }

    @Test
    void longLineWhoseWordRunsOnIsOneWrappedHeadline() {
        // 中国 / 人民 reads on as one word run; a headline and its subtitle break between whole words
        assertEquals(new HeadlineParts("", "没有任何力量能够阻挡中国人民和中华民族的前进步伐", ""),
                HeadlineSplitter.split(List.of("没有任何力量能够阻挡中国", "人民和中华民族的前进步伐")));
        assertEquals(new HeadlineParts("", "我市探索政银企合作新模式在全省推广", "各地代表观摩平台运行"),
                HeadlineSplitter.split(List.of("我市探索政银企合作新模式在全省推广", "各地代表观摩平台运行")));
    }

    @Test
    void numberAndMeasureWordSplitOverTheBreakAreOneWrappedHeadline() {
        assertEquals(new HeadlineParts("", "习近平将赴印度出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问", "外交部举行中外媒体吹风会介绍有关情况"),
                HeadlineSplitter.split(List.of("习近平将赴印度出席中印领导人第二", "次非正式会晤并对尼泊尔进行国事访问", "外交部举行中外媒体吹风会介绍有关情况")));
        assertEquals(new HeadlineParts("", "刘鹤应邀赴美举行新一轮中美经贸高级别磋商", ""),
                HeadlineSplitter.split(List.of("刘鹤应邀赴美举行新一", "轮中美经贸高级别磋商")));
    }

    @Test
    void longClauseListAfterAWholeHeadlineIsItsSubtitleNotTheHeadlineUnderAKicker() {
        assertEquals(new HeadlineParts("", "李克强主持召开国务院常务会议", "审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投资兴业提供制度保障"),
                HeadlineSplitter.splitGroups(List.of(List.of("李克强主持召开国务院常务会议"),
                        List.of("审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投资兴业提供制度保障"))));
        // a kicker group over a headline as long as itself stays a kicker
        assertEquals(new HeadlineParts("世界500强企业签约", "平湖新材料产业再添强将", ""),
                HeadlineSplitter.splitGroups(List.of(List.of("世界500强企业签约"), List.of("平湖新材料产业再添强将"))));
    }
}
