package org.kanbao.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.text.Font;
import org.kanbao.Assets;

/**
 * Loads the bundled CJK font (assets/fonts) so Chinese never shows as boxes on a system without one.
 * The loaded family is put first in the root style; the system font stays as fallback.
 */
public final class Fonts {
    private static String family;

    private Fonts() {
    }

    /** Loads the bundled CJK font (regular and bold) once; returns its family, or null when none is bundled. */
    public static synchronized String loadBundled() {
        if (family != null) return family;
        for (String name : new String[] {Assets.REGULAR_FONT, Assets.BOLD_FONT}) {
            Optional<Path> f = Assets.font(name);
            if (f.isEmpty()) continue;
            Font font = Font.loadFont(f.get().toUri().toString(), 13);
            if (font != null && family == null) family = font.getFamily();
        }
        return family;
    }

    /** The family to draw text in: the bundled one when loaded, else the system default. */
    public static String family() {
        return family != null ? family : Font.getDefault().getFamily();
    }

    /** Root style naming the bundled family, or "" to keep the default. */
    public static String rootStyle() {
        return family == null ? "" : "-fx-font-family: \"" + family + "\";";
    }
}
