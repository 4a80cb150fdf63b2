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
            naiveScan(k);
        }
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
            say("parsing " + txt.size() + " text pages");
            double rate = pagesPerSecond(txt);
            report.atLeast("Parsing", "text_pages_per_s", "text-page parse rate (1 thread)", rate, "pages/s", 200);
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

    /** Stores the synthetic articles through the same repositories and hooks as an import. */
    private void build(Kanbao k) throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.fromFolders(options.corpus(), 42);
        say("building a library of " + options.articles() + " articles from " + corpus.sentenceCount() + " sentences");
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
                        rawChars += art.title().length() + art.bodyText().length();
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
                        ArticleRepository.insertAll(c, page, batch.get(d).get(p), k.library().hooks());
                    }
                }
                return null;
            });
            day += batch.size();
            if (day % 300 < 30) say(made + " articles stored");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        report.atLeast("Library", "import_articles_per_s", "import + index + tag throughput", made / secs, "art/s", 2000);
        long size = Files.size(k.library().file());
        Path wal = k.library().file().resolveSibling(k.library().file().getFileName() + "-wal");
        if (Files.exists(wal)) size += Files.size(wal);
        long rawBytes = rawChars * 3; // UTF-8 bytes of CJK text
        report.add("Library", "raw_text_mb", "raw text (UTF-8)", rawBytes / 1e6, "MB");
        report.add("Library", "library_mb", "library file", size / 1e6, "MB");
        report.atMost("Library", "size_ratio", "library file / raw text", (double) size / rawBytes, "×", 3);
    }

    /** The baseline every search figure is compared with: a LIKE scan counting matches and fetching 50. */
    private void naiveScan(Kanbao k) throws Exception {
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
        report.info("like_scan_p50_ms_exact", String.valueOf(Timing.median(arr)));
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
