package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.kanbao.Kanbao;

/** Throwaway: CPU time of the SQL stages of a search, per bench query. */
public final class SearchSqlMain {
    static double time(Connection c, String sql, Object... params) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        double[] t = new double[5];
        for (int r = -1; r < t.length; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) { rs.getObject(1); }
                }
            }
            if (r >= 0) t[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    public static void main(String[] args) throws Exception {
        try (Kanbao k = Kanbao.open(Path.of(args[0]), true)) {
            k.library().read(c -> {
                try {
                    for (String q : SearchCpuMain.QUERIES) {
                        String f = Fold.fold(q);
                        String chars = Tokens.phrase(f);
                        String w = Tokens.word(f);
                        String word = w == null ? null : "\"" + w + "\"";
                        String both = w == null ? chars : "(" + word + " OR " + chars + ")";
                        System.out.printf("%-5s word=%s count %.2f | cutoff5000 %.2f | rank>=cut (both) %.2f | rank all(both) lim50 %.2f | rowid desc lim50 %.2f | wordcount %.2f | rank word lim50 %.2f%n",
                                q, w != null,
                                time(c, "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", chars),
                                time(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 4999", chars),
                                time(c, "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= (SELECT max(rowid) - 20000 FROM article) ORDER BY rank LIMIT 50", both),
                                time(c, "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50", both),
                                time(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 50", chars),
                                word == null ? -1 : time(c, "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", word),
                                word == null ? -1 : time(c, "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50", word));
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
                return null;
            });
        }
    }
}
