package org.kanbao.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.bench.SyntheticCorpus;
import org.kanbao.model.Article;

/**
 * Where the index build's time goes, on one thread (not a unit test): Java tokenising of N synthetic articles,
 * then SQLite alone inserting the pre-computed token text into fresh search_fts / search_terms tables (bulk mode),
 * then the final optimize of each, CPU ms per article, each configuration {@code -Dreps} times in turn:
 * {@code -Dconfigs=8388608:fts,2097152:terms,0:plain,2097152/1048576:both} (FTS5 hashsize or 0 for the bulk
 * default : table; both = search_fts then search_terms per article as the rebuild does, hash sizes fts/terms).
 * {@code SearchProfileMain N [corpusDir]}.
 */
public final class SearchProfileMain {
    public static void main(String[] args) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        int n = Integer.parseInt(args[0]);
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/fixtures");
        SyntheticCorpus sc = SyntheticCorpus.fromFolders(List.of(corpus), 42);
        List<Article> arts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) arts.add(sc.next());
        // warm-up the segmenter and JIT
        for (int i = 0; i < Math.min(n, 2000); i++) SearchIndex.row(i, arts.get(i));
        long t0 = mx.getCurrentThreadCpuTime();
        List<SearchIndex.Row> rows = new ArrayList<>(n);
        long gramChars = 0, termChars = 0, chars = 0;
        for (int i = 0; i < n; i++) {
            SearchIndex.Row r = SearchIndex.row(i + 1, arts.get(i));
            rows.add(r);
            gramChars += r.body().length() + r.title().length();
            termChars += r.terms().length();
            chars += SearchIndex.bodyText(arts.get(i)).length() + arts.get(i).title().length();
        }
        long t1 = mx.getCurrentThreadCpuTime();
        System.out.printf("java tokenise: %.3f ms/article CPU; %.0f chars, %.0f gram-text chars, %.0f term-text chars per article%n",
                (t1 - t0) / 1e6 / n, (double) chars / n, (double) gramChars / n, (double) termChars / n);
        // configs: hashsize:what, e.g. 8388608:fts 2097152:terms 0:plain (0: SearchIndex.bulk's hash)
        String[] configs = System.getProperty("configs", "0:fts,0:terms").split(",");
        int reps = Integer.getInteger("reps", 3);
        java.util.Map<String, List<Double>> ins = new java.util.LinkedHashMap<>(), opt = new java.util.LinkedHashMap<>();
        for (int rep = 0; rep < reps; rep++) {
            for (String cfg : configs) {
                String[] f = cfg.split(":");
                double[] r = once(mx, rows, f[0], f[1]);
                ins.computeIfAbsent(cfg, k -> new ArrayList<>()).add(r[0]);
                opt.computeIfAbsent(cfg, k -> new ArrayList<>()).add(r[1]);
            }
        }
        for (String cfg : configs) {
            System.out.printf("%-24s insert ms/art CPU %s  optimize %s%n", cfg, fmt(ins.get(cfg)), fmt(opt.get(cfg)));
        }
    }

    static String fmt(List<Double> v) {
        return v.stream().sorted().map(d -> String.format("%.3f", d)).toList().toString();
    }

    static double[] once(java.lang.management.ThreadMXBean mx, List<SearchIndex.Row> rows, String hashes, String what) throws Exception {
        String[] hs = hashes.split("/");
        long hash = Long.parseLong(hs[0]);
        long termsHash = Long.parseLong(hs[hs.length - 1]);
        int n = rows.size();
        Path dir = Files.createTempDirectory(Path.of("/tmp/prof"), "db");
        double[] out = new double[2];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA cache_size = -65536");
                s.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body, title, content='', contentless_delete=1, tokenize='ascii')");
                s.execute("CREATE VIRTUAL TABLE search_terms USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize='ascii')");
                s.execute("CREATE TABLE plain(id INTEGER PRIMARY KEY, body TEXT, title TEXT)");
            }
            SearchIndex.bulk(c, true);
            String t = what.equals("terms") ? "search_terms" : "search_fts";
            try (Statement s = c.createStatement()) {
                if (hash > 0) s.execute("INSERT INTO " + t + "(" + t + ", rank) VALUES ('hashsize', " + hash + ")");
                if (termsHash > 0 && what.equals("both")) s.execute("INSERT INTO search_terms(search_terms, rank) VALUES ('hashsize', " + termsHash + ")");
            }
            c.setAutoCommit(false);
            long t0 = mx.getCurrentThreadCpuTime();
            String sql = what.equals("terms") ? "INSERT INTO search_terms(rowid, terms) VALUES (?,?)"
                    : what.equals("plain") ? "INSERT INTO plain(id, body, title) VALUES (?,?,?)"
                    : "INSERT INTO search_fts(rowid, body, title) VALUES (?,?,?)";
            try (PreparedStatement ps = c.prepareStatement(sql);
                 PreparedStatement ts = c.prepareStatement("INSERT INTO search_terms(rowid, terms) VALUES (?,?)")) {
                for (SearchIndex.Row r : rows) {
                    ps.setLong(1, r.id());
                    if (what.equals("terms")) {
                        ps.setString(2, r.terms());
                    } else {
                        ps.setString(2, r.body());
                        ps.setString(3, r.title());
                    }
                    ps.executeUpdate();
                    if (what.equals("both")) {
                        ts.setLong(1, r.id());
                        ts.setString(2, r.terms());
                        ts.executeUpdate();
                    }
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            if (!what.equals("plain")) try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO " + t + "(" + t + ") VALUES ('optimize')");
                if (what.equals("both")) s.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')");
            }
            c.commit();
            long t2 = mx.getCurrentThreadCpuTime();
            out[0] = (t1 - t0) / 1e6 / n;
            out[1] = (t2 - t1) / 1e6 / n;
        }
        try (var w = Files.walk(dir)) {
            w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return out;
    }


}
