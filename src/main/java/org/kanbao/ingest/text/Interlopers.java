package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A whole paragraph that pdftotext printed between an open end and the text that continues it (正在准备汉语水平考试的
 * 曼都哈…… between …印度尼西亚外交政策协 and 会创始人…) cannot sit there: no paragraph interrupts a sentence. It belongs to
 * another column; it goes to the end of the story whose distinctive words it shares most, when that story shares them
 * half as much again as the one it was printed in.
 */
final class Interlopers {
    private Interlopers() {
    }

    /** How many times the host's share of distinctive words another story must hold to take the text. */
    private static final double CLEARLY = 1.5;

    static void apply(List<HeadlineFirstOrder.Draft> drafts) {
        List<Piece> printed = new ArrayList<>();
        for (HeadlineFirstOrder.Draft d : drafts) printed.addAll(FragmentChains.bodies(d));
        printed.sort(Comparator.comparingInt(p -> p.start));
        for (int i = 1; i + 1 < printed.size(); i++) {
            Piece p = printed.get(i), before = printed.get(i - 1), after = printed.get(i + 1);
            if (!wholeParagraph(p) || !FragmentChains.openEnd(before) || !FragmentChains.contStart(after)) continue;
            HeadlineFirstOrder.Draft host = FragmentChains.owner(drafts, p);
            if (host == null) continue;
            HeadlineFirstOrder.Draft d = FragmentChains.owner(drafts, before);
            if (d == null || d != FragmentChains.owner(drafts, after)) continue;
            List<Piece> b = FragmentChains.bodies(d);
            if (b.indexOf(after) != b.indexOf(before) + 1) continue;
            HeadlineFirstOrder.Draft to = closer(drafts, p, host);
            if (to == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("INTERLOPER " + p.first() + " -> " + to.titles);
            host.rest.remove(p);
            to.rest.add(p);
        }
    }

    /** Starts a paragraph and ends a sentence. */
    private static boolean wholeParagraph(Piece p) {
        return FragmentChains.paraStart(p) && TextCleanup.endsSentence(p.last()) && p.subheads.isEmpty();
    }

    private static HeadlineFirstOrder.Draft closer(List<HeadlineFirstOrder.Draft> drafts, Piece p, HeadlineFirstOrder.Draft host) {
        return closer(drafts, List.of(p), host);
    }

    /**
     * The story (not the host, not a photo) whose text shares the pieces' distinctive words most, when it shares them
     * clearly more than the host's text does; else null.
     */
    static HeadlineFirstOrder.Draft closer(List<HeadlineFirstOrder.Draft> drafts, List<Piece> ps, HeadlineFirstOrder.Draft host) {
        if (drafts.size() > HeadlineFirstOrder.MAX_DRAFTS) return null;
        List<String> stories = new ArrayList<>();
        for (HeadlineFirstOrder.Draft d : drafts) stories.add(text(d, ps));
        StringBuilder sb = new StringBuilder();
        for (Piece q : ps) sb.append(q.flat());
        String text = sb.toString();
        Cohesion.Distinctive words = new Cohesion.Distinctive(stories);
        double most = CLEARLY * words.between(text, stories.get(drafts.indexOf(host)));
        HeadlineFirstOrder.Draft best = null;
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft d = drafts.get(i);
            if (d == host || d.caption || FragmentChains.bodies(d).isEmpty()) continue;
            double c = words.between(text, stories.get(i));
            if (c > most) {
                best = d;
                most = c;
            }
        }
        return best;
    }

    /** The story's body text without the given pieces. */
    private static String text(HeadlineFirstOrder.Draft d, List<Piece> not) {
        StringBuilder sb = new StringBuilder();
        for (Piece q : FragmentChains.bodies(d)) if (!not.contains(q)) sb.append(q.flat());
        return sb.toString();
    }
}
