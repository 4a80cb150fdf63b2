package org.kanbao.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A main font and its fallbacks. Each character is set in the first font that has a glyph for it;
 * a character none of them has is shown as {@link #REPLACEMENT} (〓, the typesetter's mark for a
 * missing character) and keeps its real value as ActualText, so nothing silently disappears.
 * Widths come from the fonts' own metrics; the PDF fonts are created (and subset-embedded) only
 * when a character is first drawn with them.
 */
final class FontChain {
    /** 〓 GETA MARK, which the main font has. */
    static final int REPLACEMENT = 0x3013;

    private final TrueTypeFont[] fonts;
    private final CmapLookup[] cmaps;
    private final float[] scale;
    private final PDType0Font[] pdFonts;
    private final Map<Integer, Long> lookups = new HashMap<>();
    private final PDDocument doc;

    FontChain(PDDocument doc, TrueTypeFont... fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.cmaps = new CmapLookup[fonts.length];
        this.scale = new float[fonts.length];
        this.pdFonts = new PDType0Font[fonts.length];
        for (int i = 0; i < fonts.length; i++) {
            cmaps[i] = fonts[i].getUnicodeCmapLookup();
            scale[i] = 1000f / fonts[i].getUnitsPerEm();
        }
    }

    /** Index of the font that draws {@code cp}, or -1 when none has it. */
    int fontFor(int cp) {
        return (int) (lookup(cp) >> 32);
    }

    /** Advance width of {@code cp} in 1/1000 em, of the replacement when no font has it. */
    float advance(int cp) {
        return Float.intBitsToFloat((int) lookup(cp));
    }

    private long lookup(int cp) {
        Long v = lookups.get(cp);
        if (v != null) return v;
        int font = -1;
        float w = 0;
        try {
            for (int i = 0; i < fonts.length && font < 0; i++) {
                int gid = cmaps[i].getGlyphId(cp);
                if (gid > 0) {
                    font = i;
                    w = fonts[i].getAdvanceWidth(gid) * scale[i];
                }
            }
            if (font < 0) w = fonts[0].getAdvanceWidth(cmaps[0].getGlyphId(REPLACEMENT)) * scale[0];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long packed = ((long) font << 32) | (Float.floatToIntBits(w) & 0xffffffffL);
        lookups.put(cp, packed);
        return packed;
    }

    /** The PDF font for font {@code index} (-1 means the replacement's, the main font). */
    PDType0Font pdFont(int index) throws IOException {
        int i = Math.max(0, index);
        if (pdFonts[i] == null) pdFonts[i] = PDType0Font.load(doc, fonts[i], true);
        return pdFonts[i];
    }
}
