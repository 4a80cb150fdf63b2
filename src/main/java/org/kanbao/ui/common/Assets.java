package org.kanbao.ui.common;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the bundled assets folder: -Dkanbao.assets, else ./assets, else next to (or above) the jar. */
public final class Assets {
    private Assets() {
    }

    public static Path dir() {
        String prop = System.getProperty("kanbao.assets");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path cwd = Path.of("assets");
        if (Files.isDirectory(cwd)) return cwd.toAbsolutePath();
        try {
            Path code = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/kanbao.jar or target/classes: try beside it, then one and two levels up (the project root).
            for (Path p = code.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("assets"))) return p.resolve("assets");
                if (code.getParent().getNameCount() - p.getNameCount() >= 2) break;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through: no assets
        }
        return cwd.toAbsolutePath();
    }

    /** The .txt and .pdf files of the bundled sample edition, sorted by name; empty when none are bundled. */
    public static List<Path> sampleFiles() {
        return files(dir().resolve("sample"), ".txt", ".pdf");
    }

    /** Font files bundled under assets/fonts. */
    public static List<Path> fontFiles() {
        return files(dir().resolve("fonts"), ".ttf", ".otf");
    }

    private static List<Path> files(Path folder, String... suffixes) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String suf : suffixes) if (n.endsWith(suf)) return true;
                return false;
            }).sorted().forEach(out::add);
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
