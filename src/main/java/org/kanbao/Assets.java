package org.kanbao;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the assets folder (fonts, icons, sample edition): -Dkanbao.assets, else ./assets, else beside the jar. */
public final class Assets {
    private Assets() {
    }

    public static Path dir() {
        String prop = System.getProperty("kanbao.assets");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path here = Path.of("assets");
        if (Files.isDirectory(here)) return here.toAbsolutePath();
        try {
            Path jar = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("assets"))) return p.resolve("assets");
            }
        } catch (Exception ignored) {
            // fall through to the relative default
        }
        return here.toAbsolutePath();
    }

    public static Path sampleDir() {
        return dir().resolve("sample");
    }

    public static Path fontsDir() {
        return dir().resolve("fonts");
    }
}
