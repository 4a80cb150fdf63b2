package org.kanbao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.kanbao.model.Article;
import org.kanbao.model.Page;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.PageRepository;
import org.kanbao.store.TagRepository;

/**
 * Imports files into the library. Every file is parsed first; then everything that parsed is
 * stored in one transaction, so an import is all or nothing: a crash, a full disk or a cancel
 * leaves the library as it was. Files that fail to parse are reported and do not block the rest.
 */
public final class Importer {
    /** Receives progress: work done of total, and what is being done. */
    public interface Progress {
        void update(long done, long total, String message);

        Progress NONE = (d, t, m) -> { };
    }

    public static final String UNKNOWN_PAPER = "未知报纸";
    private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final Library library;

    public Importer(Library library) {
        this.library = library;
    }

    private record Parsed(Path file, String kind, String fileHash, List<ParsedPage> pages) {
    }

    public ImportReport importFiles(List<Path> inputs, ImportHints explicit, Progress progress, BooleanSupplier cancelled)
            throws LibraryException {
        ImportReport report = new ImportReport();
        List<Path> files = expand(inputs, report);
        List<Parsed> parsed = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            if (cancelled.getAsBoolean()) {
                report.cancel();
                return report;
            }
            progress.update(i++, files.size() + 1, "Reading " + f.getFileName());
            Parsed p = parseOne(f, explicit, report);
            if (p != null) parsed.add(p);
        }
        if (cancelled.getAsBoolean()) {
            report.cancel();
            return report;
        }
        progress.update(files.size(), files.size() + 1, "Storing");
        if (!parsed.isEmpty()) store(parsed, explicit, report);
        progress.update(files.size() + 1, files.size() + 1, "Done");
        return report;
    }

    private List<Path> expand(List<Path> inputs, ImportReport report) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(Parsers::isImportable).sorted().forEach(out::add);
                } catch (IOException e) {
                    report.fail(in.toString(), "cannot read the folder: " + e.getMessage());
                }
            } else if (!Files.exists(in)) {
                report.fail(in.toString(), "no such file");
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private Parsed parseOne(Path f, ImportHints explicit, ImportReport report) throws LibraryException {
        String name = f.getFileName().toString();
        try {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                report.fail(name, "the file is " + size / (1024 * 1024) + " MB, larger than a newspaper file can be");
                return null;
            }
            String hash = sha256(f);
            if (isStored(hash) || isStored(hash + "#p1")) {
                report.duplicate(name);
                return null;
            }
            PageParser parser = Parsers.forFile(f);
            ImportHints hints = explicit.or(FileNameMetadata.read(name));
            List<ParsedPage> pages = parser.parse(f, hints);
            if (pages.isEmpty()) {
                report.fail(name, "no pages found");
                return null;
            }
            return new Parsed(f, parser.kind(), hash, pages);
        } catch (ImportException e) {
            report.fail(name, e.getMessage());
        } catch (IOException e) {
            report.fail(name, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            report.fail(name, "could not be read as a newspaper page (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    private boolean isStored(String hash) throws LibraryException {
        return library.read(c -> PageRepository.hashExists(c, hash));
    }

    private void store(List<Parsed> parsed, ImportHints explicit, ImportReport report) throws LibraryException {
        List<Path> copied = new ArrayList<>();
        try {
            // PDFs first: of a page given both as PDF and as text dump, the PDF is kept
            List<Parsed> pdfsFirst = new ArrayList<>(parsed);
            pdfsFirst.sort(java.util.Comparator.comparing(p -> !"pdf".equals(p.kind())));
            library.write(c -> {
                for (Parsed p : pdfsFirst) storeFile(c, p, explicit, report, copied);
                return null;
            });
        } catch (LibraryException | RuntimeException e) {
            for (Path cp : copied) {
                try {
                    Files.deleteIfExists(cp);
                } catch (IOException ignored) {
                    // a stray copy is harmless; the rows are what matter
                }
            }
            throw e;
        }
    }

    private void storeFile(Connection c, Parsed p, ImportHints explicit, ImportReport report, List<Path> copied)
            throws SQLException {
        String pdfPath = null;
        if ("pdf".equals(p.kind())) pdfPath = keepOriginal(p, copied);
        ImportHints fromName = FileNameMetadata.read(p.file().getFileName().toString());
        int index = 0;
        for (ParsedPage page : p.pages()) {
            String hash = p.pages().size() == 1 ? p.fileHash() : p.fileHash() + "#p" + (index + 1);
            if (PageRepository.hashExists(c, hash)) {
                report.duplicate(p.file().getFileName() + " page " + (index + 1));
                index++;
                continue;
            }
            String paper = firstNonBlank(explicit.paper(), page.paper(), fromName.paper(), UNKNOWN_PAPER);
            LocalDate date = explicit.date() != null ? explicit.date() : page.date() != null ? page.date() : fromName.date();
            int number = explicit.page() != null && p.pages().size() == 1 ? explicit.page()
                    : page.page() != null ? page.page()
                    : fromName.page() != null && p.pages().size() == 1 ? fromName.page() : index + 1;
            long editionId = EditionRepository.findOrCreate(c, paper, date, "");
            Page same = date == null ? null : samePage(c, editionId, number, page.articles());
            boolean upgrade = same != null && p.kind().equals("pdf") && !same.isPdf() && !TagRepository.pageHasUserEdits(c, same.id());
            if (same != null && !upgrade) {
                // the same page of the same day, e.g. the text dump of a page stored from its PDF; a text page
                // whose tags the user edited stays, as its articles need not match the PDF's one for one
                report.duplicate(p.file().getFileName() + (p.pages().size() > 1 ? " page " + (index + 1) : "")
                        + " (" + paper + " " + date + " page " + number + ", from " + same.sourceFile() + ")");
                index++;
                continue;
            }
            if (same != null) {
                // a PDF replaces the text dump of its page: it brings the layout, zones and the page image
                PageRepository.delete(c, same.id(), library.hooks());
                report.note(p.file().getFileName() + ": replaces the text page " + same.sourceFile() + " (page " + number + ")");
            }
            String unplaced = FixtureJson.MAPPER.valueToTree(page.unplaced()).toString();
            long pageId = PageRepository.insert(c, new PageRepository.NewPage(editionId, number, page.section(),
                    p.file().getFileName().toString(), p.kind(), hash, pdfPath, index, page.width(), page.height(),
                    String.join("\n", page.notes()), unplaced));
            ArticleRepository.insertAll(c, pageId, page.articles(), library.hooks());
            report.addPage(page.articles().size());
            report.addEdition(editionId);
            page.notes().forEach(n -> report.note(p.file().getFileName() + ": " + n));
            index++;
        }
    }

    /** The page of that number already stored in the edition with (mostly) the same text, or null. */
    private static Page samePage(Connection c, long editionId, int number, List<Article> articles) throws SQLException {
        for (Page pg : PageRepository.byEdition(c, editionId)) {
            if (pg.number() != number) continue;
            List<Article> stored = ArticleRepository.byPage(c, pg.id()).stream().map(StoredArticle::article).toList();
            if (SamePage.sameText(stored, articles)) return pg;
        }
        return null;
    }

    /** Copies the original PDF next to the library, named by its hash, so the app can show and crop it later. */
    private String keepOriginal(Parsed p, List<Path> copied) throws SQLException {
        Path dir = library.dataDir().resolve("pdf");
        Path target = dir.resolve(p.fileHash() + ".pdf");
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(dir);
                Path tmp = dir.resolve(p.fileHash() + ".pdf.part");
                Files.copy(p.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                copied.add(target);
            }
        } catch (IOException e) {
            throw new SQLException("cannot keep a copy of " + p.file().getFileName() + ": " + e.getMessage(), e);
        }
        return library.dataDir().relativize(target).toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return "";
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
