package org.kanbao.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.util.Matrix;
import org.kanbao.export.Layout.Anchor;
import org.kanbao.export.Layout.Geometry;
import org.kanbao.export.Typesetter.Run;

/** Draws laid-out pages into a PDF document. */
final class PdfPainter {
    /** Clip images are rendered at 2 pixels a point (144 dpi): sharp in print, small in the file. */
    private static final float CLIP_PIXELS_PER_POINT = 2f;

    private final PDDocument doc;
    private final Geometry g;
    private final Typesetter ts;
    private final ReportLayout.Styles st;
    private final ZoneClipRenderer clips;
    final List<String> warnings = new ArrayList<>();

    PdfPainter(PDDocument doc, Geometry g, Typesetter ts, ReportLayout.Styles st, ZoneClipRenderer clips) {
        this.doc = doc;
        this.g = g;
        this.ts = ts;
        this.st = st;
        this.clips = clips;
    }

    /** Draws every page; returns the PDF pages, or null when cancelled. */
    List<PDPage> paint(ReportLayout.Report report, BooleanSupplier cancelled, IntConsumer pageDone) throws IOException {
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < report.pages().size(); i++) {
            PDPage p = new PDPage(new PDRectangle(g.width(), g.height()));
            doc.addPage(p);
            pages.add(p);
        }
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            if (cancelled.getAsBoolean()) return null;
            Layout.Page lp = report.pages().get(i);
            PDPage page = pages.get(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Layout.Op op : lp.ops) {
                    if (op instanceof Layout.Text t) text(cs, t.x(), t.baseline(), t.line());
                    else if (op instanceof Layout.Rule r) rule(cs, r);
                    else if (op instanceof Layout.Image im) image(cs, im);
                    else if (op instanceof Layout.Link l) link(page, l, report.anchors(), pages);
                }
                if (lp.footer) {
                    var line = ts.set(List.of(new Typesetter.Span(st.footer, (i + 1) + " / " + total)),
                            g.column(), 0, Typesetter.Align.CENTER).get(0);
                    text(cs, g.left(), g.height() - 34, line);
                }
            }
            if (lp.ops.stream().anyMatch(PdfPainter::hasReplacement)) ActualText.inline(doc, page);
            pageDone.accept(i + 1);
        }
        return pages;
    }

    private static boolean hasReplacement(Layout.Op op) {
        return op instanceof Layout.Text t && t.line().runs().stream().anyMatch(r -> r.actualText() != null);
    }

    private float pdfY(float y) {
        return g.height() - y;
    }

    private void text(PDPageContentStream cs, float x, float baseline, Typesetter.Line line) throws IOException {
        cs.beginText();
        PDFont current = null;
        float currentSize = -1, currentGray = -1;
        for (Run r : line.runs()) {
            PDFont f = r.style().fonts().pdFont(r.font());
            float size = r.style().size();
            if (f != current || size != currentSize) {
                cs.setFont(f, size);
                current = f;
                currentSize = size;
            }
            if (r.style().gray() != currentGray) {
                cs.setNonStrokingColor(r.style().gray());
                currentGray = r.style().gray();
            }
            cs.setTextMatrix(Matrix.getTranslateInstance(x + r.x(), pdfY(baseline)));
            if (r.actualText() != null) {
                // the replacement mark, with the real character for copying and searching
                COSDictionary d = new COSDictionary();
                d.setItem(COSName.ACTUAL_TEXT, new COSString(r.actualText()));
                cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(d));
                cs.showText(r.text());
                cs.endMarkedContent();
            } else if (r.extra() > 0) {
                cs.showTextWithPositioning(justified(r));
            } else {
                cs.showText(r.text());
            }
        }
        cs.endText();
    }

    /** The run as a TJ array with the justification space at each break opportunity. */
    private static Object[] justified(Run r) {
        List<Object> parts = new ArrayList<>();
        Float adjust = -r.extra() * 1000f / r.style().size();
        int[] cps = r.text().codePoints().toArray();
        StringBuilder piece = new StringBuilder();
        for (int k = 0; k < cps.length; k++) {
            if (k > 0 && Typesetter.isGap(cps[k - 1], cps[k])) {
                parts.add(piece.toString());
                parts.add(adjust);
                piece.setLength(0);
            }
            piece.appendCodePoint(cps[k]);
        }
        parts.add(piece.toString());
        return parts.toArray();
    }

    private void rule(PDPageContentStream cs, Layout.Rule r) throws IOException {
        cs.saveGraphicsState();
        cs.setStrokingColor(r.gray());
        cs.setLineWidth(r.width());
        if (r.dotted()) {
            cs.setLineCapStyle(1);
            cs.setLineDashPattern(new float[] {0, 2.8f}, 0);
        }
        cs.moveTo(r.x1(), pdfY(r.y()));
        cs.lineTo(r.x2(), pdfY(r.y()));
        cs.stroke();
        cs.restoreGraphicsState();
    }

    private void image(PDPageContentStream cs, Layout.Image im) throws IOException {
        float bottom = pdfY(im.y() + im.h());
        try {
            float ppp = CLIP_PIXELS_PER_POINT * im.w() / (float) im.clip().zone().w();
            BufferedImage img = clips.crop(im.clip().pdf(), im.clip().pageIndex(), im.clip().zone(), Math.max(0.5f, ppp));
            PDImageXObject x = JPEGFactory.createFromImage(doc, img, 0.8f);
            cs.drawImage(x, im.x(), bottom, im.w(), im.h());
        } catch (IOException | RuntimeException e) {
            warnings.add("Clip of article " + im.clip().articleId() + " could not be rendered: " + e.getMessage());
        }
        cs.saveGraphicsState();
        cs.setStrokingColor(0.7f);
        cs.setLineWidth(0.5f);
        cs.addRect(im.x(), bottom, im.w(), im.h());
        cs.stroke();
        cs.restoreGraphicsState();
    }

    private void link(PDPage page, Layout.Link l, List<Anchor> anchors, List<PDPage> pages) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(l.x(), pdfY(l.y() + l.h()), l.w(), l.h()));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setDestination(destination(anchors.get(l.article()), pages));
        page.getAnnotations().add(link);
    }

    PDPageXYZDestination destination(Anchor a, List<PDPage> pages) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(pages.get(a.page()));
        d.setLeft(0);
        d.setTop(Math.round(pdfY(a.y()) + 12));
        return d;
    }
}
