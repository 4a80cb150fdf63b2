package org.kanbao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kanbao.ingest.pdf.PageGeometry.Glyph;

/** Glyphs on one baseline, close together, in one font size. */
final class TextLine {
    final List<Glyph> glyphs;
    final double x0, y0, x1, y1, size;
    final boolean bold;
    /** Share of the glyphs set in a bold face. */
    final double boldShare;
    final String text;

    TextLine(List<Glyph> glyphs) {
        this.glyphs = glyphs;
        double ax = Double.MAX_VALUE, ay = Double.MAX_VALUE, bx = -Double.MAX_VALUE, by = -Double.MAX_VALUE;
        int boldCount = 0;
        List<Double> sizes = new ArrayList<>();
        for (Glyph g : glyphs) {
            ax = Math.min(ax, g.x());
            ay = Math.min(ay, g.y());
            bx = Math.max(bx, g.x1());
            by = Math.max(by, g.y1());
            if (g.bold()) boldCount++;
            sizes.add(g.size());
        }
        sizes.sort(Comparator.naturalOrder());
        x0 = ax;
        y0 = ay;
        x1 = bx;
        y1 = by;
        size = sizes.get(sizes.size() / 2);
        bold = boldCount * 2 > glyphs.size();
        boldShare = (double) boldCount / glyphs.size();
        text = spell(glyphs, size);
    }

    double width() { return x1 - x0; }
    double height() { return y1 - y0; }
    double cx() { return (x0 + x1) / 2; }
    double baseline() { return y0 + size * 0.88; }

    /**
     * Text with a space wherever a gap is wider than the line's closest letter spacing by a tenth of the
     * size or more: names set close together in a credit ({@code 吴佳 钱立新}) come apart.
     */
    String spacedText() {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) gaps.add(glyphs.get(i).x() - glyphs.get(i - 1).x1());
        if (gaps.isEmpty()) return text;
        double usual = Math.max(0, java.util.Collections.min(gaps));
        StringBuilder sb = new StringBuilder(glyphs.get(0).text());
        for (int i = 1; i < glyphs.size(); i++) {
            if (gaps.get(i - 1) > usual + size * 0.1) sb.append(' ');
            sb.append(glyphs.get(i).text());
        }
        return sb.toString();
    }

    /** Text with a space where the gap between glyphs is wide (words, padded names, lead gaps). */
    private static String spell(List<Glyph> gs, double size) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : gs) {
            if (prev != null && g.x() - prev.x1() > size * 0.45) sb.append(' ');
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /**
     * Groups glyphs into lines: same baseline (within a fraction of the size), similar size, and no gap
     * wider than {@code maxGapEm} font sizes. Lines come back sorted top to bottom, then left to right.
     */
    static List<TextLine> build(List<Glyph> glyphs, double maxGapEm) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextLine::base).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        double rowBase = Double.NaN;
        for (Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(base(g) - rowBase) > 0.3 * g.size()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) rowBase = base(g);
            row.add(g);
        }
        if (!row.isEmpty()) rows.add(row);
        List<TextLine> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> cur = new ArrayList<>();
            for (Glyph g : r) {
                if (!cur.isEmpty()) {
                    Glyph p = cur.get(cur.size() - 1);
                    double s = Math.max(p.size(), g.size());
                    boolean sizeJump = Math.max(p.size(), g.size()) > 1.25 * Math.min(p.size(), g.size());
                    boolean marker = "■".equals(g.text()) && g.x() - p.x1() > 0.3 * s;
                    if (g.x() - p.x1() > maxGapEm * s || sizeJump || marker) {
                        out.add(new TextLine(cur));
                        cur = new ArrayList<>();
                    }
                }
                cur.add(g);
            }
            if (!cur.isEmpty()) out.add(new TextLine(cur));
        }
        out.sort(Comparator.comparingDouble((TextLine l) -> l.y0).thenComparingDouble(l -> l.x0));
        return out;
    }

    private static double base(Glyph g) {
        return g.y() + g.size() * 0.88;
    }

    @Override
    public String toString() {
        return String.format("[%.1f,%.1f %.1fx%.1f s%.1f%s] %s", x0, y0, width(), height(), size, bold ? " B" : "", text);
    }
}
