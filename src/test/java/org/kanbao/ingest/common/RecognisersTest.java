package org.kanbao.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;

class RecognisersTest {
    @Test
    void bylinesWithPaddedRolesAndNames() {
        assertEquals(List.of(new Byline("记者", List.of("荣怡婷")), new Byline("通讯员", List.of("张佶为", "陆超", "纪亚千"))),
                Bylines.parse("■记 者 荣怡婷\n通讯员 张佶为 陆 超 纪亚千").orElseThrow());
        assertEquals(List.of(new Byline("摄影", List.of("王强"))), Bylines.parse("■摄影 王 强").orElseThrow());
        assertEquals(List.of(new Byline("本报记者", List.of("王慧敏", "赵永平", "王珂"))), Bylines.parse("本报记者 王慧敏 赵永平 王 珂").orElseThrow());
    }

    @Test
    void penNamesAndNonBylines() {
        assertEquals(List.of(new Byline("", List.of("言成声"))), Bylines.parse("■言成声").orElseThrow());
        assertTrue(Bylines.parse("记者从农业农村部获悉：今年秋冬种").isEmpty());
        assertTrue(Bylines.parse("言成声").isEmpty());
        assertTrue(Bylines.parse("■记者 近日，嘉兴极知智能科技有限公司顺利提交").isEmpty());
    }

    @Test
    void creditInsideALead() {
        var p = Bylines.findParenthetical("（记者王远）国家主席习近平9日").orElseThrow();
        assertEquals(List.of(new Byline("记者", List.of("王远"))), p.bylines());
        assertEquals(0, p.start());
        var two = Bylines.findParenthetical("（记者孟祥麟、谢佳）外交部").orElseThrow();
        assertEquals(List.of("孟祥麟", "谢佳"), two.bylines().get(0).names());
    }

    @Test
    void leads() {
        assertEquals(new Leads.Lead("本报讯", "近日，嘉兴"), Leads.split("本报讯 近日，嘉兴"));
        assertEquals("本报北京10月7日电", Leads.split("本报北京10月7日电 近14亿人口").lead());
        assertEquals("新华社北京10月7日电", Leads.split("新华社北京10月7日电 10月4日至7").lead());
        assertEquals("据新华社法国尼斯10月8日电", Leads.split("据新华社法国尼斯10月8日电 第四届").lead());
        assertNull(Leads.split("新华社记者发现电视里"));
        assertNull(Leads.split("本报记者近日获悉"));
    }

    @Test
    void jumpLines() {
        assertEquals(new Jump(Jump.Direction.TO, 2), JumpLines.parse("（下转2版）"));
        assertEquals(new Jump(Jump.Direction.TO, 2), JumpLines.parse("（下转第二版）"));
        assertEquals(new Jump(Jump.Direction.FROM, 1), JumpLines.parse("（上接第1版）"));
        assertEquals(new Jump(Jump.Direction.TO, 12), JumpLines.parse("（下转第十二版）"));
        assertNull(JumpLines.parse("（相关报道见第十版）"));
        assertEquals(new Jump(Jump.Direction.TO, 3), JumpLines.trailing("的步伐。（下转3版）").jump());
    }

    @Test
    void pageHeaderLines() {
        assertEquals(PageHeader.Kind.DATE, PageHeader.classify("2019年10月8日 星期二"));
        assertEquals(PageHeader.Kind.PAGE, PageHeader.classify("第3版"));
        assertEquals(PageHeader.Kind.EDITOR, PageHeader.classify("责任编辑：陈静"));
        assertEquals(PageHeader.Kind.PAPER, PageHeader.classify("人民日报"));
        assertEquals(PageHeader.Kind.ISSUE, PageHeader.classify("第25522期"));
        assertEquals(PageHeader.Kind.REGISTRATION, PageHeader.classify("国内统一连续出版物号 CN 11-0065 代号1-1"));
        assertNull(PageHeader.classify("回信"));
        assertNull(PageHeader.classify("情况汇报"));
        PageHeader.Meta m = new PageHeader.Meta();
        m.add(PageHeader.Kind.DATE, "2019年10月8日");
        m.add(PageHeader.Kind.PAGE, "第四版");
        assertEquals(LocalDate.of(2019, 10, 8), m.date);
        assertEquals(4, m.page);
    }

    @Test
    void subheads() {
        assertTrue(Subheads.isSubhead("收到回信心情激动", "荣稳定。", 16));
        assertTrue(!Subheads.isSubhead("澳门颐骏中心长者义工组的书法老师", "荣稳定。", 16));
        assertTrue(!Subheads.isSubhead("收到回信心情激动", "长者和全澳长者们的关心和", 16));
    }

    @Test
    void numbers() {
        assertEquals(12, Numbers.parse("十二"));
        assertEquals(20, Numbers.parse("二十"));
        assertEquals(7, Numbers.parse("７"));
        assertEquals(-1, Numbers.parse("版"));
    }
}
