package org.kanbao.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.ParsedPage;

/**
 * Links the two parts of a story continued inside one edition PDF: the part that says 下转第N版 and
 * the part on page N under the same headline. The continuation gets its 上接 jump when the page does
 * not print one, and a commentary signed at its end (a pen name) lends the signature to its first part.
 */
final class EditionLinks {
    private EditionLinks() {
    }

    static List<ParsedPage> link(List<ParsedPage> pages) {
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).page() != null) byNumber.putIfAbsent(pages.get(i).page(), i);
        List<List<Article>> arts = new ArrayList<>();
        for (ParsedPage p : pages) arts.add(new ArrayList<>(p.articles()));
        for (int i = 0; i < pages.size(); i++) {
            Integer from = pages.get(i).page();
            if (from == null) continue;
            for (int a = 0; a < arts.get(i).size(); a++) {
                Article first = arts.get(i).get(a);
                if (first.jump() == null || first.jump().direction() != Jump.Direction.TO) continue;
                Integer target = byNumber.get(first.jump().page());
                if (target == null || target == i) continue;
                List<Article> there = arts.get(target);
                int k = find(there, first, from);
                if (k < 0) continue;
                Article rest = there.get(k);
                if (rest.jump() == null) {
                    there.set(k, rest = rest.withJump(new Jump(Jump.Direction.FROM, from), rest.continues()));
                }
                boolean signed = !rest.bylines().isEmpty() && rest.bylines().stream().allMatch(b -> b.role().isEmpty());
                if (first.bylines().isEmpty() && signed) {
                    List<Byline> by = rest.bylines();
                    ArticleKind kind = first.kind() == ArticleKind.NEWS ? ArticleKind.COMMENTARY : first.kind();
                    arts.get(i).set(a, new Article(kind, first.kicker(), first.headline(), first.subtitle(), by,
                            first.lead(), first.body(), first.jump(), first.continues(), first.zone()));
                }
            }
        }
        List<ParsedPage> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(pages.get(i).withArticles(arts.get(i)));
        return out;
    }

    /** The continuation: says 上接 this page, or carries the same headline and no other jump. */
    private static int find(List<Article> there, Article first, int fromPage) {
        String head = key(first.headline());
        for (int k = 0; k < there.size(); k++) {
            Jump j = there.get(k).jump();
            if (j != null && j.direction() == Jump.Direction.FROM && j.page() == fromPage && key(there.get(k).headline()).equals(head)) return k;
        }
        for (int k = 0; k < there.size(); k++) {
            Article b = there.get(k);
            if (b.jump() == null && !head.isEmpty() && key(b.headline()).equals(head)) return k;
        }
        for (int k = 0; k < there.size(); k++) {
            Jump j = there.get(k).jump();
            if (j != null && j.direction() == Jump.Direction.FROM && j.page() == fromPage) return k;
        }
        return -1;
    }

    private static String key(String s) {
        return TextCleanup.removeSpaces(s == null ? "" : s);
    }
}
