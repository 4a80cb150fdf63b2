package org.kanbao.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    private static final Map<Path, FutureTask<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();
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
        String where = org.kanbao.Assets.root().map(r -> r.resolve("fonts").toString()).orElse("no assets folder found");
        return org.kanbao.Assets.font(REGULAR).map(Path::getParent).orElseThrow(() -> new ExportException(
                "The report fonts were not found (looked for " + REGULAR + " in " + where + "). Reinstall Kanbao, "
                        + "or point -D" + PROPERTY + "=DIR at the folder that holds fonts/."));
    }

    /** Parses (once per process, the four files in parallel) and returns the report fonts. */
    public static FontSet load() throws ExportException {
        Path dir = fontDir();
        List<Path> files = List.of(dir.resolve(REGULAR), dir.resolve(BOLD), dir.resolve(FALLBACK_REGULAR),
                dir.resolve(FALLBACK_BOLD));
        List<FutureTask<TrueTypeFont>> tasks = new ArrayList<>();
        for (Path f : files) {
            FutureTask<TrueTypeFont> task = new FutureTask<>(() -> parse(f));
            FutureTask<TrueTypeFont> existing = PARSED.putIfAbsent(f, task);
            if (existing == null) {
                // the big CJK files take most of a second each: parse them side by side
                Thread t = new Thread(task, "kanbao-font-" + f.getFileName());
                t.setDaemon(true);
                t.start();
                tasks.add(task);
            } else {
                tasks.add(existing);
            }
        }
        TrueTypeFont[] fonts = new TrueTypeFont[files.size()];
        for (int i = 0; i < fonts.length; i++) fonts[i] = get(files.get(i), tasks.get(i));
        return new FontSet(fonts[0], fonts[1], fonts[2], fonts[3], dir);
    }

    private static TrueTypeFont get(Path file, FutureTask<TrueTypeFont> task) throws ExportException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("Interrupted while loading the fonts.");
        } catch (ExecutionException e) {
            PARSED.remove(file, task); // let a later export try again
            Throwable c = e.getCause();
            if (c instanceof ExportException ee) throw ee;
            throw new ExportException("The font " + file + " cannot be read (" + c + "). Reinstall Kanbao.", c);
        }
    }

    private static TrueTypeFont parse(Path file) throws ExportException {
        if (!Files.isRegularFile(file)) throw new ExportException("The font " + file + " is missing. Reinstall Kanbao.");
        try {
            // Kept open for the life of the process: PDFBox reads glyphs from it when subsetting.
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            // No glyph substitution: Chinese needs none, the layout measures unsubstituted glyphs,
            // and PDFBox's GSUB pass costs more than the rest of the export together.
            f.setEnableGsub(false);
            f.getUnicodeCmapLookup();
            return f;
        } catch (IOException | RuntimeException e) {
            throw new ExportException("The font " + file + " cannot be read (" + e.getMessage() + "). Reinstall Kanbao.", e);
        }
    }
}
