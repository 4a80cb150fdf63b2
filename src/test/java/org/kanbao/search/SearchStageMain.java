package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.kanbao.Kanbao;

/** CPU time of each SQL stage of a ranked search (count, cut-off, bm25 window, fetch), per bench query. */
public final class SearchStageMain {
    static double time(Connection c, String sql, Object... params) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        double[] t = new double[5];
        for (int r = -2; r < t.length; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getObject(1);
                }
            }
            if (r >= 0) t[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    static long one(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        try (Kanbao k = Kanbao.open(Path.of(args[0]), true)) {
            k.library().read(c -> {
                try {
                    for (String q : SearchCpuMain.QUERIES) {
                        var cq = QueryCompiler.compile(SearchQuery.parse(q));
                        var plain = QueryCompiler.compile(SearchQuery.parse(q));
                        long cut = one(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 1999", plain.match());
                        System.out.printf("%-5s count %6.2f | cutoff %6.2f | rank2000 %6.2f | rankplain %6.2f | rowids>=cut %6.2f%n", q,
                                time(c, "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", plain.match()),
                                time(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 1999", plain.match()),
                                time(c, "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT 50", cq.match(), cut),
                                time(c, "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT 50", plain.match(), cut),
                                time(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?", plain.match(), cut));
                        var mx = ManagementFactory.getThreadMXBean();
                        java.util.List<Long> ids = new java.util.ArrayList<>();
                        try (PreparedStatement ps = c.prepareStatement("SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT 50")) {
                            ps.setString(1, cq.match()); ps.setLong(2, cut);
                            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) ids.add(rs.getLong(1)); }
                        }
                        double[] tf = new double[7], th = new double[7];
                        for (int r = -2; r < 7; r++) {
                            long c0 = mx.getCurrentThreadCpuTime();
                            var arts = SearchService.fetch(c, ids);
                            long c1 = mx.getCurrentThreadCpuTime();
                            for (var s : arts) { var pos = Highlighter.positions(s.article(), cq.highlights()); Highlighter.snippet(s.article(), pos); }
                            long c2 = mx.getCurrentThreadCpuTime();
                            if (r >= 0) { tf[r] = (c1 - c0) / 1e6; th[r] = (c2 - c1) / 1e6; }
                        }
                        Arrays.sort(tf); Arrays.sort(th);
                        System.out.printf("      fetch50 %6.2f | highlight50 %6.2f%n", tf[3], th[3]);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
                return null;
            });
        }
    }
}
