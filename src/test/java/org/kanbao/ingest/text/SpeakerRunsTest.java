package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerRunsTest {
    private static Piece body(int start, String... lines) {
        Piece p = new Piece(Piece.Kind.BODY, start);
        p.lines.addAll(List.of(lines));
        p.width = 13;
        return p;
    }

    private static Piece subhead(int start, String line) {
        Piece p = body(start, line);
        p.subheads.add(0);
        return p;
    }

    private static HeadlineFirstOrder.Draft draft(Piece... rest) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        d.rest.addAll(List.of(rest));
        return d;
    }

    private final Piece said = body(10, "崔世安提出，特区政府将认", "真学习传达回信中的精神牢记", "嘱托。");
    private final Piece sub = subhead(14, "领会精神牢记嘱托");
    private final Piece stressed = body(24, "崔世安强调，特区政府将深", "刻领会全面贯彻回信的精神做", "出努力！");
    // the next section's speaker
    private final Piece other = body(16, "候任行政长官贺一诚表示回", "信是对澳门长者的亲切关怀和", "鼓舞！");

    @Test
    void aSpeakersParagraphUnderTheNextSubheadGoesBackBeforeIt() {
        HeadlineFirstOrder.Draft d = draft(said, sub, other, stressed);
        SpeakerRuns.moveBack(List.of(d));
        assertEquals(List.of(said, stressed, sub, other), d.rest);
    }

    @Test
    void theTextCarryingOnTheSpeakersSentenceGoesBackWithIt() {
        // its last line measures a character short (marks are squeezed in print) but stops mid-sentence
        Piece opened = body(24, "崔世安强调，特区政府将深", "刻领会全面贯彻回信的精神做", "到坚守一国之本善用两制之");
        Piece rest = body(28, "利，为澳门的更加和谐美丽做", "出不懈努力！");
        HeadlineFirstOrder.Draft d = draft(said, sub, other, opened, rest);
        SpeakerRuns.moveBack(List.of(d));
        assertEquals(List.of(said, opened, rest, sub, other), d.rest);
    }

    @Test
    void aSectionNamingTheSpeakerAcrossALineBreakKeepsTheirParagraph() {
        // 崔世 / 安表示: the section does name him, so his paragraph may well belong to it
        Piece naming = body(16, "行政长官致辞后，澳门的崔世", "安表示回信是对澳门长者的关", "怀！");
        HeadlineFirstOrder.Draft d = draft(said, sub, naming, stressed);
        SpeakerRuns.moveBack(List.of(d));
        assertEquals(List.of(said, sub, naming, stressed), d.rest);
    }

    /**
     * Two columns printed row by row: the first column (a lead, a section of speakers, the next section's subhead and
     * its speaker) ends mid-sentence and goes on at the top of the second column, printed first; a section under a
     * subhead was printed among the rows; the person's next paragraph was printed after the first column's last row.
     */
    private final Piece opening = body(1, "本报讯 重阳节当天，澳门街", "坊总会的老人们收到回信。");
    private final Piece nextTop = body(20, "一”给濠江中学附属英才学校", "回信后，今年给我们的第二", "封回信，再次带来巨大鼓励。");
    private final Piece nextSaid = body(25, "崔世安说，习近平主席的", "回信情真意切语重心长是巨大", "的信任和鼓舞！");
    private final Piece writer = body(30, "书法老师讲述写信经过，", "老人们委托她执笔起草写了六", "遍。");
    private final Piece spiritSub = subhead(40, "领会精神牢记嘱托");
    private final Piece heIntro = body(41, "候任行政长官贺一诚表示", "回信是对澳门长者的亲切关怀", "和鼓舞！");
    private final Piece member = body(50, "全国人大代表吴小丽说，", "今年国庆节恰逢重阳节收到回", "信太有意义了。");
    private final Piece firstBottom = body(60, "社会文化司司长谭俊荣感", "恩回信的关心。行政长官崔世", "安表示，这封回信是继“六");
    private final Piece nextLead = body(65, "本报讯 农历九月初九为中", "国传统节日重阳节。");

    private static Piece heSaid(int start) {
        return body(start, "贺一诚说，习近平主席信中", "高度肯定了澳门的公益事业和", "长者事业。");
    }

    private List<HeadlineFirstOrder.Draft> twoColumns(Piece heSaid) {
        return List.of(draft(opening, writer, spiritSub, heIntro, member, firstBottom, nextTop, nextSaid),
                draft(nextLead, heSaid));
    }

    @Test
    void aPersonsRunPrintedAfterTheFirstColumnTakesTheirSectionToTheNextColumn() {
        Piece heSaid = heSaid(70);
        List<HeadlineFirstOrder.Draft> drafts = twoColumns(heSaid);
        SpeakerRuns.introducedLater(drafts);
        assertEquals(List.of(opening, writer, member, firstBottom, nextTop, nextSaid, spiritSub, heIntro, heSaid),
                drafts.get(0).rest);
        assertEquals(List.of(nextLead), drafts.get(1).rest);
    }

    @Test
    void aPersonsRunPrintedAmongTheRowsFollowsTheirIntroductionWhereItStands() {
        // printed before the first column's last row: it may stand in that column, under the introduction
        Piece heSaid = heSaid(55);
        List<HeadlineFirstOrder.Draft> drafts = twoColumns(heSaid);
        SpeakerRuns.introducedLater(drafts);
        assertEquals(List.of(opening, writer, spiritSub, heIntro, heSaid, member, firstBottom, nextTop, nextSaid),
                drafts.get(0).rest);
    }

    /** The two-column story with the person's paragraph read at the end of its next column, after the pass. */
    private HeadlineFirstOrder.Draft afterSectionsMove(Piece heSaid) {
        HeadlineFirstOrder.Draft d = draft(opening, writer, spiritSub, heIntro, member, firstBottom, nextTop, nextSaid, heSaid);
        SpeakerRuns.sectionsToNextColumn(List.of(d));
        return d;
    }

    @Test
    void aPersonsParagraphAlreadyInTheNextColumnTakesTheirSectionThere() {
        // printed after the first column's last fragment, right under it: read in the next column already
        Piece heSaid = heSaid(70);
        assertEquals(List.of(opening, writer, member, firstBottom, nextTop, nextSaid, spiritSub, heIntro, heSaid), afterSectionsMove(heSaid).rest);
    }

    @Test
    void aPersonsParagraphPrintedAmongTheRowsLeavesTheirSectionWhereItStands() {
        Piece heSaid = heSaid(55);
        assertEquals(List.of(opening, writer, spiritSub, heIntro, member, firstBottom, nextTop, nextSaid, heSaid), afterSectionsMove(heSaid).rest);
    }
}
