package org.kanbao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kanbao.Kanbao;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.PageParser;
import org.kanbao.ingest.Parsers;
import org.kanbao.model.Article;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;

/**
 * `kanbao bench`: builds a synthetic library in a temporary folder and measures every figure the
 * issues set a target for, with warm-up runs and medians. Each part is a small method below.
 */
public final class Bench {
    /** What to run. */
    public record Options(int articles, List<Path> corpus, Path workDir, boolean keep) {
    }

    static final String[][] QUERIES = {
            {"1 char", "镇"}, {"1 char", "水"}, {"1 char", "网"},
            {"2 chars", "发展"}, {"2 chars", "医保"}, {"2 chars", "群众"},
            {"3 chars", "高质量"}, {"3 chars", "新时代"}, {"3 chars", "合作社"},
            {"4 chars", "乡村振兴"}, {"4 chars", "人民群众"}, {"4 chars", "经济发展"},
    };
    static final String[] OTHER_QUERIES = {"\"高质量发展\"", "经济 OR 文化 -体育", "发展 paper:临湖日报 date:2020"};

    private final Options options;
    private final PrintWriter log;
    private final Report report = new Report();

    public Bench(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public Report run() throws Exception {
        report.info("machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        report.info("articles", String.valueOf(options.articles()));
        parseRates();
        Path libFile = options.workDir().resolve("bench.kanbao");
        try (Kanbao k = Kanbao.open(libFile, false)) {
            build(k);
            double like = naiveScan(k);
            search(k, like);
            tags(k);
            export(k);
        }
        render();
        startup(libFile);
        memory();
        return report;
    }

    private void say(String what) {
        log.println("bench: " + what);
        log.flush();
    }

    private List<Path> corpusFiles(String ext) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : options.corpus()) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(f -> f.getFileName().toString().endsWith(ext)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Pages per second for the text and PDF parsers on one thread, over the corpus pages. */
    private void parseRates() throws Exception {
        List<Path> txt = corpusFiles(".txt");
        if (!txt.isEmpty()) {
            say("parsing " + txt.size() + " text pages (warm-up until the rate settles, then at least 2 s timed)");
            long chars = 0;
            for (Path f : txt) chars += org.kanbao.ingest.text.TextDecoder.decode(Files.readAllBytes(f), f.getFileName().toString()).length();
            SteadyRate r = steadyRate(txt);
            report.atLeast("Parsing", "text_pages_per_s", "text-page parse rate (1 thread, steady state)", r.pagesPerSecond(),
                    "pages/s", 200);
            report.add("Parsing", "text_chars_per_s", "  same, characters", r.pagesPerSecond() * chars / txt.size(), "chars/s");
            report.add("Parsing", "text_page_chars", "  average text page", (double) chars / txt.size(), "chars");
            report.add("Parsing", "text_first_round_pages_per_s", "  first round (cold JIT)", r.firstRound(), "pages/s");
            report.add("Parsing", "text_warmup_s", "  warm-up before timing", r.warmupSeconds(), "s");
            report.info("text_rate_rounds", r.rounds() + " rounds of " + txt.size() + " pages timed, "
                    + String.format(java.util.Locale.ROOT, "%.2f", r.timedSeconds()) + " s; JIT "
                    + (tieredStop() == 1 ? "C1 only" : "C1+C2"));
        }
        List<Path> pdf = corpusFiles(".pdf").stream().filter(f -> !isEditionPdf(f)).toList();
        if (!pdf.isEmpty()) {
            say("parsing " + pdf.size() + " PDF pages");
            double rate = pagesPerSecond(pdf);
            report.atLeast("Parsing", "pdf_pages_per_s", "PDF-page parse rate (no rendering)", rate, "pages/s", 10);
        }
    }

    private static boolean isEditionPdf(Path f) {
        return !f.getFileName().toString().matches(".*(-p\\d+|_\\d+|-\\d{2})\\.pdf");
    }

    /** A steady-state single-thread parse rate, with the cold first round and how long the warm-up took. */
    record SteadyRate(double pagesPerSecond, double firstRound, double warmupSeconds, int rounds, double timedSeconds) {
    }

    /**
     * Pages per second once the JIT has settled: rounds over all files are run for at least 3 s and until the median
     * of the last 10 rounds is within 5% of the 10 before (at most 20 s); then whole rounds are timed for at least
     * 2 s (and 5 rounds), and the rate is the pages of those rounds over their time.
     */
    private SteadyRate steadyRate(List<Path> files) throws Exception {
        List<Double> warm = new ArrayList<>();
        long begin = System.nanoTime();
        while (true) {
            long t = System.nanoTime();
            parseAll(files);
            warm.add((System.nanoTime() - t) / 1e9);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            int n = warm.size();
            if (elapsed >= 20) break;
            if (elapsed >= 3 && n >= 20) {
                double last = median(warm.subList(n - 10, n));
                double before = median(warm.subList(n - 20, n - 10));
                if (Math.abs(last - before) <= 0.05 * before) break;
            }
        }
        double warmup = (System.nanoTime() - begin) / 1e9;
        int rounds = 0;
        long start = System.nanoTime();
        while (rounds < 5 || System.nanoTime() - start < 2_000_000_000L) {
            parseAll(files);
            rounds++;
        }
        double timed = (System.nanoTime() - start) / 1e9;
        return new SteadyRate(rounds * files.size() / timed, files.size() / warm.get(0), warmup, rounds, timed);
    }

    private static double median(List<Double> v) {
        return Timing.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void parseAll(List<Path> files) throws Exception {
        for (Path f : files) {
            PageParser p = Parsers.forFile(f);
            try {
                p.parse(f, ImportHints.NONE);
            } catch (org.kanbao.ingest.ImportException e) {
                // counted like any page: the rate is about the parser's work
            }
        }
    }

    /** -XX:TieredStopAtLevel of this JVM (4 when not set: C2 on). */
    private static int tieredStop() {
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:TieredStopAtLevel=")) {
                try {
                    return Integer.parseInt(a.substring(a.indexOf('=') + 1));
                } catch (NumberFormatException e) {
                    return 4;
                }
            }
        }
        return 4;
    }

    private double pagesPerSecond(List<Path> files) throws Exception {
        Timing.Work once = () -> {
            for (Path f : files) {
                PageParser p = Parsers.forFile(f);
                try {
                    p.parse(f, ImportHints.NONE);
                } catch (org.kanbao.ingest.ImportException e) {
                    // counted like any page: the rate is about the parser's work
                }
            }
        };
        int reps = Math.max(3, (int) Math.min(20, 2000 / Math.max(1, files.size())));
        double[] ms = Timing.millis(2, reps, once);
        return files.size() / (Timing.median(ms) / 1000.0);
    }

    /**
     * Builds the library in the three steps an import does for each article, timed apart so that each
     * has its own figure: store the rows, index them, tag them. Tagging runs on a sample (HanLP's
     * recognisers are the slow part); the other articles receive the sample's tags in turn, so the
     * tag figures run on realistic counts at full size.
     */
    private void build(Kanbao k) throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.fromFolders(options.corpus(), 42);
        say("storing " + options.articles() + " articles made from " + corpus.sentenceCount() + " sentences");
        int perPage = 8;
        int pagesPerDay = 8;
        int perDay = perPage * pagesPerDay;
        int days = Math.max(1, (options.articles() + perDay - 1) / perDay);
        long rawChars = 0;
        int made = 0;
        long t0 = System.nanoTime();
        int day = 0;
        while (made < options.articles()) {
            final int d0 = day;
            int batchDays = Math.min(30, days - day);
            List<List<List<Article>>> batch = new ArrayList<>();
            for (int d = 0; d < batchDays && made < options.articles(); d++) {
                List<List<Article>> pages = new ArrayList<>();
                for (int p = 0; p < pagesPerDay && made < options.articles(); p++) {
                    List<Article> arts = new ArrayList<>();
                    for (int a = 0; a < perPage && made < options.articles(); a++, made++) {
                        Article art = corpus.next();
                        rawChars += art.title().length() + art.lead().length() + art.bodyText().length();
                        arts.add(art);
                    }
                    pages.add(arts);
                }
                batch.add(pages);
            }
            k.library().write(c -> {
                for (int d = 0; d < batch.size(); d++) {
                    int dayIndex = d0 + d;
                    String paper = SyntheticCorpus.PAPERS[dayIndex % SyntheticCorpus.PAPERS.length];
                    long ed = EditionRepository.findOrCreate(c, paper, corpus.dateFor(dayIndex, days), "");
                    for (int p = 0; p < batch.get(d).size(); p++) {
                        long page = PageRepository.insert(c, new PageRepository.NewPage(ed, p + 1, p == 0 ? "要闻" : "综合",
                                "synthetic", "text", "bench-" + dayIndex + "-" + p, null, 0, 0, 0, "", "[]"));
                        ArticleRepository.insertAll(c, page, batch.get(d).get(p), List.of());
                    }
                }
                return null;
            });
            day += batch.size();
            if (day % 300 < 30) say(made + " articles stored");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        report.add("Library", "store_articles_per_s", "store rows (no index, no tags)", made / secs, "art/s");

        say("indexing");
        long t1 = System.nanoTime();
        k.search().rebuild();
        k.search().optimize(); // what a bulk load ends with: one merged segment per column
        double indexSecs = (System.nanoTime() - t1) / 1e9;
        report.atLeast("Library", "index_articles_per_s", "search index build", made / indexSecs, "art/s", 2000);

        int sample = Math.min(made, 2000);
        say("tagging a sample of " + sample + " articles");
        long t2 = System.nanoTime();
        k.library().write(c -> {
            List<Long> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM article ORDER BY id LIMIT " + sample)) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            k.tags().hook().articlesAdded(c, ArticleRepository.byIds(c, ids));
            return null;
        });
        double tagSecs = (System.nanoTime() - t2) / 1e9;
        report.atLeast("Library", "tag_articles_per_s", "automatic tagging (sample of " + sample + ")", sample / tagSecs, "art/s", 100);
        if (made > sample) {
            k.library().write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT OR IGNORE INTO article_tag(article_id, tag_id, source, removed) "
                            + "SELECT a.id, t.tag_id, t.source, 0 FROM article a JOIN article_tag t "
                            + "ON t.article_id = (SELECT min(id) FROM article) + ((a.id - (SELECT min(id) FROM article)) % " + sample + ") "
                            + "WHERE a.id >= (SELECT min(id) FROM article) + " + sample + " AND t.removed = 0");
                }
                return null;
            });
        }
        report.add("Library", "import_articles_per_s", "store + index + tag, combined", made / (secs + indexSecs + tagSecs * made / sample), "art/s");
        try (var st = k.library().connection().createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long size = Files.size(k.library().file());
        long rawBytes = rawChars * 3; // UTF-8 bytes of CJK text
        report.add("Library", "raw_text_mb", "raw text (UTF-8)", rawBytes / 1e6, "MB");
        report.add("Library", "library_mb", "library file", size / 1e6, "MB");
        report.atMost("Library", "size_ratio", "library file / raw text", (double) size / rawBytes, "×", 3);
        importPages();
    }

    /** Real pages through the importer, hooks and all: what a user waits for. */
    private void importPages() throws Exception {
        List<Path> txt = corpusFiles(".txt");
        if (txt.isEmpty()) return;
        Path lib = Files.createTempDirectory(options.workDir(), "import").resolve("import.kanbao");
        try (Kanbao k = Kanbao.open(lib, false)) {
            long t = System.nanoTime();
            var r = k.importer().importFiles(txt, new ImportHints("基准报", null, null), org.kanbao.ingest.Importer.Progress.NONE, () -> false);
            double secs = (System.nanoTime() - t) / 1e9;
            report.add("Library", "import_pages_per_s", "import of " + r.pages() + " text pages (parse+store+index+tag)", r.pages() / secs, "pages/s");
        }
    }

    /** The baseline every search figure is compared with: a LIKE scan counting matches and fetching 50. */
    private double naiveScan(Kanbao k) throws Exception {
        List<Double> all = new ArrayList<>();
        for (String[] q : QUERIES) {
            double[] ms = Timing.millis(1, 3, () -> k.library().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article "
                        + "WHERE kicker || headline || subtitle || body_json LIKE ?")) {
                    ps.setString(1, "%" + q[1] + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
                return null;
            }));
            all.add(Timing.median(ms));
        }
        double[] arr = all.stream().mapToDouble(Double::doubleValue).toArray();
        report.add("Search", "like_scan_p50_ms", "naive LIKE '%q%' scan, p50", Timing.median(arr), "ms");
        return Timing.median(arr);
    }

    /** Latency of the real search for the fixed query set, with snippets for the first 50 hits, and count-only. */
    private void search(Kanbao k, double likeP50) throws Exception {
        say("searching");
        var svc = k.search();
        List<Double> words = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        java.util.Map<String, List<Double>> byLength = new java.util.LinkedHashMap<>();
        long totalHits = 0;
        for (String[] q : QUERIES) {
            double[] ms = Timing.millis(2, 15, () -> svc.search(q[1], org.kanbao.search.Sort.RANK, 0, 50));
            for (double m : ms) {
                words.add(m);
                byLength.computeIfAbsent(q[0], x -> new ArrayList<>()).add(m);
            }
            for (double m : Timing.millis(2, 15, () -> svc.count(q[1]))) counts.add(m);
            totalHits += svc.count(q[1]);
        }
        double[] w = words.stream().mapToDouble(Double::doubleValue).toArray();
        report.info("search_total_hits_of_query_set", String.valueOf(totalHits));
        report.atMost("Search", "search_p50_ms", "1-4 char queries + 50 snippets, p50", Timing.median(w), "ms", 15);
        report.atMost("Search", "search_p95_ms", "1-4 char queries + 50 snippets, p95", Timing.percentile(w, 95), "ms", 50);
        report.add("Search", "search_p99_ms", "1-4 char queries + 50 snippets, p99", Timing.percentile(w, 99), "ms");
        for (var e : byLength.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            String key = "search_p50_ms_" + e.getKey().charAt(0) + "char";
            report.add("Search", key, "  " + e.getKey() + ", p50", Timing.median(v), "ms");
        }
        String[] labels = {"phrase", "boolean", "filtered"};
        for (int i = 0; i < OTHER_QUERIES.length; i++) {
            String q = OTHER_QUERIES[i];
            double[] ms = Timing.millis(2, 15, () -> svc.search(q, org.kanbao.search.Sort.RANK, 0, 50));
            report.add("Search", "search_p50_ms_" + labels[i], "  " + labels[i] + " query " + q + ", p50", Timing.median(ms), "ms");
        }
        double[] c = counts.stream().mapToDouble(Double::doubleValue).toArray();
        report.atMost("Search", "count_p50_ms", "count only, p50", Timing.median(c), "ms", 5);
        report.atLeast("Search", "speedup_vs_like", "LIKE scan p50 / search p50", likeP50 / Timing.median(w), "×", 10);
    }

    /** Tag list with counts, and narrowing by the two most used tags. */
    private void tags(Kanbao k) throws Exception {
        say("tags");
        var browser = k.tags().browser();
        double[] list = Timing.millis(2, 10, () -> browser.groups(50));
        report.atMost("Tags", "tag_list_ms", "tag list with counts (all kinds), median", Timing.median(list), "ms", 100);
        List<org.kanbao.model.Tag> top = new ArrayList<>();
        for (var kind : List.of(org.kanbao.model.TagKind.PLACE, org.kanbao.model.TagKind.TOPIC, org.kanbao.model.TagKind.PERSON,
                org.kanbao.model.TagKind.AUTHOR)) {
            top.addAll(browser.list(kind, 1));
        }
        if (top.size() >= 2) {
            List<Long> two = List.of(top.get(0).id(), top.get(1).id());
            double[] ms = Timing.millis(2, 10, () -> browser.narrow(two, 0, 50));
            report.atMost("Tags", "narrow_two_ms", "narrow by two tags (" + top.get(0).name() + " + " + top.get(1).name() + ")",
                    Timing.median(ms), "ms", 50);
        }
        long tagged = k.library().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM article_tag")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        report.add("Tags", "article_tags", "tag links in the library", tagged, "");
    }

    /** 100 articles to one clipping report without clips. */
    private void export(Kanbao k) throws Exception {
        say("export");
        List<org.kanbao.model.StoredArticle> arts = k.library().read(c -> {
            List<Long> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM article ORDER BY id LIMIT 100")) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ArticleRepository.byIds(c, ids);
        });
        Path out = options.workDir().resolve("bench-export.pdf");
        double[] ms = Timing.millis(1, 3, () -> k.exporter().export(arts, org.kanbao.export.ExportOptions.defaults(), out,
                null, () -> false));
        report.atMost("Export", "export_100_s", "export 100 articles to PDF", Timing.median(ms) / 1000, "s", 3);
        report.atMost("Export", "export_100_mb", "size of that PDF", Files.size(out) / 1e6, "MB", 2);
    }

    /** Renders each single-page PDF of the corpus at 150 dpi into an empty cache. */
    private void render() throws Exception {
        List<Path> pdfs = corpusFiles(".pdf").stream().filter(f -> !isEditionPdf(f)).toList();
        if (pdfs.isEmpty()) return;
        say("rendering " + pdfs.size() + " pages");
        List<Double> all = new ArrayList<>();
        for (int rep = 0; rep < 3; rep++) {
            Path cache = Files.createTempDirectory(options.workDir(), "render");
            var images = new org.kanbao.ingest.pdf.PageImages(cache);
            for (Path pdf : pdfs) {
                long t = System.nanoTime();
                images.render(pdf, 0, 150);
                if (rep > 0) all.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        report.atMost("Parsing", "render_150dpi_ms", "render a page at 150 dpi, median", Timing.median(v), "ms", 500);
    }

    /**
     * Launch to first shown window, read from `kanbao --smoke` when a display (or Monocle) is available: the figure
     * the smoke line prints (ms from the start of the launched JVM to the window's WINDOW_SHOWN event), for the way
     * this bench itself was started — the installed launcher when run from an installed app (jpackage sets
     * jpackage.app-path), else {@code java -jar} of this jar (which restarts the JVM once, see ui.AppLauncher).
     * One unmeasured start first (it imports the sample and may write the class-data archive), then the median of 5.
     */
    private void startup(Path libFile) throws Exception {
        if (System.getenv("DISPLAY") == null && !Boolean.getBoolean("kanbao.bench.startup")) {
            say("no display: start-up not measured (run under xvfb-run)");
            return;
        }
        List<String> command = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            command.add(launcher);
        } else {
            Path jar = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) return;
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        }
        say("measuring start-up: " + String.join(" ", command) + " --smoke");
        Path lib = options.workDir().resolve("startup.kanbao");
        command.addAll(List.of("--smoke", "--library", lib.toString()));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            var m = java.util.regex.Pattern.compile("shown (\\d+) ms").matcher(out);
            if (m.find() && i > 0) ms.add(Double.parseDouble(m.group(1)));
        }
        if (ms.isEmpty()) return;
        double[] v = ms.stream().mapToDouble(Double::doubleValue).toArray();
        report.atMost("App", "startup_ms", "launch to first shown window (--smoke), median", Timing.median(v), "ms", 1500);
        report.info("startup_command", String.join(" ", command.subList(0, command.size() - 3)) + " --smoke; "
                + ms.size() + " runs after one unmeasured");
    }

    private void memory() {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peakHeap += pool.getPeakUsage().getUsed();
        }
        report.add("Memory", "peak_heap_mb", "peak heap", peakHeap / 1e6, "MB");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    report.add("Memory", "peak_rss_mb", "peak RSS", kb / 1e3, "MB");
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no RSS figure
        }
    }
}
