package org.kanbao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.pdf.PageGeometry.Glyph;

class TextLineTest {
    /** Glyphs of size 10 set from x = 0, with the given extra gap before each character ('|' = 2.24 pt). */
    private static TextLine line(String spec) {
        List<Glyph> gs = new ArrayList<>();
        double x = 0, gap = 0;
        for (char c : spec.toCharArray()) {
            if (c == '|') {
                gap += 2.24;
                continue;
            }
            if (c == '_') {
                gap += 10;
                continue;
            }
            x += gap;
            gs.add(new Glyph(String.valueOf(c), x, 0, 10, 10, 10, false, "F"));
            x += 10;
            gap = 0;
        }
        return new TextLine(gs);
    }

    @Test
    void closeSetNamesComeApartAtTheWiderGaps() {
        TextLine l = line("■记者|林晓雯_通讯员|吴佳|钱立新");
        assertEquals("■记者林晓雯 通讯员吴佳钱立新", l.text);
        assertEquals("■记者 林晓雯 通讯员 吴佳 钱立新", l.spacedText());
    }

    @Test
    void evenlyPaddedCreditsKeepTheirSpaces() {
        // every gap is padding: the closest spacing sets the baseline, so nothing is glued or split further
        TextLine l = line("■记_者_刘_阳_于_洋");
        assertEquals(l.text, l.spacedText().replace("■ ", "■"));
    }
}
