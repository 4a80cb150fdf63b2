package org.kanbao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kanbao.ingest.pdf.PageGeometry.Glyph;
import org.kanbao.ingest.pdf.PageGeometry.Rect;

/**
 * Cuts a page into cells along the rules drawn on it (recursive XY-cut). A cut is a horizontal or
 * vertical rule, possibly drawn in several touching pieces, that crosses its whole region and has text
 * on both sides; rules with nothing on one side (the edges of a box, double rules) are not cuts.
 */
final class RuleCells {
    /** A cell; the flags tell which sides are rules (as opposed to the edge of the printed area). */
    record Cell(double x0, double y0, double x1, double y1, boolean ruleLeft, boolean ruleTop, boolean ruleRight,
                boolean ruleBottom, int whitespace) {
        static final int LEFT = 1, TOP = 2, RIGHT = 4, BOTTOM = 8;

        Cell(double x0, double y0, double x1, double y1, boolean ruleLeft, boolean ruleTop, boolean ruleRight,
             boolean ruleBottom) {
            this(x0, y0, x1, y1, ruleLeft, ruleTop, ruleRight, ruleBottom, 0);
        }

        /** Whether that side was cut along white space rather than a rule or the edge of the print. */
        boolean open(int side) { return (whitespace & side) != 0; }

        double w() { return x1 - x0; }
        double h() { return y1 - y0; }
        boolean contains(double x, double y) { return x >= x0 && x < x1 && y >= y0 && y < y1; }
    }

    private record Seg(double pos, double a, double b) {
    }

    private final List<Seg> horizontal = new ArrayList<>();
    private final List<Seg> vertical = new ArrayList<>();
    /** Edges of boxes holding text: cuts only where no rule is left to cut along. */
    private final List<Seg> boxHorizontal = new ArrayList<>();
    private final List<Seg> boxVertical = new ArrayList<>();
    private final double bodySize;
    /** Photos and filled panels: a broken rule's open stretch may not run through them. */
    private final List<Rect> pictures = new ArrayList<>();

    private RuleCells(List<Rect> rects, List<Rect> frames, List<Glyph> glyphs, double bodySize) {
        this.bodySize = bodySize;
        for (Rect r : rects) {
            if (r.horizontalRule()) horizontal.add(new Seg(r.y() + r.h() / 2, r.x(), r.x1()));
            else if (r.verticalRule()) vertical.add(new Seg(r.x() + r.w() / 2, r.y(), r.y1()));
        }
        for (Rect r : rects) {
            if (r.filled() && !r.horizontalRule() && !r.verticalRule()) pictures.add(r);
        }
        // a box with running text in it (a boxed story, a notice) is bounded by its edges
        for (Rect f : frames) {
            int in = 0;
            for (Glyph g : glyphs) {
                if (g.cx() > f.x() && g.cx() < f.x1() && g.cy() > f.y() && g.cy() < f.y1() && ++in >= 8) break;
            }
            if (in < 8) continue;
            boxHorizontal.add(new Seg(f.y(), f.x(), f.x1()));
            boxHorizontal.add(new Seg(f.y1(), f.x(), f.x1()));
            boxVertical.add(new Seg(f.x(), f.y(), f.y1()));
            boxVertical.add(new Seg(f.x1(), f.y(), f.y1()));
        }
    }

    /** Cells of the area, in no particular order; only cells holding glyphs are returned. */
    static List<Cell> cut(double x0, double y0, double x1, double y1, List<Rect> rects, List<Glyph> glyphs,
                          double bodySize) {
        return cut(x0, y0, x1, y1, rects, List.of(), glyphs, bodySize);
    }

    /** As above, with the page's stroked boxes: those holding text bound cells too. */
    static List<Cell> cut(double x0, double y0, double x1, double y1, List<Rect> rects, List<Rect> frames,
                          List<Glyph> glyphs, double bodySize) {
        return cut(x0, y0, x1, y1, rects, frames, List.of(), glyphs, bodySize);
    }

    /** As above; broken rules do not cut through the given images either. */
    static List<Cell> cut(double x0, double y0, double x1, double y1, List<Rect> rects, List<Rect> frames,
                          List<Rect> images, List<Glyph> glyphs, double bodySize) {
        RuleCells rc = new RuleCells(rects, frames, glyphs, bodySize);
        rc.pictures.addAll(images);
        List<Cell> out = new ArrayList<>();
        rc.split(new Cell(x0, y0, x1, y1, false, false, false, false), glyphs, out, 0);
        return out;
    }

    private void split(Cell c, List<Glyph> inside, List<Cell> out, int depth) {
        if (inside.isEmpty()) return;
        if (depth < 64) {
            Double hy = findCut(horizontal, c.y0(), c.y1(), c.x0(), c.x1(), inside, true, false);
            Double vx = hy != null ? null : findCut(vertical, c.x0(), c.x1(), c.y0(), c.y1(), inside, false, false);
            // a rule broken where others meet it, or stopping short of the region's end, still divides
            // the region when the rest of its course runs through white space
            if (hy == null && vx == null) hy = findCut(horizontal, c.y0(), c.y1(), c.x0(), c.x1(), inside, true, true);
            if (hy == null && vx == null) vx = findCut(vertical, c.x0(), c.x1(), c.y0(), c.y1(), inside, false, true);
            if (hy == null && vx == null) hy = findCut(boxHorizontal, c.y0(), c.y1(), c.x0(), c.x1(), inside, true, false);
            if (hy == null && vx == null) vx = findCut(boxVertical, c.x0(), c.x1(), c.y0(), c.y1(), inside, false, false);
            if (hy != null) {
                double y = hy;
                split(new Cell(c.x0(), c.y0(), c.x1(), y, c.ruleLeft(), c.ruleTop(), c.ruleRight(), true,
                                c.whitespace() & ~Cell.BOTTOM), filter(inside, g -> g.cy() < y), out, depth + 1);
                split(new Cell(c.x0(), y, c.x1(), c.y1(), c.ruleLeft(), true, c.ruleRight(), c.ruleBottom(),
                                c.whitespace() & ~Cell.TOP), filter(inside, g -> g.cy() >= y), out, depth + 1);
                return;
            }
            if (vx != null) {
                double x = vx;
                split(new Cell(c.x0(), c.y0(), x, c.y1(), c.ruleLeft(), c.ruleTop(), true, c.ruleBottom(),
                                c.whitespace() & ~Cell.RIGHT), filter(inside, g -> g.cx() < x), out, depth + 1);
                split(new Cell(x, c.y0(), c.x1(), c.y1(), true, c.ruleTop(), c.ruleRight(), c.ruleBottom(),
                                c.whitespace() & ~Cell.LEFT), filter(inside, g -> g.cx() >= x), out, depth + 1);
                return;
            }
            // no rule: stories set one above the other, or side by side, with only white space between them
            Double wy = whitespaceRow(inside);
            if (wy != null) {
                split(new Cell(c.x0(), c.y0(), c.x1(), wy, c.ruleLeft(), c.ruleTop(), c.ruleRight(), false,
                                c.whitespace() | Cell.BOTTOM), filter(inside, g -> g.cy() < wy), out, depth + 1);
                split(new Cell(c.x0(), wy, c.x1(), c.y1(), c.ruleLeft(), false, c.ruleRight(), c.ruleBottom(),
                                c.whitespace() | Cell.TOP), filter(inside, g -> g.cy() >= wy), out, depth + 1);
                return;
            }
            Double wx = whitespaceColumn(inside);
            if (wx != null) {
                split(new Cell(c.x0(), c.y0(), wx, c.y1(), c.ruleLeft(), c.ruleTop(), false, c.ruleBottom(),
                                c.whitespace() | Cell.RIGHT), filter(inside, g -> g.cx() < wx), out, depth + 1);
                split(new Cell(wx, c.y0(), c.x1(), c.y1(), false, c.ruleTop(), c.ruleRight(), c.ruleBottom(),
                                c.whitespace() | Cell.LEFT), filter(inside, g -> g.cx() >= wx), out, depth + 1);
                return;
            }
        }
        out.add(c);
    }

    /**
     * A rule position strictly inside (lo, hi) whose pieces together cover [from, to] (with a small
     * tolerance) and that has glyphs on both sides and crosses none. When {@code broken}, the pieces
     * need only cover half of the length, and every stretch they leave open must be white space: no
     * glyph within half a body size of the line there.
     */
    private Double findCut(List<Seg> segs, double lo, double hi, double from, double to, List<Glyph> inside,
                           boolean horizontalCut, boolean broken) {
        double tol = Math.max(12, (to - from) * 0.03);
        List<Seg> cand = new ArrayList<>();
        for (Seg s : segs) {
            if (s.pos() > lo + 2 && s.pos() < hi - 2 && s.b() > from - tol && s.a() < to + tol) cand.add(s);
        }
        cand.sort(Comparator.comparingDouble(Seg::pos));
        int i = 0;
        while (i < cand.size()) {
            int j = i;
            double pos = cand.get(i).pos();
            List<Seg> group = new ArrayList<>();
            while (j < cand.size() && cand.get(j).pos() - pos <= 2) group.add(cand.get(j++));
            group.sort(Comparator.comparingDouble(Seg::a));
            if (broken) {
                if (brokenCut(group, pos, from, to, inside, horizontalCut) && splitsText(pos, inside, horizontalCut)) {
                    return pos;
                }
                i = j;
                continue;
            }
            double reach = from + tol;
            boolean covered = group.get(0).a() <= from + tol;
            for (Seg s : group) {
                if (s.a() > reach + 3) break;
                reach = Math.max(reach, s.b());
            }
            covered &= reach >= to - tol;
            if (covered && splitsText(pos, inside, horizontalCut)) return pos;
            i = j;
        }
        return null;
    }

    /** Rule pieces covering at least half of [from, to], the stretches between them free of text. */
    private boolean brokenCut(List<Seg> group, double pos, double from, double to, List<Glyph> inside,
                              boolean horizontalCut) {
        List<double[]> open = new ArrayList<>();
        double reach = from, drawn = 0;
        for (Seg s : group) {
            double a = Math.max(from, s.a()), b = Math.min(to, s.b());
            if (b <= a) continue;
            if (a > reach) open.add(new double[] {reach, a});
            drawn += Math.max(0, b - Math.max(a, reach));
            reach = Math.max(reach, b);
        }
        if (reach < to) open.add(new double[] {reach, to});
        if (drawn < (to - from) * 0.5) return false;
        double half = 0.5 * bodySize;
        for (Glyph g : inside) {
            double across0 = horizontalCut ? g.y() : g.x(), across1 = horizontalCut ? g.y1() : g.x1();
            if (across1 < pos - half || across0 > pos + half) continue;
            double along0 = horizontalCut ? g.x() : g.y(), along1 = horizontalCut ? g.x1() : g.y1();
            for (double[] o : open) {
                if (along1 > o[0] && along0 < o[1]) return false;
            }
        }
        for (Rect r : pictures) {
            double across0 = horizontalCut ? r.y() : r.x(), across1 = horizontalCut ? r.y1() : r.x1();
            if (across1 <= pos || across0 >= pos) continue;
            double along0 = horizontalCut ? r.x() : r.y(), along1 = horizontalCut ? r.x1() : r.y1();
            for (double[] o : open) {
                if (along1 > o[0] && along0 < o[1]) return false;
            }
        }
        return true;
    }

    /** Running text a part needs to be a story of its own (a header or a lone title is not). */
    private static final int STORY_GLYPHS = 40;

    private int bodyGlyphs(List<Glyph> gs) {
        int n = 0;
        for (Glyph g : gs) if (g.size() < bodySize * 1.08) n++;
        return n;
    }

    private boolean isHeadline(Glyph g) {
        return g.size() >= bodySize * 1.35;
    }

    /**
     * A band of white space across the whole region with running text just above it and a headline
     * opening the part below it (within its first few lines): the gap between two stacked stories.
     */
    private Double whitespaceRow(List<Glyph> inside) {
        List<Glyph> byTop = new ArrayList<>(inside);
        byTop.sort(Comparator.comparingDouble(Glyph::y));
        double reach = -Double.MAX_VALUE;
        Glyph lastAbove = null;
        for (int i = 0; i < byTop.size(); i++) {
            Glyph g = byTop.get(i);
            if (lastAbove != null && g.y() - reach >= 0.6 * bodySize) {
                double cut = (reach + g.y()) / 2;
                // above may be a page header; below must be a story
                // below: a story, or a block of display type only (a notice, an advertisement)
                int below = bodyGlyphs(byTop.subList(i, byTop.size()));
                boolean display = below == 0 && g.y() - reach >= 1.5 * bodySize;
                if (bodyJustAbove(byTop, i, reach) && headlineBelow(byTop, i)
                        && (below >= STORY_GLYPHS || display)) return cut;
            }
            if (g.y1() > reach) {
                reach = g.y1();
                lastAbove = g;
            }
        }
        return null;
    }

    /** The last line above the gap is running text (body size), not a title. */
    private boolean bodyJustAbove(List<Glyph> byTop, int firstBelow, double reach) {
        int body = 0, title = 0;
        for (int k = firstBelow - 1; k >= 0; k--) {
            Glyph g = byTop.get(k);
            if (g.y1() < reach - 1.5 * bodySize) break;
            // a headline; or a title line set on the last line itself
            if (isHeadline(g) || g.size() >= bodySize * 1.08 && g.y1() > reach - 0.6 * bodySize) title++;
            else if (g.size() < bodySize * 1.08) body++;
        }
        return body >= 4 && title == 0;
    }

    private boolean headlineBelow(List<Glyph> byTop, int firstBelow) {
        double top = byTop.get(firstBelow).y();
        for (int k = firstBelow; k < byTop.size(); k++) {
            Glyph g = byTop.get(k);
            if (g.y() > top + 5 * bodySize) break;
            if (isHeadline(g)) return true;
        }
        return false;
    }

    /** A gutter through the whole region with a headline on each side: two stories side by side. */
    private Double whitespaceColumn(List<Glyph> inside) {
        List<Glyph> byLeft = new ArrayList<>(inside);
        byLeft.sort(Comparator.comparingDouble(Glyph::x));
        double reach = -Double.MAX_VALUE;
        for (int i = 0; i < byLeft.size(); i++) {
            Glyph g = byLeft.get(i);
            if (reach > -Double.MAX_VALUE && g.x() - reach >= 0.8 * bodySize) {
                double cut = (reach + g.x()) / 2;
                boolean left = false, right = false;
                for (int k = 0; k < byLeft.size(); k++) {
                    if (!isHeadline(byLeft.get(k))) continue;
                    if (k < i) left = true;
                    else right = true;
                }
                if (left && right && bodyGlyphs(byLeft.subList(0, i)) >= STORY_GLYPHS
                        && bodyGlyphs(byLeft.subList(i, byLeft.size())) >= STORY_GLYPHS) return cut;
            }
            reach = Math.max(reach, g.x1());
        }
        return null;
    }

    private static boolean splitsText(double pos, List<Glyph> inside, boolean horizontalCut) {
        boolean before = false, after = false;
        for (Glyph g : inside) {
            double lo = horizontalCut ? g.y() : g.x(), hi = horizontalCut ? g.y1() : g.x1();
            if (lo < pos - 0.5 && hi > pos + 0.5) {
                // a glyph straddles the rule: not a separator (underline, strike-through)
                double c = (lo + hi) / 2;
                if (Math.abs(c - pos) < (hi - lo) * 0.3) return false;
            }
            if ((lo + hi) / 2 < pos) before = true;
            else after = true;
        }
        return before && after;
    }

    private static List<Glyph> filter(List<Glyph> in, java.util.function.Predicate<Glyph> p) {
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : in) if (p.test(g)) out.add(g);
        return out;
    }
}
