import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.File;
import java.util.Locale;

/**
 * Prints the SVG path data of a string set in a TrueType font at 1000 units per em, baseline at y=0, so the icon's
 * SVG needs no installed font. Usage: java packaging/tools/GlyphPath.java FONT.ttf TEXT
 */
public class GlyphPath {
    public static void main(String[] args) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[0])).deriveFont(1000f);
        var shape = font.createGlyphVector(new FontRenderContext(null, true, true), args[1]).getOutline();
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> d.append(String.format(Locale.ROOT, "M%.0f %.0f", c[0], c[1]));
                case PathIterator.SEG_LINETO -> d.append(String.format(Locale.ROOT, "L%.0f %.0f", c[0], c[1]));
                case PathIterator.SEG_QUADTO -> d.append(String.format(Locale.ROOT, "Q%.0f %.0f %.0f %.0f", c[0], c[1], c[2], c[3]));
                case PathIterator.SEG_CUBICTO -> d.append(String.format(Locale.ROOT, "C%.0f %.0f %.0f %.0f %.0f %.0f", c[0], c[1], c[2], c[3], c[4], c[5]));
                case PathIterator.SEG_CLOSE -> d.append("Z");
                default -> { }
            }
        }
        System.out.println(d);
    }
}
