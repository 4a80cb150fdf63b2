package org.kanbao.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.ParsedPage;

/**
 * The rules of shared/tools/score_parse.py in Java: articles are matched by body 4-gram Jaccard
 * (greedy, ≥ 0.3) after NFKC with white space removed; a match is exact when title, body (difflib ratio
 * ≥ 0.98), byline names, jump and kind agree.
 */
public final class ParseScorer {
    private ParseScorer() {
    }

    /** Totals over pages. */
    public static final class Score {
        public int expected;
        public int parsed;
        public int matched;
        public int exact;
        public double bodyChars;
        public double bodyCharsOk;
        public final List<String> problems = new ArrayList<>();

        public int spurious() {
            return parsed - matched;
        }

        public double exactShare() {
            return exact / (double) Math.max(1, expected);
        }

        public double bodyShare() {
            return bodyCharsOk / Math.max(1, bodyChars);
        }

        public void add(Score o) {
            expected += o.expected;
            parsed += o.parsed;
            matched += o.matched;
            exact += o.exact;
            bodyChars += o.bodyChars;
            bodyCharsOk += o.bodyCharsOk;
            problems.addAll(o.problems);
        }

        @Override
        public String toString() {
            return String.format("%d/%d exact, matched %d, spurious %d, body chars %.3f", exact, expected, matched, spurious(), bodyShare());
        }
    }

    public static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !isPyWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Python's str.split() white space. */
    private static boolean isPyWhitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85;
    }

    public static String bodyText(Article a) {
        StringBuilder b = new StringBuilder(norm(a.lead()));
        for (BodyBlock x : a.body()) b.append(norm(x.text()));
        return b.toString();
    }

    public static String title(Article a) {
        return norm(a.kicker()) + norm(a.headline()) + norm(a.subtitle());
    }

    public static List<String> names(Article a) {
        List<String> out = new ArrayList<>();
        for (Byline b : a.bylines()) for (String n : b.names()) out.add(norm(n));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static String jump(Article a) {
        Jump j = a.jump();
        return j == null ? "null" : j.direction().code() + j.page();
    }

    public static Set<String> grams(String s) {
        Set<String> g = new HashSet<>();
        for (int i = 0; i + 4 <= s.length(); i++) g.add(s.substring(i, i + 4));
        if (g.isEmpty()) g.add(s);
        return g;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a) if (b.contains(x)) inter++;
        int union = a.size() + b.size() - inter;
        return inter / (double) Math.max(1, union);
    }

    public static Score scorePage(ParsedPage exp, ParsedPage act) {
        List<Article> e = exp.articles();
        List<Article> p = act.articles();
        List<Set<String>> eg = e.stream().map(a -> grams(bodyText(a))).toList();
        List<Set<String>> pg = p.stream().map(a -> grams(bodyText(a))).toList();
        record Pair(double s, int i, int j) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) for (int j = 0; j < p.size(); j++) pairs.add(new Pair(jaccard(eg.get(i), pg.get(j)), i, j));
        // python sorts (s, i, j) tuples descending
        pairs.sort(Comparator.comparingDouble(Pair::s).thenComparingInt(Pair::i).thenComparingInt(Pair::j).reversed());
        Map<Integer, Integer> match = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Pair x : pairs) {
            if (x.s() < 0.3 || match.containsKey(x.i()) || used.contains(x.j())) continue;
            match.put(x.i(), x.j());
            used.add(x.j());
        }
        Score r = new Score();
        r.expected = e.size();
        r.parsed = p.size();
        r.matched = match.size();
        for (int i = 0; i < e.size(); i++) {
            Article a = e.get(i);
            String eb = bodyText(a);
            r.bodyChars += eb.length();
            if (!match.containsKey(i)) {
                r.problems.add("missing: " + title(a));
                continue;
            }
            Article q = p.get(match.get(i));
            double ratio = ratio(eb, bodyText(q));
            r.bodyCharsOk += ratio * eb.length();
            boolean ok = title(a).equals(title(q)) && ratio >= 0.98 && names(a).equals(names(q))
                    && jump(a).equals(jump(q)) && a.kind() == q.kind();
            if (ok) r.exact++;
            else r.problems.add("wrong: " + title(a) + " (got " + title(q) + ", body " + String.format("%.3f", ratio) + ")");
        }
        return r;
    }

    /** difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(). */
    public static double ratio(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la + lb == 0) return 1.0;
        Map<Character, int[]> b2j = new HashMap<>();
        Map<Character, List<Integer>> tmp = new HashMap<>();
        for (int j = 0; j < lb; j++) tmp.computeIfAbsent(b.charAt(j), k -> new ArrayList<>()).add(j);
        tmp.forEach((k, v) -> b2j.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        int matches = 0;
        List<int[]> queue = new ArrayList<>();
        queue.add(new int[] {0, la, 0, lb});
        int[] j2len = new int[lb + 1];
        int[] newLen = new int[lb + 1];
        while (!queue.isEmpty()) {
            int[] q = queue.remove(queue.size() - 1);
            int alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
            int besti = alo, bestj = blo, bestsize = 0;
            List<Integer> touched = new ArrayList<>();
            List<Integer> newTouched = new ArrayList<>();
            for (int i = alo; i < ahi; i++) {
                int[] js = b2j.get(a.charAt(i));
                newTouched.clear();
                if (js != null) {
                    for (int j : js) {
                        if (j < blo) continue;
                        if (j >= bhi) break;
                        int k = j2len[j] + 1; // previous row's length ending at j-1 is stored at index j
                        newLen[j + 1] = k;
                        newTouched.add(j + 1);
                        if (k > bestsize) {
                            besti = i - k + 1;
                            bestj = j - k + 1;
                            bestsize = k;
                        }
                    }
                }
                for (int t : touched) j2len[t] = 0;
                for (int t : newTouched) j2len[t] = newLen[t];
                for (int t : newTouched) newLen[t] = 0;
                touched = new ArrayList<>(newTouched);
            }
            for (int t : touched) j2len[t] = 0;
            while (besti > alo && bestj > blo && a.charAt(besti - 1) == b.charAt(bestj - 1)) {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && a.charAt(besti + bestsize) == b.charAt(bestj + bestsize)) bestsize++;
            if (bestsize > 0) {
                matches += bestsize;
                if (alo < besti && blo < bestj) queue.add(new int[] {alo, besti, blo, bestj});
                if (besti + bestsize < ahi && bestj + bestsize < bhi) queue.add(new int[] {besti + bestsize, ahi, bestj + bestsize, bhi});
            }
        }
        return 2.0 * matches / (la + lb);
    }
}
