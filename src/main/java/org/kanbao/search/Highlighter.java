package org.kanbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kanbao.model.Article;
import org.kanbao.search.HitPosition.Part;
import org.kanbao.search.SearchQuery.Term;

/**
 * Finds hits in an article's own text (folded the same way as the index, char for char, so offsets are offsets in
 * the original) and cuts snippets around them. Working on the article row keeps the index free of a text copy.
 */
final class Highlighter {
    static final int BEFORE = 24;
    static final int LENGTH = 90;

    private Highlighter() {
    }

    /** Every hit of the terms in the article, merged where they overlap, in reading order. */
    static List<HitPosition> positions(Article a, List<Term> terms) {
        String title = Fold.fold(a.title());
        String body = Fold.fold(SearchIndex.bodyText(a));
        List<HitPosition> out = new ArrayList<>();
        for (Term t : terms) {
            String[] runs = runs(Fold.fold(t.text()));
            if (runs.length == 0) continue;
            for (int[] r : find(title, runs)) out.add(new HitPosition(Part.TITLE, 0, r[0], r[1]));
            if (t.titleOnly()) continue;
            for (int[] r : find(body, runs)) split(a, r[0], r[1], out);
        }
        return merge(out);
    }

    private static String[] runs(String folded) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && Fold.isGap(folded.charAt(i))) i++;
            int s = i;
            while (i < folded.length() && !Fold.isGap(folded.charAt(i))) i++;
            if (i > s) runs.add(folded.substring(s, i));
        }
        return runs.toArray(String[]::new);
    }

    /** Occurrences of the runs in order, separated in the text by one or more gap chars (as the index sees it). */
    static List<int[]> find(String text, String[] runs) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int s = text.indexOf(runs[0], from);
            if (s < 0) return out;
            int e = s + runs[0].length();
            boolean ok = true;
            for (int k = 1; k < runs.length && ok; k++) {
                int g = e;
                while (g < text.length() && Fold.isGap(text.charAt(g))) g++;
                ok = g > e && text.startsWith(runs[k], g);
                e = g + runs[k].length();
            }
            if (ok) out.add(new int[] {s, e});
            from = s + 1;
        }
    }

    /** Maps a range of {@link SearchIndex#bodyText} back to the lead and body blocks it covers. */
    private static void split(Article a, int s, int e, List<HitPosition> out) {
        int start = 0;
        int end = a.lead().length();
        if (s < end) out.add(new HitPosition(Part.LEAD, 0, s, Math.min(e, end)));
        for (int b = 0; b < a.body().size(); b++) {
            start = end + 1;
            end = start + a.body().get(b).text().length();
            if (s < end && e > start) out.add(new HitPosition(Part.BODY, b, Math.max(s, start) - start, Math.min(e, end) - start));
        }
    }

    private static List<HitPosition> merge(List<HitPosition> in) {
        in.sort(Comparator.comparing(HitPosition::part).thenComparingInt(HitPosition::block)
                .thenComparingInt(HitPosition::start).thenComparingInt(HitPosition::end));
        List<HitPosition> out = new ArrayList<>();
        for (HitPosition h : in) {
            if (h.end() <= h.start()) continue;
            HitPosition last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.part() == h.part() && last.block() == h.block() && h.start() <= last.end()) {
                out.set(out.size() - 1, new HitPosition(h.part(), h.block(), last.start(), Math.max(last.end(), h.end())));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * A passage of the lead or body around the richest cluster of hits, with the hits as highlighted runs; the
     * beginning of the text when the hits are only in the title (or the query had no terms).
     */
    static List<Run> snippet(Article a, List<HitPosition> hits) {
        HitPosition best = null;
        int bestCount = 0;
        for (HitPosition h : hits) {
            if (h.part() == Part.TITLE) continue;
            int count = 0;
            for (HitPosition o : hits) {
                if (o.part() == h.part() && o.block() == h.block() && o.start() >= h.start() && o.start() < h.start() + LENGTH - BEFORE) count++;
            }
            if (count > bestCount) {
                best = h;
                bestCount = count;
            }
        }
        if (best == null) return cut(opening(a), 0, List.of());
        String text = best.part() == Part.LEAD ? a.lead() : a.body().get(best.block()).text();
        final HitPosition b = best;
        List<HitPosition> same = hits.stream().filter(h -> h.part() == b.part() && h.block() == b.block()).toList();
        int from = Math.max(0, best.start() - BEFORE);
        // start after a sentence end if one is near, so the passage reads naturally
        for (int i = best.start() - 1; i > from; i--) {
            if ("。！？；!?;".indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        return cut(text, from, same);
    }

    /**
     * The start of the article's text: the lead and the first paragraphs, one space between them, as far as a
     * snippet goes (a lead is often just a dateline such as 本报讯, which alone says nothing).
     */
    static String opening(Article a) {
        StringBuilder sb = new StringBuilder(a.lead().strip());
        for (int b = 0; b < a.body().size() && sb.length() <= LENGTH; b++) {
            String t = a.body().get(b).text().strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    private static List<Run> cut(String text, int from, List<HitPosition> hits) {
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) to--;
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from++;
        // A hit the window would cut in two is shown whole: a mark always covers the whole term.
        for (HitPosition h : hits) if (h.start() < to && h.end() > to) to = h.end();
        List<Run> runs = new ArrayList<>();
        if (from > 0) runs.add(new Run("…", false));
        int at = from;
        for (HitPosition h : hits) {
            if (h.start() < at) continue; // begins before the window (or inside the previous mark): not marked
            int s = h.start();
            int e = Math.min(h.end(), to);
            if (e <= s) continue;
            if (s > at) runs.add(new Run(text.substring(at, s), false));
            runs.add(new Run(text.substring(s, e), true));
            at = e;
        }
        if (at < to) runs.add(new Run(text.substring(at, to), false));
        if (to < text.length()) runs.add(new Run("…", false));
        return runs;
    }
}
