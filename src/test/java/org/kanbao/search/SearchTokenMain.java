package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.Kanbao;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.ArticleCodec;

/** CPU time to read and to tokenise N articles of a library on one thread, apart from SQLite's inserts. */
public final class SearchTokenMain {
    public static void main(String[] args) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        int n = Integer.parseInt(args[1]);
        try (Kanbao k = Kanbao.open(Path.of(args[0]), true)) {
            long c0 = mx.getCurrentThreadCpuTime();
            List<StoredArticle> arts = k.library().read(c -> {
                List<StoredArticle> out = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT " + ArticleCodec.COLUMNS + ArticleCodec.FROM + "ORDER BY a.id LIMIT " + n)) {
                    while (rs.next()) out.add(ArticleCodec.read(rs));
                }
                return out;
            });
            long c1 = mx.getCurrentThreadCpuTime();
            for (int rep = 0; rep < 2; rep++) {
                long t0 = mx.getCurrentThreadCpuTime();
                long chars = 0, seg = 0, gr = 0, te = 0;
                for (StoredArticle s : arts) {
                    long a = mx.getCurrentThreadCpuTime();
                    String body = Fold.fold(SearchIndex.bodyText(s.article()));
                    String title = Fold.fold(s.article().title());
                    String g = Tokens.grams(body) + Tokens.grams(title);
                    long b = mx.getCurrentThreadCpuTime();
                    String t = Tokens.terms(body, title);
                    long d = mx.getCurrentThreadCpuTime();
                    gr += b - a;
                    te += d - b;
                    chars += g.length() + t.length();
                }
                long t1 = mx.getCurrentThreadCpuTime();
                System.out.printf("read %.1f s; tokenise %d articles: %.1f s CPU (grams %.1f, terms+segment %.1f), %d token chars%n",
                        (c1 - c0) / 1e9, arts.size(), (t1 - t0) / 1e9, gr / 1e9, te / 1e9, chars);
            }
        }
    }
}
