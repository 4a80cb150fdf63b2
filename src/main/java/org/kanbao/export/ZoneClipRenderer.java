package org.kanbao.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kanbao.model.Zone;

/**
 * Crops an article's zone out of its original PDF page as an image: the export's own small
 * cropper until the shared PDF page renderer (being built on the pdf branch) is merged; then this
 * class should call it instead. Opened PDFs are kept until {@link #close()} so a page that several
 * articles come from is parsed once.
 */
final class ZoneClipRenderer implements Closeable {
    private final Map<Path, PDFRenderer> renderers = new HashMap<>();
    private final Map<Path, PDDocument> docs = new HashMap<>();

    /**
     * Renders {@code zone} (PDF points from the page's top-left) of page {@code pageIndex} at
     * {@code pixelsPerPoint}, on white.
     */
    BufferedImage crop(Path pdf, int pageIndex, Zone zone, float pixelsPerPoint) throws IOException {
        PDFRenderer r = renderers.get(pdf);
        if (r == null) {
            PDDocument d = Loader.loadPDF(pdf.toFile());
            docs.put(pdf, d);
            r = new PDFRenderer(d);
            renderers.put(pdf, r);
        }
        PDDocument d = docs.get(pdf);
        if (pageIndex < 0 || pageIndex >= d.getNumberOfPages()) {
            throw new IOException("the kept PDF has no page " + (pageIndex + 1));
        }
        int w = Math.max(1, (int) Math.ceil(zone.w() * pixelsPerPoint));
        int h = Math.max(1, (int) Math.ceil(zone.h() * pixelsPerPoint));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setBackground(Color.WHITE); // the renderer clears to the background colour
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, w, h);
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            gr.translate(-zone.x() * pixelsPerPoint, -zone.y() * pixelsPerPoint);
            r.renderPageToGraphics(pageIndex, gr, pixelsPerPoint);
        } finally {
            gr.dispose();
        }
        return img;
    }

    @Override
    public void close() {
        for (PDDocument d : docs.values()) {
            try {
                d.close();
            } catch (IOException ignored) {
                // read-only source files: nothing to lose
            }
        }
        docs.clear();
        renderers.clear();
    }
}
