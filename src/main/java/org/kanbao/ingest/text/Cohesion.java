package org.kanbao.ingest.text;

import java.util.List;

/**
 * How much two stretches of text share their words, as the cosine of their Han character-pair counts. The
 * sections of one story keep coming back to the same names and things; where one story ends and another
 * begins, the words change (the idea behind TextTiling).
 */
final class Cohesion {
    private Cohesion() {
    }

    /** Han characters compared on each side. */
    static final int WINDOW = 400;
    /** Pieces looked at on each side at most (a page of junk may hold thousands of tiny ones). */
    private static final int SCAN = 60;
    /** Overlap below which the two sides are taken for different stories (same-story sides measure 0.2–0.5). */
    static final double TOPIC_BREAK = 0.15;

    static double between(String a, String b) {
        int[] x = pairs(a), y = pairs(b);
        if (x.length == 0 || y.length == 0) return 0;
        // both sorted: walk them together, counting runs of equal pairs
        double dot = 0, nx = norm(x), ny = norm(y);
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else {
                int v = x[i], ci = 0, cj = 0;
                while (i < x.length && x[i] == v) { i++; ci++; }
                while (j < y.length && y[j] == v) { j++; cj++; }
                dot += ci * (double) cj;
            }
        }
        return dot / Math.sqrt(nx * ny);
    }

    /**
     * Like {@link #between}, but each character pair weighted by how few of the page's stories hold it (inverse
     * document frequency): 中国 or 发展 are in every story of a page, 运河 or 埃及 mark one. Built once for the page's
     * stories, it scores one text against each of them.
     */
    static final class Distinctive {
        private final java.util.Map<Integer, Integer> df = new java.util.HashMap<>();
        private final int n;

        Distinctive(List<String> stories) {
            n = stories.size();
            for (String s : stories) {
                int[] p = pairs(s);
                for (int i = 0; i < p.length; i++) if (i == 0 || p[i] != p[i - 1]) df.merge(p[i], 1, Integer::sum);
            }
        }

        double between(String a, String b) {
            java.util.Map<Integer, Double> x = weighted(a), y = weighted(b);
            double dot = 0, nx = 0, ny = 0;
            for (var e : x.entrySet()) {
                nx += e.getValue() * e.getValue();
                Double v = y.get(e.getKey());
                if (v != null) dot += e.getValue() * v;
            }
            for (double v : y.values()) ny += v * v;
            return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
        }

        private java.util.Map<Integer, Double> weighted(String t) {
            java.util.Map<Integer, Double> out = new java.util.HashMap<>();
            for (int p : pairs(t)) out.merge(p, 1.0, Double::sum);
            out.replaceAll((p, c) -> c * Math.log((n + 1.0) / (1 + df.getOrDefault(p, 0))));
            return out;
        }
    }

    /** Sum of squared counts of a sorted array's values. */
    private static double norm(int[] x) {
        double n = 0;
        for (int i = 0; i < x.length; ) {
            int k = i;
            while (k < x.length && x[k] == x[i]) k++;
            n += (k - i) * (double) (k - i);
            i = k;
        }
        return n;
    }

    /** The last {@link #WINDOW} characters of the body pieces before {@code i} (furniture and titles skipped). */
    static String before(List<Piece> ps, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i - 1; j >= Math.max(0, i - SCAN) && sb.length() < WINDOW; j--) {
            Piece p = ps.get(j);
            if (p.kind != Piece.Kind.BODY) continue;
            for (int k = p.lines.size() - 1; k >= 0 && sb.length() < WINDOW; k--) sb.insert(0, p.lines.get(k));
        }
        return sb.length() > WINDOW ? sb.substring(sb.length() - WINDOW) : sb.toString();
    }

    /** The first {@link #WINDOW} characters of the body pieces after {@code i}. */
    static String after(List<Piece> ps, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < Math.min(ps.size(), i + 1 + SCAN) && sb.length() < WINDOW; j++) {
            Piece p = ps.get(j);
            if (p.kind != Piece.Kind.BODY) continue;
            for (String l : p.lines) sb.append(l);
        }
        return sb.length() > WINDOW ? sb.substring(0, WINDOW) : sb.toString();
    }

    /** The text's Han character pairs, each as one int (both characters are in the BMP), sorted. */
    private static int[] pairs(String t) {
        int[] out = new int[Math.max(0, t.length() - 1)];
        int n = 0;
        for (int k = 0; k + 1 < t.length(); k++) {
            char c = t.charAt(k), d = t.charAt(k + 1);
            if (han(c) && han(d)) out[n++] = c << 16 | d;
        }
        int[] p = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(p);
        return p;
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
