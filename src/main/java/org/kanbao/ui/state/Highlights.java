package org.kanbao.ui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kanbao.ui.state.ReaderBackend.SnippetRun;

/** Splits text into runs with the search terms marked; used for snippets and for the article pane. */
public final class Highlights {
    private Highlights() {
    }

    /** The whole text as runs, every occurrence of any term marked (case-insensitive, longest term first). */
    public static List<SnippetRun> mark(String text, List<String> terms) {
        List<SnippetRun> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        List<String> ts = terms == null ? List.of() : terms.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).toList();
        if (ts.isEmpty()) {
            out.add(new SnippetRun(text, false));
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int plain = 0;
        int i = 0;
        while (i < text.length()) {
            String found = null;
            for (String t : ts) {
                if (lower.startsWith(t, i)) {
                    found = t;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (i > plain) out.add(new SnippetRun(text.substring(plain, i), false));
            out.add(new SnippetRun(text.substring(i, i + found.length()), true));
            i += found.length();
            plain = i;
        }
        if (plain < text.length()) out.add(new SnippetRun(text.substring(plain), false));
        return out;
    }

    /** A window of about {@code width} characters around the first hit, marked; starts at the text's start if none. */
    public static List<SnippetRun> snippet(String text, List<String> terms, int width) {
        if (text == null) return List.of();
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String t : terms) {
            if (t == null || t.isBlank()) continue;
            int at = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        int start = first < 0 ? 0 : Math.max(0, first - width / 3);
        int end = Math.min(text.length(), start + width);
        String window = (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
        return mark(window, terms);
    }

    /** The query's words: split on white space, quotes dropped. */
    public static List<String> terms(String query) {
        if (query == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : query.replace("\"", " ").replace("“", " ").replace("”", " ").trim().split("\\s+")) {
            if (!w.isEmpty() && !out.contains(w)) out.add(w);
        }
        return out;
    }
}
