package org.kanbao.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;

/**
 * Quick local measurement on a synthetic library made of fixture sentences (not a unit test):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.kanbao.search.SearchBenchMain N [hook]}.
 */
public final class SearchBenchMain {
    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("query")) {
            queries(Path.of(args[1]), new ArrayList<>(), new Random(43));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30000;
        boolean viaHook = args.length > 1 && args[1].equals("hook");
        Path shared = Path.of(System.getProperty("kanbao.shared", "../shared"));
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(shared.resolve("fixtures/pd-2019-10"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".expected.json")).toList()) {
                JsonNode root = FixtureJson.MAPPER.readTree(f.toFile());
                for (JsonNode page : root.isArray() ? root : List.of(root)) {
                    for (JsonNode a : page.path("articles")) {
                        for (JsonNode b : a.path("body")) {
                            for (String s : b.path("text").asText().split("(?<=[。！？])")) if (s.length() > 4) sentences.add(s);
                        }
                    }
                }
            }
        }
        System.out.println("sentences " + sentences.size());
        Random r = new Random(42);
        Path dir = Files.createTempDirectory("kanbao-bench");
        Path file = dir.resolve("bench.kanbao");
        long rawBytes = 0;
        List<String> probeTexts = new ArrayList<>();
        try (Kanbao k = Kanbao.open(file, false)) {
            List<org.kanbao.store.StoreHook> hooks = viaHook ? k.library().hooks() : List.of();
            long t0 = System.nanoTime();
            int made = 0;
            int pageNo = 0;
            while (made < n) {
                List<Article> arts = new ArrayList<>();
                for (int i = 0; i < 500 && made < n; i++, made++) {
                    String head = sentences.get(r.nextInt(sentences.size()));
                    head = head.substring(0, Math.min(head.length(), 8 + r.nextInt(12)));
                    List<BodyBlock> body = new ArrayList<>();
                    int paras = 2 + r.nextInt(6);
                    for (int p = 0; p < paras; p++) {
                        StringBuilder sb = new StringBuilder();
                        int ss = 1 + r.nextInt(4);
                        for (int s = 0; s < ss; s++) sb.append(sentences.get(r.nextInt(sentences.size())));
                        body.add(BodyBlock.paragraph(sb.toString()));
                    }
                    Article a = new Article(ArticleKind.NEWS, "", head, "", List.of(), "本报讯", body, null, false, null);
                    rawBytes += (a.title() + a.lead() + a.bodyText()).getBytes(StandardCharsets.UTF_8).length;
                    if (probeTexts.size() < 2000) probeTexts.add(a.bodyText());
                    arts.add(a);
                }
                final int pg = ++pageNo;
                LocalDate date = LocalDate.of(2019, 1, 1).plusDays(pg % 1500);
                k.library().write(c -> {
                    long ed = EditionRepository.findOrCreate(c, pg % 3 == 0 ? "人民日报" : "平湖日报", date, "");
                    long pid = PageRepository.insert(c, new PageRepository.NewPage(ed, 1 + pg % 8, "", "bench", "text",
                            "h" + pg, null, 0, 0, 0, "", "[]"));
                    return ArticleRepository.insertAll(c, pid, arts, hooks);
                });
            }
            double storeS = (System.nanoTime() - t0) / 1e9;
            if (!viaHook) {
                List<StoredArticle> sample = TestLibrary.all(k).subList(0, Math.min(n, 5000));
                for (StoredArticle a : sample.subList(0, 500)) SearchIndex.row(a.id(), a.article());
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                long chars = 0;
                for (StoredArticle a : sample) {
                    SearchIndex.row(a.id(), a.article());
                    chars += a.article().title().length() + SearchIndex.bodyText(a.article()).length();
                }
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("tokenise one thread: %.0f articles/s CPU (%.0f wall), %.0f chars/article%n",
                        sample.size() / cpu, sample.size() / ((System.nanoTime() - w0) / 1e9), (double) chars / sample.size());
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long p1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            if (viaHook) k.search().optimize(); else k.search().rebuild();
            double indexS = (System.nanoTime() - t1) / 1e9;
            System.out.printf("index build process CPU %.1f s -> %.0f articles per CPU-second%n", (os.getProcessCpuTime() - p1) / 1e9,
                    n / ((os.getProcessCpuTime() - p1) / 1e9));
            System.out.printf("articles %d; store%s %.1f s; %s %.1f s -> %.0f articles/s (index only: %.0f/s)%n", n,
                    viaHook ? "+hook" : "", storeS, viaHook ? "optimize" : "rebuild", indexS,
                    n / (storeS + indexS), viaHook ? n / storeS : n / indexS);
        }
        long size = Files.size(file) + (Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) : 0);
        System.out.printf("file %.1f MB, raw text %.1f MB, ratio %.2f%n", size / 1e6, rawBytes / 1e6, (double) size / rawBytes);

        queries(file, probeTexts, r);
    }

    static void queries(Path file, List<String> probeTexts, Random r) throws Exception {
        try (Kanbao k = Kanbao.open(file, true)) {
            if (probeTexts.isEmpty()) {
                for (StoredArticle a : TestLibrary.all(k)) {
                    if (probeTexts.size() >= 2000) break;
                    probeTexts.add(a.article().bodyText());
                }
            }
            var ftsSize = k.library().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8")) {
                    StringBuilder sb = new StringBuilder();
                    while (rs.next()) sb.append(rs.getString(1)).append('=').append(rs.getLong(2) / 1000000).append("MB ");
                    return sb.toString();
                } catch (java.sql.SQLException e) {
                    return "dbstat n/a";
                }
            });
            System.out.println(ftsSize);
            for (int len = 1; len <= 4; len++) {
                List<String> qs = new ArrayList<>();
                while (qs.size() < 60) {
                    String t = probeTexts.get(r.nextInt(probeTexts.size()));
                    int s = r.nextInt(t.length() - len);
                    String q = t.substring(s, s + len);
                    if (q.matches("\\p{IsHan}+")) qs.add(q);
                }
                for (String q : qs.subList(0, 5)) k.search().search(q, Sort.RANK, 0, 50); // warm
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                double[] searchCpu = new double[qs.size()];
                double[] countCpu = new double[qs.size()];
                double[] search = new double[qs.size()];
                double[] count = new double[qs.size()];
                double[] like = new double[Math.min(15, qs.size())];
                long hits = 0;
                for (int i = 0; i < qs.size(); i++) {
                    long a = System.nanoTime();
                    long cp = mx.getCurrentThreadCpuTime();
                    SearchResult res = k.search().search(qs.get(i), Sort.RANK, 0, 50);
                    search[i] = (System.nanoTime() - a) / 1e6;
                    searchCpu[i] = (mx.getCurrentThreadCpuTime() - cp) / 1e6;
                    hits += res.total();
                    a = System.nanoTime();
                    cp = mx.getCurrentThreadCpuTime();
                    k.search().count(qs.get(i));
                    count[i] = (System.nanoTime() - a) / 1e6;
                    countCpu[i] = (mx.getCurrentThreadCpuTime() - cp) / 1e6;
                }
                for (int i = 0; i < like.length; i++) {
                    String q = qs.get(i);
                    long a = System.nanoTime();
                    k.library().read(c -> {
                        try (var ps = c.prepareStatement("SELECT count(*) FROM article WHERE headline LIKE ? OR body_json LIKE ?")) {
                            ps.setString(1, "%" + q + "%");
                            ps.setString(2, "%" + q + "%");
                            try (var rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getLong(1);
                            }
                        }
                    });
                    like[i] = (System.nanoTime() - a) / 1e6;
                }
                System.out.printf("len %d: search+50 snippets p50 %.1f p95 %.1f ms (CPU %.1f / %.1f) | count p50 %.1f p95 %.1f (CPU %.1f) | LIKE p50 %.1f | avg matches %d%n",
                        len, pct(search, 50), pct(search, 95), pct(searchCpu, 50), pct(searchCpu, 95), pct(count, 50), pct(count, 95),
                        pct(countCpu, 50), pct(like, 50), hits / qs.size());
            }
        }
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
