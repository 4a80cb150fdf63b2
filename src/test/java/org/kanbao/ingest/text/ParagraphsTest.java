package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.common.Block;

class ParagraphsTest {
    private static final String FULL = "全国老龄工作委员会主任出席"; // 13 em, no sentence end
    private static final String INDENT = "孙春兰观看了图片展她指"; // 11 em: a paragraph's first line
    private static final String END = "活动。"; // short last line ending a paragraph

    private static Piece body(double width, String... lines) {
        Piece p = new Piece(Piece.Kind.BODY, 0);
        p.lines.addAll(List.of(lines));
        p.width = width;
        return p;
    }

    private static List<String> paragraphs(Piece... fragments) {
        return Paragraphs.of(List.of(fragments)).stream().map(b -> String.join("", b.lines())).toList();
    }

    @Test
    void aSentenceEndingBeforeAFullLineDoesNotEndItsParagraph() {
        // “操其要于上，而分其详于下”。 / 坚持从实际出发，…: the next paragraph's first line would be indented
        assertEquals(List.of("孙春兰观看了图片展览。" + FULL + END), paragraphs(body(13, "孙春兰观看了图片展览。", FULL, END)));
        assertEquals(List.of("孙春兰观看了图片展览。", INDENT + FULL + END), paragraphs(body(13, "孙春兰观看了图片展览。", INDENT, FULL, END)));
    }

    @Test
    void aFullLineEndingASentenceRunsOnIntoAFragmentThatStartsMidSentence() {
        String fullEnd = "全国老龄工作委员会主任出。";
        assertEquals(List.of(INDENT + fullEnd + FULL + END), paragraphs(body(13, INDENT, fullEnd), body(13, FULL, END)));
        // two lines are measured by their first, always "full": the column before them says it is indented
        assertEquals(List.of(INDENT + FULL + FULL + fullEnd, INDENT + END),
                paragraphs(body(13, INDENT, FULL, FULL, fullEnd), body(11, INDENT, END)));
    }
    @Test
    void anIndentedFirstLineOpensAParagraphAfterTextEndingWithoutASentenceEnd() {
        String colon = "护伞典型案例。这六起案例是："; // 13 em, a list follows
        assertEquals(List.of(INDENT + colon, INDENT + FULL + END), paragraphs(body(13, INDENT, colon), body(13, INDENT, FULL, END)));
        // a word's end printed alone is no indent: …注入强劲动 / 力。
        assertEquals(List.of(INDENT + FULL + "力。", END), paragraphs(body(13, INDENT, FULL), body(13, "力。", END)));
    }
}
