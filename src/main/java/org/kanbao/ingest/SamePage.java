package org.kanbao.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kanbao.model.Article;

/**
 * Whether two readings are of one printed page: the text dump and the PDF of a page share their text, while two
 * pages that only carry the same number (sections A1 and B1, read as page 1) do not.
 */
final class SamePage {
    /** Share of the smaller page's character pairs that the other page has too, from which they are one page. */
    static final double MIN_SHARED = 0.6;

    private SamePage() {
    }

    static boolean sameText(List<Article> a, List<Article> b) {
        Set<Integer> x = pairs(a);
        Set<Integer> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        Set<Integer> small = x.size() <= y.size() ? x : y;
        Set<Integer> large = small == x ? y : x;
        int shared = 0;
        for (int p : small) if (large.contains(p)) shared++;
        return shared >= MIN_SHARED * small.size();
    }

    /** The distinct pairs of adjacent non-blank chars of the articles' titles, leads and bodies. */
    private static Set<Integer> pairs(List<Article> articles) {
        Set<Integer> out = new HashSet<>();
        for (Article a : articles) {
            String t = (a.title() + a.lead() + a.bodyText()).replaceAll("\\s+", "");
            for (int i = 0; i + 1 < t.length(); i++) out.add(t.charAt(i) << 16 | t.charAt(i + 1));
        }
        return out;
    }
}
