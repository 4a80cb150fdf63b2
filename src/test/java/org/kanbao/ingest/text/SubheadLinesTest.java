package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.ImportHints;
import org.kanbao.model.BodyBlock;

/** A short line between paragraphs is a subhead only when it does not begin or run on into running text; where paragraphs end. */
class SubheadLinesTest {
    private static List<String> subheads(String text) throws Exception {
        return TextPageParser.parseText(text, "t.txt", ImportHints.NONE).get(0).articles().stream()
                .flatMap(a -> a.body().stream())
                .filter(b -> b.type() == BodyBlock.Type.SUBHEAD)
                .map(BodyBlock::text)
                .toList();
    }

    private static final String STORY = """
            基层减负见实效

            今年以来，各地认真落实中办通知要
            求，切实为基层减负，会议少了，文件短
            了，基层干部有了更多时间抓落实。
            工作更高效了
            一位乡镇干部告诉记者，过去每周都要
            参加好几个会，现在能沉下心来办实事，
            群众的满意度明显提高。
            %s
            %s
            不少基层干部表示，减负不是减责任，
            腾出来的时间要用在为群众办实事上。
            """;

    @Test
    void shortLineBetweenParagraphsIsASubhead() throws Exception {
        assertEquals(List.of("工作更高效了", "指尖负担轻了"), subheads(STORY.formatted("指尖负担轻了", "各地清理工作群，精简考核")));
    }

    @Test
    void paragraphFirstLineOverAFullLineIsNoSubhead() throws Exception {
        // an indent short of the 18-character column, the paragraph running on under it
        assertEquals(List.of("工作更高效了"), subheads(STORY.formatted("各地清理精简政务微信群和考核事项", "基层干部的指尖负担和报表负担明显减轻")));
    }

    @Test
    void lineEndingOnAParticleOrCutInAWordIsNoSubhead() throws Exception {
        assertEquals(List.of("工作更高效了"), subheads(STORY.formatted("今年前七个月用于实体经济的", "贷款增加，各地清理精简工作群")));
        assertEquals(List.of("工作更高效了"), subheads(STORY.formatted("学院院长阿维杰特在接受采访时表", "示，减负让基层干部轻装上阵")));
    }

    @Test
    void fragmentLeftShortWithoutSentenceEndIsAParagraphOfItsOwn() throws Exception {
        // a deck under the headline: no full stop, but its last line is far short of the column, so no column
        // break cut it; it does not run on into the paragraph after the blank line
        String page = """
                看清网络算命的真面目
                破除网络迷信，监管必须与时俱进，找准
                病灶

                通过手机上传一张正面照片，给出一些个
                人信息，短短数秒就能收到所谓的面相评分
                和命运报告，最近一段时间风靡网络。
                """;
        List<String> paras = TextPageParser.parseText(page, "t.txt", ImportHints.NONE).get(0).articles().get(0).body().stream()
                .map(BodyBlock::text).toList();
        assertEquals(List.of("破除网络迷信，监管必须与时俱进，找准病灶",
                "通过手机上传一张正面照片，给出一些个人信息，短短数秒就能收到所谓的面相评分和命运报告，最近一段时间风靡网络。"), paras);
    }
}
