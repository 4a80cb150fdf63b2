package org.kanbao.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Sets styled text into lines: picks each character's font, breaks lines, justifies or aligns them. */
final class Typesetter {
    /** How a paragraph is set. */
    record Style(FontChain fonts, float size, float gray) {
    }

    /** A piece of a paragraph in one style. */
    record Span(Style style, String text) {
    }

    enum Align { JUSTIFY, LEFT, CENTER, RIGHT }

    /**
     * Characters drawn with one font. {@code font} is -1 for a character no font has, drawn as the
     * replacement mark with {@code actualText} holding the real character.
     * {@code extra} is the justification space added at each break opportunity inside the run.
     */
    record Run(Style style, int font, String text, float x, float extra, String actualText) {
    }

    /** One set line; run positions are from the left edge of the column. */
    record Line(List<Run> runs, float width, float size) {
    }

    /**
     * Half an em of space, used between the lead and the text and between byline groups. Wider gaps
     * (an ideographic space) make text extractors such as pdftotext split the line into columns.
     */
    static final int EN_SPACE = 0x2002;

    /** Code points shown as the replacement mark, for the export's warnings. */
    final Set<Integer> missing = new TreeSet<>();

    /** Lines of the spans in a column {@code width} wide, the first indented by {@code indent}. */
    List<Line> set(List<Span> spans, float width, float indent, Align align) {
        // flatten, normalising white space and dropping invisible format characters
        StringBuilder sb = new StringBuilder();
        List<Style> styleOf = new ArrayList<>();
        for (Span s : spans) {
            s.text().codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                if (type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) return;
                if (type == Character.CONTROL || (LineBreaker.isSpace(cp) && cp != 0x3000 && cp != EN_SPACE) || cp == 0x00A0) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') return;
                    cp = ' ';
                }
                sb.appendCodePoint(cp);
                styleOf.add(s.style());
            });
        }
        int[] cps = sb.toString().codePoints().toArray();
        Style[] styles = styleOf.toArray(new Style[0]);
        float[] widths = new float[cps.length];
        float maxSize = 0;
        for (int i = 0; i < cps.length; i++) {
            widths[i] = styles[i].fonts().advance(cps[i]) * styles[i].size() / 1000f;
            maxSize = Math.max(maxSize, styles[i].size());
        }
        List<LineBreaker.Line> broken = LineBreaker.lines(cps, i -> widths[i], width - indent, width);
        if (align == Align.CENTER && broken.size() > 1) broken = balance(cps, widths, width, broken.size());
        List<Line> out = new ArrayList<>();
        for (int li = 0; li < broken.size(); li++) {
            LineBreaker.Line l = broken.get(li);
            float lead = li == 0 ? indent : 0;
            float natural = 0;
            int gaps = 0;
            for (int k = l.start(); k < l.end(); k++) {
                natural += widths[k];
                if (k > l.start() && isGap(cps[k - 1], cps[k])) gaps++;
            }
            float slack = width - lead - natural;
            float extra = 0;
            boolean last = li == broken.size() - 1;
            if (align == Align.JUSTIFY && !last && gaps > 0 && slack > 0 && slack / gaps <= maxSize * 0.4f) {
                extra = slack / gaps;
            }
            float x = switch (align) {
                case CENTER -> lead + Math.max(0, slack) / 2;
                case RIGHT -> lead + Math.max(0, slack);
                default -> lead;
            };
            out.add(new Line(runs(cps, styles, widths, l, x, extra), natural + extra * gaps, maxSize));
        }
        return out;
    }

    /** Narrows a centred block until its lines are as even as the line count allows (for headlines). */
    private static List<LineBreaker.Line> balance(int[] cps, float[] widths, float width, int count) {
        float total = 0;
        for (float w : widths) total += w;
        float lo = total / count, hi = width;
        List<LineBreaker.Line> best = null;
        for (int iter = 0; iter < 12 && hi - lo > 1; iter++) {
            float mid = (lo + hi) / 2;
            List<LineBreaker.Line> t = LineBreaker.lines(cps, i -> widths[i], mid, mid);
            if (t.size() <= count) {
                best = t;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best != null ? best : LineBreaker.lines(cps, i -> widths[i], width, width);
    }

    /** Whether justification may add space between these two characters (not inside a Latin word). */
    static boolean isGap(int a, int b) {
        return LineBreaker.isSpace(a) || LineBreaker.isSpace(b)
                || !(LineBreaker.isWordChar(a) && LineBreaker.isWordChar(b));
    }

    private List<Run> runs(int[] cps, Style[] styles, float[] widths, LineBreaker.Line l, float x0, float extra) {
        List<Run> runs = new ArrayList<>();
        float x = x0;
        int k = l.start();
        while (k < l.end()) {
            Style st = styles[k];
            int font = st.fonts().fontFor(cps[k]);
            if (k > l.start() && isGap(cps[k - 1], cps[k])) x += extra;
            float runX = x;
            if (font < 0) {
                missing.add(cps[k]);
                runs.add(new Run(st, -1, new String(Character.toChars(FontChain.REPLACEMENT)), runX, 0,
                        new String(Character.toChars(cps[k]))));
                x += widths[k];
                k++;
                continue;
            }
            int start = k;
            x += widths[k];
            k++;
            while (k < l.end() && styles[k] == st && st.fonts().fontFor(cps[k]) == font) {
                if (isGap(cps[k - 1], cps[k])) x += extra;
                x += widths[k];
                k++;
            }
            runs.add(new Run(st, font, new String(cps, start, k - start), runX, extra, null));
        }
        return runs;
    }
}
