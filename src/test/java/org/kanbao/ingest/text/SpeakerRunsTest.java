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
}
