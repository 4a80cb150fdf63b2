package org.kanbao.ui.pagelayout;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Zone;

/**
 * Lays out a text-only page as a newspaper would look: a masthead strip, the first article across the
 * top, the rest flowed into columns, each block's height following the article's length. Pure
 * geometry, so every page can be browsed the same way whether or not it came with zones.
 */
public final class SchematicLayout {
    /** Page size of a schematic page, in the same units as PDF zones (a broadsheet's proportions). */
    public static final double WIDTH = 800;
    public static final double HEIGHT = 1130;
    static final double MARGIN = 28;
    static final double GUTTER = 10;
    /** Short items still get room for a headline. */
    static final int MIN_WEIGHT = 260;

    private SchematicLayout() {
    }

    /** Height of the strip at the top; the front page carries the paper's name. */
    public static double mastheadHeight(boolean frontPage) {
        return frontPage ? 120 : 56;
    }

    /** One zone per article length, in the order given, filling the page below the masthead. */
    public static List<Zone> layout(List<Integer> lengths, boolean frontPage) {
        int n = lengths.size();
        List<Zone> out = new ArrayList<>();
        if (n == 0) return out;
        double x0 = MARGIN;
        double y0 = MARGIN + mastheadHeight(frontPage);
        double aw = WIDTH - 2 * MARGIN;
        double ah = HEIGHT - y0 - MARGIN;
        if (n == 1) {
            out.add(new Zone(x0, y0, aw, ah));
            return out;
        }
        double total = 0;
        for (int len : lengths) total += weight(len);
        // The first article opens the page across its full width.
        double leadH = Math.max(0.22, Math.min(0.45, weight(lengths.get(0)) / total)) * ah;
        out.add(new Zone(x0, y0, aw, leadH));
        double top = y0 + leadH + GUTTER;
        double restH = y0 + ah - top;
        int cols = Math.max(1, Math.min(n - 1, n - 1 <= 4 ? 2 : n - 1 <= 9 ? 3 : 4));
        double cw = (aw - GUTTER * (cols - 1)) / cols;
        List<List<Integer>> colItems = new ArrayList<>();
        double[] colWeight = new double[cols];
        for (int c = 0; c < cols; c++) colItems.add(new ArrayList<>());
        for (int i = 1; i < n; i++) {
            int best = 0;
            for (int c = 1; c < cols; c++) if (colWeight[c] < colWeight[best]) best = c;
            colItems.get(best).add(i);
            colWeight[best] += weight(lengths.get(i));
        }
        Zone[] zones = new Zone[n];
        zones[0] = out.get(0);
        for (int c = 0; c < cols; c++) {
            List<Integer> items = colItems.get(c);
            double gaps = GUTTER * Math.max(0, items.size() - 1);
            double y = top;
            for (int i : items) {
                double h = (restH - gaps) * weight(lengths.get(i)) / colWeight[c];
                zones[i] = new Zone(x0 + c * (cw + GUTTER), y, cw, h);
                y += h + GUTTER;
            }
        }
        return List.of(zones);
    }

    private static double weight(int length) {
        return Math.max(MIN_WEIGHT, length);
    }
}
