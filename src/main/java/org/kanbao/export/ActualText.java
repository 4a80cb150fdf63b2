package org.kanbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Moves ActualText property lists inline into their BDC operators. PDFBox writes marked-content
 * properties as named resources, which poppler (pdftotext, and viewers built on it) ignores for
 * ActualText; inline they are honoured, so a character shown as 〓 still copies as itself.
 * Only pages with such characters are rewritten.
 */
final class ActualText {
    private ActualText() {
    }

    static void inline(PDDocument doc, PDPage page) throws IOException {
        PDResources res = page.getResources();
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> out = new ArrayList<>(tokens.size());
        List<COSName> used = new ArrayList<>();
        for (Object t : tokens) {
            if (t instanceof Operator op && "BDC".equals(op.getName()) && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof COSName name) {
                PDPropertyList props = res.getProperties(name);
                if (props != null && props.getCOSObject().containsKey(COSName.ACTUAL_TEXT)) {
                    COSDictionary d = new COSDictionary();
                    d.setItem(COSName.ACTUAL_TEXT, props.getCOSObject().getItem(COSName.ACTUAL_TEXT));
                    out.set(out.size() - 1, d);
                    used.add(name);
                }
            }
            out.add(t);
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
        COSBase props = res.getCOSObject().getDictionaryObject(COSName.PROPERTIES);
        if (props instanceof COSDictionary pd) used.forEach(pd::removeItem);
    }
}
