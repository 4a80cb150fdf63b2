package org.kanbao.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Overlap below which the two sides are taken for different stories (same-story sides measure 0.2–0.5). */
    static final double TOPIC_BREAK = 0.15;

    static double between(String a, String b) {
        Map<String, Integer> x = pairs(a), y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        double dot = 0, nx = 0, ny = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            nx += e.getValue() * (double) e.getValue();
            dot += e.getValue() * (double) y.getOrDefault(e.getKey(), 0);
        }
        for (int v : y.values()) ny += v * (double) v;
        return dot / Math.sqrt(nx * ny);
    }

    /** The last {@link #WINDOW} characters of the body pieces before {@code i} (furniture and titles skipped). */
    static String before(List<Piece> ps, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i - 1; j >= 0 && sb.length() < WINDOW; j--) {
            Piece p = ps.get(j);
            if (p.kind != Piece.Kind.BODY) continue;
            for (int k = p.lines.size() - 1; k >= 0 && sb.length() < WINDOW; k--) sb.insert(0, p.lines.get(k));
        }
        return sb.length() > WINDOW ? sb.substring(sb.length() - WINDOW) : sb.toString();
    }

    /** The first {@link #WINDOW} characters of the body pieces after {@code i}. */
    static String after(List<Piece> ps, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < ps.size() && sb.length() < WINDOW; j++) {
            Piece p = ps.get(j);
            if (p.kind != Piece.Kind.BODY) continue;
            for (String l : p.lines) sb.append(l);
        }
        return sb.length() > WINDOW ? sb.substring(0, WINDOW) : sb.toString();
    }

    private static Map<String, Integer> pairs(String t) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k + 1 < t.length(); k++) {
            if (han(t.charAt(k)) && han(t.charAt(k + 1))) m.merge(t.substring(k, k + 2), 1, Integer::sum);
        }
        return m;
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
