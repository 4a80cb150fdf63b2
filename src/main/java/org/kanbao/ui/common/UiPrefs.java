package org.kanbao.ui.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers window bounds, split positions, theme and reading font size (java.util.prefs). */
public final class UiPrefs {
    private final Preferences node;

    public UiPrefs(Preferences node) {
        this.node = node;
    }

    /** The user's node, or a scratch node when -Dkanbao.prefs names one (tests, smoke runs). */
    public static UiPrefs standard() {
        String alt = System.getProperty("kanbao.prefs");
        return new UiPrefs(Preferences.userRoot().node(alt == null || alt.isBlank() ? "org/kanbao/ui" : alt));
    }

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }

    public double getDouble(String key, double def) {
        return node.getDouble(key, def);
    }

    public void putDouble(String key, double v) {
        node.putDouble(key, v);
    }

    /** Places the stage where it was, if that is still on a screen. */
    public void restore(Stage stage, double defW, double defH) {
        double w = node.getDouble("window.w", defW);
        double h = node.getDouble("window.h", defH);
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        Rectangle2D vis = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w, vis.getWidth()));
        stage.setHeight(Math.min(h, vis.getHeight()));
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void save(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
            node.putDouble("window.w", stage.getWidth());
            node.putDouble("window.h", stage.getHeight());
        }
    }

    public void restore(String key, SplitPane split, double... defaults) {
        String[] parts = node.get("split." + key, "").split(",");
        double[] pos = defaults.clone();
        for (int i = 0; i < pos.length && i < parts.length; i++) {
            try {
                double v = Double.parseDouble(parts[i]);
                if (v > 0.02 && v < 0.98) pos[i] = v;
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        split.setDividerPositions(pos);
    }

    public void save(String key, SplitPane split) {
        StringBuilder sb = new StringBuilder();
        for (double d : split.getDividerPositions()) sb.append(sb.length() == 0 ? "" : ",").append(d);
        node.put("split." + key, sb.toString());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // preferences are a comfort; never fail the app over them
        }
    }
}
