package org.kanbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the files that ship beside the program: fonts, the sample edition, icons.
 *
 * <p>The assets folder is the system property {@code kanbao.assets} (the installed launcher sets it to the folder
 * inside the app image), else {@code ./assets} (a source checkout), else an {@code assets} folder next to the jar or
 * one level up (target/kanbao.jar in a checkout; lib/app/kanbao.jar in a jpackage image). A folder only counts when
 * it exists.
 */
public final class Assets {
    public static final String PROPERTY = "kanbao.assets";
    public static final String REGULAR_FONT = "NotoSansSC-Regular.ttf";
    public static final String BOLD_FONT = "NotoSansSC-Bold.ttf";

    private Assets() {
    }

    /** The assets folder, if one can be found. */
    public static Optional<Path> root() {
        return locate(System.getProperty(PROPERTY), Path.of("").toAbsolutePath(), codeLocation());
    }

    /** The assets folder, or an exception whose message says where it was looked for. */
    public static Path requireRoot() {
        return root().orElseThrow(() -> new IllegalStateException("assets folder not found: set -D" + PROPERTY
                + "=DIR, or run from the project folder (./assets) or next to the installed jar"));
    }

    static Optional<Path> locate(String property, Path workingDir, Path codeLocation) {
        List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank()) candidates.add(Path.of(property));
        candidates.add(workingDir.resolve("assets"));
        if (codeLocation != null) {
            // The jar's folder, or target/classes when run from an IDE or Maven.
            Path dir = Files.isRegularFile(codeLocation) ? codeLocation.getParent() : codeLocation;
            for (Path d = dir; d != null && candidates.size() < 6; d = d.getParent()) candidates.add(d.resolve("assets"));
        }
        return candidates.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    private static Path codeLocation() {
        try {
            var src = Assets.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A bundled font file, e.g. {@link #REGULAR_FONT}, if present. */
    public static Optional<Path> font(String fileName) {
        return root().map(r -> r.resolve("fonts").resolve(fileName)).filter(Files::isRegularFile);
    }

    /** The sample edition's folder ({@code <assets>/sample}), if present. */
    public static Optional<Path> sampleDir() {
        return root().map(r -> r.resolve("sample")).filter(Files::isDirectory);
    }

    /**
     * The sample edition's page PDFs, in page order: what the app imports when the library is empty. Each has a
     * pdftotext dump beside it (same name, .txt) and its truth (.expected.json); import one kind, not both, as
     * they are the same pages.
     */
    public static List<Path> samplePdfs() {
        return sampleFiles(".pdf");
    }

    /** The sample edition's text dumps, in page order. */
    public static List<Path> sampleTexts() {
        return sampleFiles(".txt");
    }

    private static List<Path> sampleFiles(String suffix) {
        Optional<Path> dir = sampleDir();
        if (dir.isEmpty()) return List.of();
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
