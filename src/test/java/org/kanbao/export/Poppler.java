package org.kanbao.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler-utils (pdftotext, pdffonts) on exported files, as a reader's tools would see them. */
final class Poppler {
    private Poppler() {
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IOException(cmd[0] + " is not installed: apt-get install poppler-utils (" + e.getMessage() + ")", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd[0] + " timed out");
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The text of each page, its footer line ("3 / 12") removed. */
    static List<String> pages(Path pdf) throws IOException, InterruptedException {
        String all = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> pages = new ArrayList<>();
        for (String page : all.split("\f", -1)) {
            List<String> lines = new ArrayList<>(List.of(page.split("\n")));
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
            // the footer is one line of its own; pdftotext usually puts it last, but not always
            lines.removeIf(l -> l.strip().matches("\\d+ / \\d+"));
            pages.add(String.join("\n", lines));
        }
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) pages.remove(pages.size() - 1);
        return pages;
    }

    /** The whole text without footers, normalised. */
    static String text(Path pdf) throws IOException, InterruptedException {
        return norm(String.join("\n", pages(pdf)));
    }

    /** NFKC with all white space removed, as the fixtures' scoring compares text. */
    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** pdffonts rows: name, type, encoding, emb, sub, uni. */
    static List<String[]> fonts(Path pdf) throws IOException, InterruptedException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = run("pdffonts", pdf.toString()).split("\n");
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] parts = lines[i].trim().split("\\s+");
            // the last five columns are emb sub uni objectID gen
            int n = parts.length;
            rows.add(new String[] {parts[0], parts[n - 5], parts[n - 4], parts[n - 3]});
        }
        return rows;
    }
}
