package org.kanbao.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What one PDF page holds, with geometry in points and a top-left origin: the glyphs (text, box, size,
 * weight), the rules and boxes drawn on it, and the images placed on it.
 */
final class PageGeometry {
    /** One glyph: its text, box (x, y top) and font facts. */
    record Glyph(String text, double x, double y, double w, double h, double size, boolean bold, String font) {
        double x1() { return x + w; }
        double y1() { return y + h; }
        double cx() { return x + w / 2; }
        double cy() { return y + h / 2; }
    }

    /** A drawn rectangle: a thin one is a rule, a larger one a box or filled panel. */
    record Rect(double x, double y, double w, double h, boolean filled, boolean stroked) {
        double x1() { return x + w; }
        double y1() { return y + h; }
        boolean horizontalRule() { return h <= 3 && w > 3 * Math.max(h, 1); }
        boolean verticalRule() { return w <= 3 && h > 3 * Math.max(w, 1); }
    }

    final double width;
    final double height;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Rect> images = new ArrayList<>();
    /** Stroked boxes (frames around photos and boxed articles); their edges are not cuts. */
    final List<Rect> frames = new ArrayList<>();

    private PageGeometry(double width, double height) {
        this.width = width;
        this.height = height;
    }

    static PageGeometry read(PDDocument doc, int index) throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        PageGeometry g = new PageGeometry(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight());
        new GlyphCollector(g).collect(doc, index);
        new ShapeCollector(page, g).processPage(page);
        g.removeDoubledGlyphs();
        return g;
    }

    /**
     * Faux bold: the same glyph drawn again a fraction of its size away. Keeps the first of each such
     * pair, so the text reads once; returns how many were removed.
     */
    int removeDoubledGlyphs() {
        java.util.Map<Long, List<Glyph>> grid = new java.util.HashMap<>();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        java.util.Set<Glyph> doubled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int removed = 0;
        for (Glyph gl : glyphs) {
            double tol = Math.max(0.6, gl.size() * 0.25);
            long cx = (long) Math.floor(gl.x() / 8), cy = (long) Math.floor(gl.y() / 8);
            boolean twin = false;
            for (long dx = -1; dx <= 1 && !twin; dx++) {
                for (long dy = -1; dy <= 1 && !twin; dy++) {
                    List<Glyph> near = grid.get(key(cx + dx, cy + dy));
                    if (near == null) continue;
                    for (Glyph o : near) {
                        if (o.text().equals(gl.text()) && Math.abs(o.x() - gl.x()) < tol && Math.abs(o.y() - gl.y()) < tol
                                && Math.abs(o.size() - gl.size()) < 0.5) {
                            twin = true;
                            doubled.add(o);
                            break;
                        }
                    }
                }
            }
            if (twin) {
                removed++;
                continue;
            }
            kept.add(gl);
            grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(gl);
        }
        glyphs.clear();
        // a glyph printed twice is printed bold
        for (Glyph k : kept) {
            glyphs.add(doubled.contains(k) && !k.bold()
                    ? new Glyph(k.text(), k.x(), k.y(), k.w(), k.h(), k.size(), true, k.font()) : k);
        }
        return removed;
    }

    private static long key(long cx, long cy) {
        return cx * 1_000_003L + cy;
    }

    /** Collects glyphs through PDFBox's text stripper, which handles fonts, rotation and crop box for us. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final PageGeometry g;
        private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

        GlyphCollector(PageGeometry g) throws IOException {
            this.g = g;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(false);
        }

        void collect(PDDocument doc, int index) throws IOException {
            setStartPage(index + 1);
            setEndPage(index + 1);
            getText(doc);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String s = t.getUnicode();
            if (s == null || s.isBlank()) return;
            // the two- and three-em dash glyphs stand for the dash Chinese text writes as —— / ———
            if (s.indexOf('\u2E3A') >= 0 || s.indexOf('\u2E3B') >= 0) {
                s = s.replace("\u2E3A", "\u2014\u2014").replace("\u2E3B", "\u2014\u2014\u2014");
            }
            float size = t.getFontSizeInPt();
            double h = t.getHeightDir();
            double w = t.getWidthDirAdj();
            if (size <= 0) size = (float) Math.max(h, w);
            // Box from baseline up by the font size; more stable than the font's own bbox heights.
            double y = t.getYDirAdj() - size * 0.88;
            PDFont f = t.getFont();
            boolean bold = f != null && boldFonts.computeIfAbsent(f, PageGeometry::isBold);
            g.glyphs.add(new Glyph(s, t.getXDirAdj(), y, w, size, size, bold, fontName(f)));
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            // geometry only
        }
    }

    static String fontName(PDFont f) {
        String n = f == null ? null : f.getName();
        return n == null ? "" : n;
    }

    static boolean isBold(PDFont f) {
        if (f == null) return false;
        String n = fontName(f).toLowerCase(java.util.Locale.ROOT);
        if (n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("hei")
                || n.contains("-bd") || n.contains("semibold") || n.contains("demi")) return true;
        PDFontDescriptor d = f.getFontDescriptor();
        if (d == null) return false;
        return d.isForceBold() || d.getFontWeight() >= 600;
    }

    /** Collects filled/stroked rectangles and lines, and image placements. */
    private static final class ShapeCollector extends PDFGraphicsStreamEngine {
        private final PageGeometry g;
        private final PDRectangle crop;
        private final int rotation;
        private final List<Point2D> path = new ArrayList<>();
        private final List<double[]> segments = new ArrayList<>();
        private Point2D current = new Point2D.Double();
        private Point2D start = new Point2D.Double();
        private int rectangles;
        private int lines;

        ShapeCollector(PDPage page, PageGeometry g) {
            super(page);
            this.g = g;
            this.crop = page.getCropBox();
            this.rotation = page.getRotation();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            segments.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
            segments.add(new double[] {p1.getX(), p1.getY(), p2.getX(), p2.getY()});
            segments.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
            segments.add(new double[] {p3.getX(), p3.getY(), p0.getX(), p0.getY()});
            path.add(p0);
            path.add(p1);
            path.add(p2);
            path.add(p3);
            rectangles++;
            current = p0;
            start = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D p = new Point2D.Float(x, y);
            segments.add(new double[] {current.getX(), current.getY(), x, y});
            lines++;
            path.add(p);
            current = p;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            Point2D p = new Point2D.Float(x3, y3);
            path.add(p);
            current = p;
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            segments.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
            current = start;
        }

        @Override
        public void endPath() {
            path.clear();
            segments.clear();
            rectangles = 0;
            lines = 0;
        }

        @Override
        public void strokePath() {
            if (rectangles == 1 && lines == 0) {
                // a stroked box (frame around a photo or a boxed article): not four separate rules
                addBounds(false);
                Rect r = g.rects.isEmpty() ? null : g.rects.get(g.rects.size() - 1);
                if (r != null && (r.horizontalRule() || r.verticalRule())) {
                    // a degenerate box is a rule after all
                    g.rects.set(g.rects.size() - 1, new Rect(r.x(), r.y(), r.w(), r.h(), false, true));
                } else if (r != null) {
                    g.rects.set(g.rects.size() - 1, new Rect(r.x(), r.y(), r.w(), r.h(), false, false));
                    g.frames.add(g.rects.remove(g.rects.size() - 1));
                }
                endPath();
                return;
            }
            double lw = getGraphicsState().getLineWidth();
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double scaled = Math.max(0.1, lw * Math.max(ctm.getScalingFactorX(), ctm.getScalingFactorY()));
            for (double[] s : segments) {
                // each straight segment becomes a thin rectangle (rule); others are ignored
                double x0 = Math.min(s[0], s[2]), x1 = Math.max(s[0], s[2]);
                double y0 = Math.min(s[1], s[3]), y1 = Math.max(s[1], s[3]);
                if (x1 - x0 < 0.5 && y1 - y0 < 0.5) continue;
                if (x1 - x0 > 0.5 && y1 - y0 > 0.5) continue; // diagonal
                add(x0 - scaled / 2, y0 - scaled / 2, x1 + scaled / 2, y1 + scaled / 2, false, true);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            addBounds(true);
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            addBounds(true);
            endPath();
        }

        private void addBounds(boolean filled) {
            if (path.isEmpty()) return;
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Point2D p : path) {
                x0 = Math.min(x0, p.getX());
                y0 = Math.min(y0, p.getY());
                x1 = Math.max(x1, p.getX());
                y1 = Math.max(y1, p.getY());
            }
            add(x0, y0, x1, y1, filled, false);
        }

        /** Adds a box given in device space of the unrotated page (bottom-left origin). */
        private void add(double x0, double y0, double x1, double y1, boolean filled, boolean stroked) {
            double[] a = toTop(x0, y0), b = toTop(x1, y1);
            double nx = Math.min(a[0], b[0]), ny = Math.min(a[1], b[1]);
            double w = Math.abs(a[0] - b[0]), h = Math.abs(a[1] - b[1]);
            if (w >= g.width * 0.98 && h >= g.height * 0.98) return; // page background
            g.rects.add(new Rect(nx, ny, w, h, filled, stroked));
        }

        private double[] toTop(double x, double y) {
            double px = x - crop.getLowerLeftX(), py = y - crop.getLowerLeftY();
            return switch ((rotation % 360 + 360) % 360) {
                case 90 -> new double[] {py, px};
                case 180 -> new double[] {crop.getWidth() - px, py};
                case 270 -> new double[] {crop.getHeight() - py, crop.getWidth() - px};
                default -> new double[] {px, crop.getHeight() - py};
            };
        }

        @Override
        public void drawImage(PDImage pdImage) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            double[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (double[] c : corners) {
                Point2D.Float p = m.transformPoint((float) c[0], (float) c[1]);
                double[] t = toTop(p.x, p.y);
                x0 = Math.min(x0, t[0]);
                y0 = Math.min(y0, t[1]);
                x1 = Math.max(x1, t[0]);
                y1 = Math.max(y1, t[1]);
            }
            if (x1 - x0 < 4 || y1 - y0 < 4) return;
            g.images.add(new Rect(x0, y0, x1 - x0, y1 - y0, true, false));
        }

        @Override
        public void clip(int windingRule) {
            // clipping paths are not drawn
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // gradients carry no layout
        }

        @Override
        public void showTextString(byte[] string) {
            // text comes from the glyph collector; skip the costly glyph processing here
        }

        @Override
        public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
            // as above
        }
    }
}
