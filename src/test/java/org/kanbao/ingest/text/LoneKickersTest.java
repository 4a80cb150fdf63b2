package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoneKickersTest {
    private static Piece piece(Piece.Kind kind, int start, String... lines) {
        Piece p = new Piece(kind, start);
        p.lines.addAll(List.of(lines));
        return p;
    }

    private static HeadlineFirstOrder.Draft draft(Piece title, Piece... rest) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        d.titles.add(title);
        d.rest.addAll(List.of(rest));
        return d;
    }

    @Test
    void kickerOverALeadJoinsTheStoryWhoseHeadlineTheLeadSpeaksOf() {
        Piece kicker = piece(Piece.Kind.TITLE, 300, "各地开展尊老敬老爱老孝老活动——");
        Piece lead = piece(Piece.Kind.BODY, 302, "本报讯 农历九月初九为中国传统节", "日重阳节。九九重阳，与“久久”同音，", "寓意长久长寿。");
        Piece tail = piece(Piece.Kind.BODY, 310, "诸暨市19.3万名志愿者是今年敬老爱", "老的主力军。");
        Piece credit = piece(Piece.Kind.BYLINE, 320, "■记者 郑海鸥 王 丹");
        HeadlineFirstOrder.Draft k = draft(kicker, lead, tail);
        k.credits.add(credit);
        Piece headline = piece(Piece.Kind.TITLE, 150, "九九重阳 其乐融融");
        Piece jiangxi = piece(Piece.Kind.BODY, 152, "在江西省南昌市湾里区，前往梅岭镇", "的车辆人流络绎不绝。");
        HeadlineFirstOrder.Draft t = draft(headline, jiangxi);
        HeadlineFirstOrder.Draft other = draft(piece(Piece.Kind.TITLE, 10, "人间重晚晴"), piece(Piece.Kind.BODY, 12, "各地举行丰富多彩的活动。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(other, t, k));
        LoneKickers.joinLate(drafts);
        assertEquals(List.of(other, t), drafts);
        assertEquals(List.of(kicker, headline), t.titles);
        assertEquals(List.of(lead, jiangxi, tail), t.rest);
        assertEquals(List.of(credit), t.credits);
    }

    @Test
    void kickerWhoseLeadSpeaksOfNoHeadlineStaysAlone() {
        HeadlineFirstOrder.Draft k = draft(piece(Piece.Kind.TITLE, 300, "各地开展尊老敬老爱老孝老活动——"),
                piece(Piece.Kind.BODY, 302, "本报讯 各地广泛开展尊老、敬老、爱老、", "孝老活动。"));
        HeadlineFirstOrder.Draft t = draft(piece(Piece.Kind.TITLE, 150, "九九重阳 其乐融融"),
                piece(Piece.Kind.BODY, 152, "在江西省南昌市湾里区，前往梅岭镇", "的车辆人流络绎不绝。"));
        List<HeadlineFirstOrder.Draft> drafts = new ArrayList<>(List.of(t, k));
        LoneKickers.joinLate(drafts);
        assertEquals(2, drafts.size());
    }
}
