package org.kanbao.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.PageRepository;

/**
 * Exports articles to one PDF clipping report (issue 8). Knows nothing of JavaFX: the UI runs
 * {@link #export} on a worker thread with its progress bar and cancel button as the callbacks.
 *
 * <p>The report is written to a temporary file in the target folder and moved into place at the
 * end, so a failed or cancelled export never leaves a partial file (nor replaces an existing one).
 */
public final class PdfExporter {
    /** Receives progress: work done of total, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, String message);

        Progress NONE = (d, t, m) -> { };
    }

    /** The fonts are parsed once per process and are not safe for two exports at a time. */
    private static final Object FONT_LOCK = new Object();

    private final Library library;

    /** @param library the library the articles are from (for clips); may be null when no clips are wanted */
    public PdfExporter(Library library) {
        this.library = library;
    }

    /**
     * Parses the bundled fonts now (about a second the first time in a process), so that a later
     * export starts at once. The UI may call this on a background thread when the export dialog opens.
     */
    public static void warmUp() throws ExportException {
        synchronized (FONT_LOCK) {
            Fonts.load();
        }
    }

    /**
     * Writes {@code articles} to {@code out}.
     *
     * @return what was written; {@link ExportResult#cancelled()} when {@code cancelled} said so (nothing written)
     * @throws ExportException with a message for the user; nothing was written
     */
    public ExportResult export(List<StoredArticle> articles, ExportOptions options, Path out, Progress progress,
                               BooleanSupplier cancelled) throws ExportException {
        long t0 = System.nanoTime();
        if (articles == null || articles.isEmpty()) throw new ExportException("Nothing to export: no articles were selected.");
        options = options == null ? ExportOptions.defaults() : options;
        progress = progress == null ? Progress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        out = out.toAbsolutePath().normalize();
        Path tmp = createTemp(out);
        boolean moved = false;
        try {
            List<StoredArticle> ordered = order(articles, options.order());
            List<String> warnings = new ArrayList<>();
            List<ReportLayout.Item> items = items(ordered, options.clips(), warnings);
            int pages;
            synchronized (FONT_LOCK) {
                Fonts.FontSet fonts = Fonts.load();
                pages = write(items, options, fonts, tmp, progress, cancelled, warnings);
            }
            if (pages < 0 || cancelled.getAsBoolean()) return ExportResult.cancelled(millis(t0));
            moveIntoPlace(tmp, out);
            moved = true;
            long bytes = Files.size(out);
            progress.update(1, 1, "Done");
            return new ExportResult(out, false, items.size(), pages, bytes, millis(t0), warnings);
        } catch (IOException e) {
            throw new ExportException("Could not write " + out + ": " + message(e), e);
        } catch (RuntimeException e) {
            throw new ExportException("The export failed (" + e + "). Nothing was written.", e);
        } finally {
            if (!moved) deleteQuietly(tmp);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Checks the target and makes the temporary file beside it, failing early with a clear message. */
    private static Path createTemp(Path out) throws ExportException {
        Path dir = out.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + out + ": the folder " + dir + " does not exist.");
        }
        if (Files.isDirectory(out)) throw new ExportException("Cannot write " + out + ": it is a folder.");
        if (Files.exists(out) && !Files.isWritable(out)) {
            throw new ExportException("Cannot write " + out + ": the file exists and is read-only.");
        }
        try {
            // created with the folder's default permissions (createTempFile would make it owner-only)
            String name = "." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part";
            return Files.createFile(dir.resolve(name));
        } catch (IOException e) {
            throw new ExportException("Cannot write " + out + ": the folder " + dir + " is not writable ("
                    + message(e) + "). Choose another folder.", e);
        }
    }

    private static String message(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "files cannot be created there";
        if (e instanceof FileSystemException fse) return fse.getReason() != null ? fse.getReason() : "file system error";
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static void moveIntoPlace(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden .part file is all that can remain
        }
    }

    static List<StoredArticle> order(List<StoredArticle> articles, ExportOptions.Order order) {
        if (order != ExportOptions.Order.DATE) return List.copyOf(articles);
        return articles.stream().sorted(Comparator
                .comparing(StoredArticle::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoredArticle::paper)
                .thenComparingInt(StoredArticle::pageNumber)
                .thenComparingInt(StoredArticle::seq)
                .thenComparingLong(StoredArticle::id)).toList();
    }

    /** Pairs each article with the zone of its kept PDF page, where there is one and clips are wanted. */
    private List<ReportLayout.Item> items(List<StoredArticle> articles, boolean clips, List<String> warnings)
            throws ExportException {
        List<ReportLayout.Item> out = new ArrayList<>();
        int without = 0;
        for (StoredArticle s : articles) {
            Layout.Clip clip = null;
            if (clips && library != null && s.article().zone() != null && s.article().zone().area() > 0) {
                Page page;
                try {
                    page = library.read(c -> PageRepository.get(c, s.pageId()));
                } catch (LibraryException e) {
                    throw new ExportException(e.getMessage(), e);
                }
                if (page != null && page.isPdf() && page.pdfPath() != null) {
                    Path pdf = library.dataDir().resolve(page.pdfPath());
                    if (ReportLayout.clipAvailable(pdf)) clip = new Layout.Clip(pdf, page.pdfPageIndex(), s.article().zone(), s.id());
                    else warnings.add("Article " + s.id() + ": its original PDF " + pdf + " is missing; no clip.");
                }
            }
            if (clips && clip == null) without++;
            out.add(new ReportLayout.Item(s, clip));
        }
        if (clips && without > 0) {
            warnings.add(without + " of " + articles.size() + " articles have no clip (imported from text, or no zone on a PDF page).");
        }
        return out;
    }

    /** Lays out, draws and saves to {@code tmp}; returns the page count, or -1 when cancelled. */
    private static int write(List<ReportLayout.Item> items, ExportOptions options, Fonts.FontSet fonts, Path tmp,
                             Progress progress, BooleanSupplier cancelled, List<String> warnings) throws IOException {
        int n = items.size();
        long total = 2L * n + 1;
        try (PDDocument doc = new PDDocument(); ZoneClipRenderer clips = new ZoneClipRenderer()) {
            FontChain regular = new FontChain(doc, fonts.regular(), fonts.fallbackRegular());
            FontChain bold = new FontChain(doc, fonts.bold(), fonts.fallbackBold());
            ReportLayout.Styles styles = new ReportLayout.Styles(regular, bold);
            Typesetter ts = new Typesetter();
            Layout.Geometry g = Layout.Geometry.of(options.paper(), ReportLayout.BODY);
            ReportLayout layout = new ReportLayout(g, styles, ts, options, LocalDate.now());
            Progress p = progress;
            ReportLayout.Report report = layout.layout(items, cancelled,
                    i -> p.update(i, total, "Laying out article " + i + " of " + n));
            if (report == null) return -1;
            PdfPainter painter = new PdfPainter(doc, g, ts, styles, clips);
            int pageCount = report.pages().size();
            List<PDPage> pages = painter.paint(report, cancelled,
                    i -> p.update(n + (long) i * n / pageCount, total, "Drawing page " + i + " of " + pageCount));
            if (pages == null) return -1;
            outline(doc, items, report, pages, painter);
            metadata(doc, items, options);
            if (cancelled.getAsBoolean()) return -1;
            progress.update(2L * n, total, "Saving");
            doc.save(tmp.toFile());
            warnings.addAll(painter.warnings);
            if (!ts.missing.isEmpty()) {
                warnings.add("No bundled font has " + ts.missing.size() + " character(s); shown as 〓: "
                        + ts.missing.stream().map(cp -> new String(Character.toChars(cp)) + " U+"
                        + Integer.toHexString(cp).toUpperCase()).collect(Collectors.joining(", ")));
            }
            return pageCount;
        }
    }

    private static void outline(PDDocument doc, List<ReportLayout.Item> items, ReportLayout.Report report,
                                List<PDPage> pages, PdfPainter painter) {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (report.contentsPages() > 0) {
            PDOutlineItem toc = new PDOutlineItem();
            toc.setTitle("目录");
            toc.setDestination(painter.destination(new Layout.Anchor(0, 0), pages));
            outline.addLast(toc);
        }
        for (int i = 0; i < items.size(); i++) {
            StoredArticle s = items.get(i).stored();
            PDOutlineItem item = new PDOutlineItem();
            String title = s.article().headline().isBlank() ? s.article().title() : s.article().headline();
            item.setTitle((title.isBlank() ? "（无标题）" : title) + " · " + ReportLayout.sourceLine(s));
            item.setDestination(painter.destination(report.anchors().get(i), pages));
            outline.addLast(item);
        }
        PDDocumentCatalog cat = doc.getDocumentCatalog();
        cat.setDocumentOutline(outline);
        cat.setPageMode(PageMode.USE_OUTLINES);
        cat.setLanguage("zh-CN");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        cat.setViewerPreferences(prefs);
    }

    private static void metadata(PDDocument doc, List<ReportLayout.Item> items, ExportOptions options) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(options.title());
        List<LocalDate> dates = items.stream().map(i -> i.stored().date()).filter(d -> d != null).sorted().toList();
        String range = dates.isEmpty() ? "" : "，" + ReportLayout.chineseDate(dates.get(0))
                + (dates.get(0).equals(dates.get(dates.size() - 1)) ? "" : "至" + ReportLayout.chineseDate(dates.get(dates.size() - 1)));
        String papers = items.stream().map(i -> i.stored().paper()).filter(p -> !p.isBlank()).distinct().limit(4)
                .collect(Collectors.joining("、"));
        info.setSubject("剪报：" + items.size() + " 篇文章" + range + (papers.isEmpty() ? "" : "，" + papers));
        info.setCreator("Kanbao");
        info.setProducer("Kanbao (Apache PDFBox)");
        Calendar now = Calendar.getInstance();
        info.setCreationDate(now);
        info.setModificationDate(now);
    }
}
