package org.kanbao.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds the bundled fonts (assets/fonts) and parses them once per process.
 *
 * <p>The fonts ship beside the app rather than inside the jar: they are 21 MB and PDFBox wants
 * random access to them. The assets folder is the first of:
 * <ol>
 *   <li>the system property {@code kanbao.assets} (a folder that holds {@code fonts/});</li>
 *   <li>{@code ./assets} under the working directory (running from a checkout);</li>
 *   <li>{@code assets} next to the jar or classes folder, or one or two levels up from it
 *       ({@code target/kanbao.jar} → {@code ./assets}; an installed package's {@code lib/app/} → {@code lib/app/assets}
 *       or {@code lib/assets}).</li>
 * </ol>
 */
public final class Fonts {
    public static final String PROPERTY = "kanbao.assets";
    public static final String REGULAR = org.kanbao.Assets.REGULAR_FONT;
    public static final String BOLD = org.kanbao.Assets.BOLD_FONT;
    public static final String FALLBACK_REGULAR = "NotoSans-Regular.ttf";
    public static final String FALLBACK_BOLD = "NotoSans-Bold.ttf";

    private static final Map<Path, TrueTypeFont> PARSED = new ConcurrentHashMap<>();
    /** FontBox warns on stderr that it ignores the fonts' variation-selector cmap, which is harmless here. */
    private static final java.util.logging.Logger CMAP_LOG = java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        CMAP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Fonts() {
    }

    /** The four fonts the report uses, parsed; each chain is main font first, then its fallback. */
    public record FontSet(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont fallbackRegular,
                          TrueTypeFont fallbackBold, Path dir) {
    }

    /** The folder holding the font files, found through {@link org.kanbao.Assets}. */
    public static Path fontDir() throws ExportException {
        return org.kanbao.Assets.font(REGULAR).map(Path::getParent).orElseThrow(() -> new ExportException(
                "The report fonts were not found (" + REGULAR + " in the assets folder's fonts/). Reinstall Kanbao, "
                        + "or point -D" + PROPERTY + "=DIR at the folder that holds fonts/."));
    }

    /** Parses (once per process) and returns the report fonts. */
    public static FontSet load() throws ExportException {
        Path dir = fontDir();
        return new FontSet(parse(dir.resolve(REGULAR)), parse(dir.resolve(BOLD)),
                parse(dir.resolve(FALLBACK_REGULAR)), parse(dir.resolve(FALLBACK_BOLD)), dir);
    }

    private static TrueTypeFont parse(Path file) throws ExportException {
        TrueTypeFont f = PARSED.get(file);
        if (f != null) return f;
        synchronized (PARSED) {
            f = PARSED.get(file);
            if (f != null) return f;
            if (!Files.isRegularFile(file)) {
                throw new ExportException("The font " + file + " is missing. Reinstall Kanbao.");
            }
            try {
                // Kept open for the life of the process: PDFBox reads glyphs from it when subsetting.
                f = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                // No glyph substitution: Chinese needs none, the layout measures unsubstituted glyphs,
                // and PDFBox's GSUB pass costs more than the rest of the export together.
                f.setEnableGsub(false);
                f.getUnicodeCmapLookup();
            } catch (IOException | RuntimeException e) {
                throw new ExportException("The font " + file + " cannot be read (" + e.getMessage() + "). Reinstall Kanbao.");
            }
            PARSED.put(file, f);
            return f;
        }
    }
}
