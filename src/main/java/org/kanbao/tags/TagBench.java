package org.kanbao.tags;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kanbao.model.Article;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.Rows;

/**
 * Measures the tag targets: automatic tagging speed, and the tag list / AND narrowing on a synthetic
 * library (Zipf-distributed tags, like real archives where 平湖 is on every other article). For
 * {@code kanbao bench}; also runnable alone: {@code java -cp kanbao.jar org.kanbao.tags.TagBench DIR [ARTICLES]}.
 */
public final class TagBench {
    private TagBench() {
    }

    /**
     * Articles per second of {@link AutoTagger} (analysis + topics) on one thread, per second of the
     * thread's CPU time: "on one core" even when the machine is shared.
     */
    public static double taggingRate(List<Article> articles, int rounds) {
        AutoTagger t = new AutoTagger(new Gazetteer());
        Map<String, Integer> df = new java.util.HashMap<>();
        for (Article a : articles) t.tags(t.analyse(a), df, articles.size()); // warm up HanLP
        long start = cpuNanos();
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                t.tags(t.analyse(a), df, articles.size());
                n++;
            }
        }
        return n / ((cpuNanos() - start) / 1e9);
    }

    /** CPU time of the calling thread (wall-clock time when the JVM cannot tell). */
    public static long cpuNanos() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Fills a new library at {@code file} with {@code articles} articles carrying {@code perArticle}
     * tags each, then times the navigation queries. Returns name → milliseconds (median of 7 runs).
     */
    public static Map<String, Double> navigation(Path file, int articles, int perArticle) throws LibraryException {
        Map<String, Double> out = new LinkedHashMap<>();
        boolean reuse = java.nio.file.Files.exists(file);
        try (Library lib = Library.open(file)) {
            long t0 = System.nanoTime();
            if (!reuse) fill(lib, articles, perArticle);
            if (!reuse) out.put("fill library (s)", (System.nanoTime() - t0) / 1e9);
            TagBrowser b = new TagBrowser(lib);
            out.put("links", (double) lib.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM article_tag")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
            out.put("tag list, top 50 per kind (ms)", median(() -> b.groups(50)));
            out.put("tag list, all tags with counts (ms)", median(() -> b.list(null, 0)));
            List<Tag> places = b.list(TagKind.PLACE, 3);
            List<Tag> topics = b.list(TagKind.TOPIC, 3);
            List<Tag> persons = b.list(TagKind.PERSON, 200);
            Tag p0 = places.get(0);
            Tag t0b = topics.get(0);
            out.put("narrow 2 most used tags (" + p0.count() + " & " + t0b.count() + " articles) (ms)",
                    median(() -> b.narrow(List.of(p0.id(), t0b.id()), 0, 50)));
            Tag mid = persons.get(persons.size() - 1);
            out.put("narrow most used place & a mid person (" + mid.count() + ") (ms)",
                    median(() -> b.narrow(List.of(p0.id(), mid.id()), 0, 50)));
            out.put("narrow 3 tags (ms)", median(() -> b.narrow(List.of(p0.id(), t0b.id(), places.get(1).id()), 0, 50)));
            out.put("related tags of the most used place (ms)", median(() -> b.related(List.of(p0.id()), 20)));
            out.put("resolve filter place:<most used> (ms)", median(() -> b.resolve("place:" + p0.name())));
        }
        return out;
    }

    private interface Work {
        Object run() throws LibraryException;
    }

    /** Median milliseconds of 7 runs after a warm-up, in CPU time of this thread (SQLite runs in it too). */
    private static double median(Work w) throws LibraryException {
        w.run();
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long s = cpuNanos();
            w.run();
            ms[i] = (cpuNanos() - s) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** Synthetic articles and links; tag popularity follows Zipf's law within each kind. */
    static void fill(Library lib, int articles, int perArticle) throws LibraryException {
        TagKind[] kinds = {TagKind.PLACE, TagKind.PLACE, TagKind.PERSON, TagKind.ORGANISATION, TagKind.TOPIC,
                TagKind.TOPIC, TagKind.AUTHOR, TagKind.PERSON, TagKind.PLACE, TagKind.TOPIC};
        int tagsPerKind = Math.max(100, articles / 10);
        Random rnd = new Random(42);
        lib.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -262144"); // 256 MB: one big transaction over random index pages
                s.execute("INSERT INTO edition(paper, date) VALUES ('合成日报', '2020-01-01')");
                s.execute("INSERT INTO page(edition_id, number, source_file, source_kind, content_hash) "
                        + "VALUES (last_insert_rowid(), 1, 'synthetic', 'text', 'synthetic')");
            }
            long pageId;
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT max(id) FROM page")) {
                rs.next();
                pageId = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article(page_id, seq, headline) VALUES (?,?,?)")) {
                for (int i = 0; i < articles; i++) {
                    ps.setLong(1, pageId);
                    ps.setInt(2, i);
                    ps.setString(3, "合成 " + i);
                    ps.addBatch();
                    if (i % 10_000 == 9_999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            Map<TagKind, Long> firstId = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag(name, kind) VALUES (?, ?)")) {
                for (TagKind k : List.of(TagKind.PLACE, TagKind.PERSON, TagKind.ORGANISATION, TagKind.TOPIC, TagKind.AUTHOR)) {
                    for (int i = 0; i < tagsPerKind; i++) {
                        ps.setString(1, k.code() + "名" + i);
                        ps.setString(2, k.code());
                        long id = Rows.insert(ps);
                        if (i == 0) firstId.put(k, id);
                    }
                }
            }
            double[] zipf = zipfCdf(tagsPerKind);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO article_tag(article_id, tag_id, source, removed) VALUES (?, ?, 'auto', 0)")) {
                long firstArticle;
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT min(id) FROM article WHERE page_id = " + pageId)) {
                    rs.next();
                    firstArticle = rs.getLong(1);
                }
                for (int a = 0; a < articles; a++) {
                    for (int j = 0; j < perArticle; j++) {
                        TagKind k = kinds[j % kinds.length];
                        ps.setLong(1, firstArticle + a);
                        ps.setLong(2, firstId.get(k) + draw(zipf, rnd));
                        ps.addBatch();
                    }
                    if (a % 5_000 == 4_999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static double[] zipfCdf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cdf[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    private static int draw(double[] cdf, Random rnd) {
        int i = java.util.Arrays.binarySearch(cdf, rnd.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path file = dir.resolve("tagbench-" + n + ".kanbao");
        // an existing file from an earlier run is measured again without refilling
        navigation(file, n, 10).forEach((k, v) -> System.out.printf("%-70s %10.1f%n", k, v));
    }
}
