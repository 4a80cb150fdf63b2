package org.kanbao.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.kanbao.ingest.ImportException;
import org.kanbao.model.Page;
import org.kanbao.model.Zone;
import org.kanbao.store.Library;
import org.kanbao.store.LibraryException;
import org.kanbao.store.PageRepository;

/**
 * Page images for the page-layout view and the exporter: renders a page of a kept PDF to a PNG (and a
 * small thumbnail), cached under {@code dataDir/images} by the PDF's content hash, and crops article
 * zones. No JavaFX; every call opens its own document, so it is safe from background threads.
 */
public final class PageImages {
    public static final int DEFAULT_DPI = 150;
    public static final int THUMBNAIL_WIDTH = 200;

    private final Path dataDir;

    /** @param dataDir the library's data folder ({@link Library#dataDir()}) */
    public PageImages(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The page image at the default resolution, rendered on first use; the absolute path of the PNG. */
    public Path pageImage(Page page) throws ImportException {
        return render(pdfOf(page), page.pdfPageIndex(), DEFAULT_DPI);
    }

    /** The page's thumbnail ({@value #THUMBNAIL_WIDTH} px wide), rendered on first use. */
    public Path thumbnail(Page page) throws ImportException {
        return thumbnail(pdfOf(page), page.pdfPageIndex());
    }

    /**
     * Renders the page image if needed and records it as the page's image (path relative to the
     * library folder) so the next reader finds it without rendering.
     */
    public Path ensureImage(Library library, Page page) throws ImportException, LibraryException {
        Path png = pageImage(page);
        String rel = dataDir.relativize(png).toString().replace('\\', '/');
        if (!rel.equals(page.imagePath())) library.write(c -> {
            PageRepository.setImagePath(c, page.id(), rel);
            return null;
        });
        return png;
    }

    /**
     * Renders every stored PDF page that has no image yet, with its thumbnail, recording each image as
     * soon as it exists. Meant for a background thread after an import; returns how many were rendered.
     * A page that cannot be rendered is skipped (its PDF stays available to open).
     */
    public int renderMissing(Library library, java.util.function.BooleanSupplier cancelled) throws LibraryException {
        List<Page> pages = library.read(PageRepository::pdfPagesWithoutImage);
        int done = 0;
        for (Page p : pages) {
            if (cancelled.getAsBoolean()) break;
            try {
                ensureImage(library, p);
                thumbnail(p);
                done++;
            } catch (ImportException e) {
                // left without an image; the view falls back to the page's text
            }
        }
        return done;
    }

    /** Renders page {@code index} (zero-based) of a PDF at {@code dpi}, cached; returns the PNG's path. */
    public Path render(Path pdf, int index, int dpi) throws ImportException {
        Path out = cacheFile(pdf, index, "-" + dpi + "dpi.png");
        if (Files.isRegularFile(out)) return out;
        try (PDDocument doc = PdfPageParser.open(pdf, pdf.getFileName().toString())) {
            checkIndex(doc, index, pdf);
            BufferedImage img = renderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
            writePng(img, out);
            return out;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("cannot render page " + (index + 1) + " of " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A small image of the whole page, cached like {@link #render}. */
    public Path thumbnail(Path pdf, int index) throws ImportException {
        Path out = cacheFile(pdf, index, "-thumb.png");
        if (Files.isRegularFile(out)) return out;
        try (PDDocument doc = PdfPageParser.open(pdf, pdf.getFileName().toString())) {
            checkIndex(doc, index, pdf);
            PDRectangle box = doc.getPage(index).getCropBox();
            float scale = THUMBNAIL_WIDTH / Math.max(1f, box.getWidth());
            BufferedImage img = renderer(doc).renderImage(index, scale, ImageType.RGB);
            writePng(img, out);
            return out;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("cannot render page " + (index + 1) + " of " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renders only the zone of a page (PDF points, top-left origin, as in {@link Zone}) at {@code dpi},
     * clamped to the page. For the exporter's clips.
     */
    public BufferedImage crop(Path pdf, int index, Zone zone, int dpi) throws ImportException {
        try (PDDocument doc = PdfPageParser.open(pdf, pdf.getFileName().toString())) {
            checkIndex(doc, index, pdf);
            PDPage page = doc.getPage(index);
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            double pw = turned ? box.getHeight() : box.getWidth(), ph = turned ? box.getWidth() : box.getHeight();
            double x0 = clamp(zone.x(), 0, pw), y0 = clamp(zone.y(), 0, ph);
            double x1 = clamp(zone.x() + zone.w(), x0, pw), y1 = clamp(zone.y() + zone.h(), y0, ph);
            double scale = dpi / 72.0;
            int w = Math.max(1, (int) Math.ceil((x1 - x0) * scale)), h = Math.max(1, (int) Math.ceil((y1 - y0) * scale));
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setBackground(Color.WHITE);
                g.clearRect(0, 0, w, h);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.translate(-x0 * scale, -y0 * scale);
                renderer(doc).renderPageToGraphics(index, g, (float) scale, (float) scale, RenderDestination.EXPORT);
            } finally {
                g.dispose();
            }
            return img;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("cannot crop page " + (index + 1) + " of " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Crops a zone of a stored page; see {@link #crop(Path, int, Zone, int)}. */
    public BufferedImage crop(Page page, Zone zone, int dpi) throws ImportException {
        return crop(pdfOf(page), page.pdfPageIndex(), zone, dpi);
    }

    /** The kept original PDF of a stored page. */
    public Path pdfOf(Page page) throws ImportException {
        if (page.pdfPath() == null || page.pdfPath().isBlank()) {
            throw new ImportException("page " + page.number() + " was imported from text and has no page image");
        }
        Path pdf = dataDir.resolve(page.pdfPath());
        if (!Files.isRegularFile(pdf)) throw new ImportException("the kept PDF of page " + page.number() + " is missing: " + pdf);
        return pdf;
    }

    private static PDFRenderer renderer(PDDocument doc) {
        PDFRenderer r = new PDFRenderer(doc);
        r.setSubsamplingAllowed(true); // large photos are drawn from a subsample: faster, same look at screen sizes
        // smooth text and lines, but the faster rendering path: about half the time of the defaults
        RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        h.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        r.setRenderingHints(h);
        return r;
    }

    private static void checkIndex(PDDocument doc, int index, Path pdf) throws ImportException {
        if (index < 0 || index >= doc.getNumberOfPages()) {
            throw new ImportException(pdf.getFileName() + " has no page " + (index + 1));
        }
    }

    private Path cacheFile(Path pdf, int index, String suffix) throws ImportException {
        return dataDir.resolve("images").resolve(hashOf(pdf) + "-p" + (index + 1) + suffix);
    }

    /** Kept PDFs are named by their SHA-256 already; other files are hashed. */
    static String hashOf(Path pdf) throws ImportException {
        String n = pdf.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.matches("[0-9a-f]{64}\\.pdf")) return n.substring(0, 64);
        try (InputStream in = Files.newInputStream(pdf)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) md.update(buf, 0, r);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ImportException("cannot read " + pdf.getFileName() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a PNG with fast compression, through a temp file so a reader never sees half an image. */
    static void writePng(BufferedImage img, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "render", ".part");
        try {
            ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
            // ImageIO's default disk cache doubles the I/O of every image written: keep it in memory.
            ImageIO.setUseCache(false);
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
                w.setOutput(ios);
                ImageWriteParam p = w.getDefaultWriteParam();
                if (p.canWriteCompressed()) {
                    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    p.setCompressionQuality(0.9f); // light deflate: several times faster than the default
                }
                w.write(null, new IIOImage(img, null, null), p);
            } finally {
                w.dispose();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
