package org.kanbao.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared fixtures (../shared/fixtures from the project root), as CI lays them out too. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path shared() {
        String p = System.getProperty("kanbao.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "shared");
        if (!Files.isDirectory(dir)) throw new IllegalStateException("shared fixtures not found at " + dir.toAbsolutePath());
        return dir.toAbsolutePath().normalize();
    }

    public static Path seedPage() {
        return shared().resolve("fixtures/seed/pinghu-front-page.txt");
    }

    public static Path pd() {
        return shared().resolve("fixtures/pd-2019-10");
    }

    /** Files in pd-2019-10 whose names end with the suffix, sorted. */
    public static List<Path> pdFiles(String suffix) {
        try (Stream<Path> s = Files.list(pd())) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The truth file beside a fixture page (x.txt or x.pdf → x.expected.json). */
    public static Path expectedFor(Path page) {
        String n = page.getFileName().toString();
        return page.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
    }
}
