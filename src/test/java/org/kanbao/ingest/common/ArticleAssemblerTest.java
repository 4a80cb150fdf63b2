package org.kanbao.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.Jump;

class ArticleAssemblerTest {
    private static Block b(BlockKind k, String... lines) {
        return Block.of(k, List.of(lines));
    }

    @Test
    void buildsNewsWithLeadCreditAndJump() {
        var a = ArticleAssembler.assemble(List.of(
                b(BlockKind.HEADLINE, "世界500强企业签约"),
                b(BlockKind.HEADLINE, "平湖新材料产业", "再添“强将”"),
                b(BlockKind.BYLINE, "■记者 黄雨欣"),
                b(BlockKind.BODY, "本报讯 11月14日下午，", "韩国 SK高端新材料平湖项目签约。"),
                b(BlockKind.BODY, "今年 1至 9月，全市新材料产业产值", "373亿元，占全市规上工业产值 29.1%。近年"),
                b(BlockKind.JUMP, "（下转2版）")));
        assertEquals(1, a.articles().size());
        Article x = a.articles().get(0);
        assertEquals("世界500强企业签约", x.kicker());
        assertEquals("平湖新材料产业再添“强将”", x.headline());
        assertEquals("本报讯", x.lead());
        assertEquals("11月14日下午，韩国SK高端新材料平湖项目签约。", x.body().get(0).text());
        assertEquals(new Jump(Jump.Direction.TO, 2), x.jump());
        assertTrue(x.continues());
        assertEquals(ArticleKind.NEWS, x.kind());
    }

    @Test
    void creditInLeadAndKinds() {
        var a = ArticleAssembler.assemble(List.of(
                b(BlockKind.HEADLINE, "习近平会见所罗门群岛总理索加瓦雷"),
                b(BlockKind.BODY, "本报北京10月9日电 （记者王远）国家主席习近平9日会见。"),
                b(BlockKind.HEADLINE, "民生项目"),
                b(BlockKind.BODY, "昨天，在城区顾家廊下幼儿园工程现场，项目建设已初现雏形。"),
                b(BlockKind.BYLINE, "■摄影 王 强"),
                b(BlockKind.HEADLINE, "“小而美”兜起百姓“微幸福”"),
                b(BlockKind.BODY, "最近，我市又有4个“口袋公园”完成建设。"),
                b(BlockKind.BYLINE, "■言成声")));
        List<Article> arts = a.articles();
        assertEquals(3, arts.size());
        assertEquals("本报北京10月9日电", arts.get(0).lead());
        assertEquals(List.of("王远"), arts.get(0).bylineNames());
        assertEquals("国家主席习近平9日会见。", arts.get(0).body().get(0).text());
        assertFalse(arts.get(0).continues());
        assertEquals(ArticleKind.PHOTO, arts.get(1).kind());
        assertEquals(ArticleKind.COMMENTARY, arts.get(2).kind());
    }

    @Test
    void aCommentaryColumnsKickerMakesACommentaryWithoutSignature() {
        var a = ArticleAssembler.assemble(List.of(
                b(BlockKind.HEADLINE, "今日谈"),
                b(BlockKind.HEADLINE, "平凡孕育着伟大"),
                b(BlockKind.BODY, "平凡的岗位上，同样能书写不平凡的人生。"),
                b(BlockKind.JUMP, "（下转第二版）"),
                b(BlockKind.HEADLINE, "观察家庭"),
                b(BlockKind.HEADLINE, "社区食堂开张"),
                b(BlockKind.BODY, "本报讯 社区食堂昨天开张。")));
        List<Article> arts = a.articles();
        assertEquals(2, arts.size());
        assertEquals("今日谈", arts.get(0).kicker());
        assertEquals(ArticleKind.COMMENTARY, arts.get(0).kind());
        // a kicker that only begins with a column's name is not that column
        assertEquals(ArticleKind.NEWS, arts.get(1).kind());
        assertTrue(ArticleAssembler.commentaryColumn("人民论坛·70华诞·倾听历史的回声"));
        assertFalse(ArticleAssembler.commentaryColumn("观察家庭"));
    }

    @Test
    void aLeadOpensANewArticleAndLoneTextIsUnplaced() {
        var a = ArticleAssembler.assemble(List.of(
                b(BlockKind.BODY, "第一篇的正文。"),
                b(BlockKind.BODY, "本报讯 第二篇的正文。"),
                b(BlockKind.UNKNOWN, "张伟"),
                b(BlockKind.HEADLINE, "只有标题")));
        assertEquals(2, a.articles().size());
        assertEquals(List.of("张伟", "只有标题"), a.unplaced());
    }
}
