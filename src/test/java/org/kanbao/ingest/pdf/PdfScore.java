package org.kanbao.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kanbao.ingest.ParseScorer;
import org.kanbao.model.Article;
import org.kanbao.model.ParsedPage;

/**
 * The rules of ../shared/tools/score_parse.py in Java: articles matched by the 4-gram Jaccard of their
 * body text (≥ 0.3, greedy best first), then exact when title, body (difflib-like ratio ≥ 0.98),
 * byline names, jump and kind all agree; zone IoU averaged over matched articles.
 */
final class PdfScore {
    // Text normalisation and article matching are score_parse.py's rules, kept once in ParseScorer.
    int expected;
    int exact;
    int matched;
    final List<Double> ious = new ArrayList<>();
    final List<String> misses = new ArrayList<>();

    /** 2 × matches / total length, matches counted as the longest common subsequence (close to difflib's ratio). */
    static double ratio(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.length()] / (a.length() + b.length());
    }

    void add(ParsedPage exp, ParsedPage act, String label) {
        List<Article> e = exp.articles(), p = act.articles();
        expected += e.size();
        List<Set<String>> eg = new ArrayList<>(), pg = new ArrayList<>();
        for (Article a : e) eg.add(ParseScorer.grams(ParseScorer.bodyText(a)));
        for (Article a : p) pg.add(ParseScorer.grams(ParseScorer.bodyText(a)));
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) for (int j = 0; j < p.size(); j++) pairs.add(new double[] {ParseScorer.jaccard(eg.get(i), pg.get(j)), i, j});
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        Map<Integer, Integer> match = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (double[] s : pairs) {
            int i = (int) s[1], j = (int) s[2];
            if (s[0] < 0.3 || match.containsKey(i) || used.contains(j)) continue;
            match.put(i, j);
            used.add(j);
        }
        matched += match.size();
        for (int i = 0; i < e.size(); i++) {
            Article a = e.get(i);
            if (!match.containsKey(i)) {
                misses.add(label + ": missing " + a.headline());
                continue;
            }
            Article b = p.get(match.get(i));
            boolean ok = ParseScorer.title(a).equals(ParseScorer.title(b)) && ratio(ParseScorer.bodyText(a), ParseScorer.bodyText(b)) >= 0.98 && ParseScorer.names(a).equals(ParseScorer.names(b))
                    && Objects.equals(a.jump(), b.jump()) && a.kind() == b.kind();
            if (ok) exact++;
            else misses.add(label + ": wrong " + a.headline());
            if (a.zone() != null && b.zone() != null) ious.add(a.zone().iou(b.zone()));
        }
    }

    double exactShare() {
        return (double) exact / Math.max(1, expected);
    }

    double meanIou() {
        return ious.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
