package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JumpEndsTest {
    private static final String FULL = "全国老龄工作委员会主任出席"; // 13 em, no sentence end
    private static final String INDENT = "孙春兰观看了图片展她指"; // 11 em: a paragraph's first line
    private static final String END = "活动。"; // short last line ending a paragraph

    private static Piece piece(Piece.Kind kind, int start, String... lines) {
        Piece p = new Piece(kind, start);
        p.lines.addAll(List.of(lines));
        p.width = kind == Piece.Kind.BODY ? 13 : 0;
        return p;
    }

    private static Piece body(int start, String... lines) {
        return piece(Piece.Kind.BODY, start, lines);
    }

    private static HeadlineFirstOrder.Draft draft(Piece... rest) {
        HeadlineFirstOrder.Draft d = new HeadlineFirstOrder.Draft();
        d.rest.addAll(List.of(rest));
        return d;
    }

    // a story's text as the chains left it: a part printed after the sentence the story leaves the page with
    private final Piece first = body(10, INDENT, FULL, END);
    private final Piece columnTop = body(14, INDENT, FULL, END);
    // a line taken out as furniture (the page's date) at 18: a new stretch of the column starts at 20
    private final Piece stretch = body(20, INDENT, FULL, END);
    private final Piece part = piece(Piece.Kind.BODY, 28, "（二）");
    private final Piece partText = body(30, INDENT, FULL, END);
    private final Piece jump = piece(Piece.Kind.JUMP, 40, "（下转2版）");

    @Test
    void textAfterTheSentenceAStoryLeavesThePageWithGoesBeforeTheStretchEndingInIt() {
        Piece open = body(24, INDENT, FULL, "更陡”激励全党全国将改革开放进行到"); // its marks squeezed: a character short
        HeadlineFirstOrder.Draft d = draft(first, columnTop, stretch, open, part, partText, jump);
        JumpEnds.apply(List.of(d));
        assertEquals(List.of(first, columnTop, part, partText, stretch, open, jump), d.rest);
    }

    @Test
    void nothingMovesWithoutEvidenceThatTheOpenEndIsTheStorysLastTextHere() {
        Piece open = body(24, INDENT, FULL, FULL);
        // no 下转 line: the open end may be continued by text printed anywhere
        HeadlineFirstOrder.Draft noJump = draft(first, columnTop, stretch, open, part, partText);
        // the text after it is open too: either might be the last
        Piece openAfter = body(30, INDENT, FULL, FULL);
        HeadlineFirstOrder.Draft bothOpen = draft(first, columnTop, stretch, open, part, openAfter, jump);
        // a colon may end a paragraph (…全体成员：)
        Piece colon = body(24, INDENT, FULL, "体成员：");
        HeadlineFirstOrder.Draft salutation = draft(first, columnTop, stretch, colon, part, partText, jump);
        // the text after it may continue its sentence (no indent)
        Piece cont = body(30, FULL, FULL, END);
        HeadlineFirstOrder.Draft runsOn = draft(first, columnTop, stretch, open, cont, jump);
        for (HeadlineFirstOrder.Draft d : List.of(noJump, bothOpen, salutation, runsOn)) {
            List<Piece> before = List.copyOf(d.rest);
            JumpEnds.apply(List.of(d));
            assertEquals(before, d.rest);
        }
    }

    @Test
    void aPartsNumberIsAParagraphOfItsOwnEvenAfterAnOpenSentence() {
        Piece open = body(24, INDENT, FULL, FULL);
        List<org.kanbao.ingest.common.Block> blocks = Paragraphs.of(List.of(open, part, partText));
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals("（二）", String.join("", blocks.get(1).lines()));
    }
}
