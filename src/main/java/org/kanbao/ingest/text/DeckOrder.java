package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A commentary's deck names its points in the order its text takes them up (破除网络迷信，监管必须与时俱进，找准病灶、
 * 标本兼治), and the paragraphs that take them up open alike with the deck's first words (破除网络迷信，监管必须与时俱进，做到
 * …… / 破除网络迷信，防止……，还得找准病灶、标本兼治。…). When pdftotext printed those paragraphs in another order, the
 * deck puts them back.
 */
final class DeckOrder {
    private DeckOrder() {
    }

    /** Shortest deck clause taken as a point of its own. */
    private static final int POINT = 4;
    /** How far into a paragraph its point is looked for. */
    private static final int OPENING = 40;

    static void apply(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            List<Piece> b = FragmentChains.bodies(d);
            if (b.size() < 3) continue;
            List<String> points = points(b.get(0));
            if (points.size() < 3) continue;
            String shared = points.get(0);
            // the paragraphs opening with the deck's first clause, each with the fragments its sentences run on into
            List<Run> runs = new ArrayList<>();
            for (int i = 1; i < b.size(); i++) {
                String text = b.get(i).flat();
                if (!text.startsWith(shared + "，")) continue;
                int point = pointOf(text, points);
                if (point < 0) continue;
                List<Piece> run = new ArrayList<>(List.of(b.get(i)));
                for (int k = i + 1; k < b.size() && FragmentChains.carriesOn(b.get(k - 1), b.get(k)); k++) {
                    run.add(b.get(k));
                }
                runs.add(new Run(point, run));
            }
            List<Run> byPoint = new ArrayList<>(runs);
            byPoint.sort(Comparator.comparingInt(Run::point));
            if (runs.size() < 2 || byPoint.equals(runs)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("DECKORDER " + points + " " + runs);
            // the runs keep the places they hold, taken in the deck's order
            List<Piece> rest = new ArrayList<>();
            int next = 0;
            for (Piece p : d.rest) {
                if (runs.stream().anyMatch(r -> r.pieces().get(0) == p)) {
                    rest.addAll(byPoint.get(next++).pieces());
                } else if (runs.stream().noneMatch(r -> r.pieces().contains(p))) {
                    rest.add(p);
                }
            }
            d.rest.clear();
            d.rest.addAll(rest);
        }
    }

    /** The clauses of a deck: a first paragraph of at most two lines that ends no sentence. */
    private static List<String> points(Piece first) {
        if (first.lines.size() > 2 || TextCleanup.endsSentence(first.last())) return List.of();
        List<String> out = new ArrayList<>();
        for (String c : first.flat().split("[，、；]")) {
            if (c.length() >= POINT) out.add(c);
        }
        return out;
    }

    /** The first of the deck's points after its first that the paragraph's opening takes up, or -1. */
    private static int pointOf(String text, List<String> points) {
        String opening = text.substring(0, Math.min(OPENING, text.length()));
        for (int k = 1; k < points.size(); k++) if (opening.contains(points.get(k))) return k;
        return -1;
    }

    /** A paragraph taking up the deck's point {@code point}, with the fragments its sentences run on into. */
    private record Run(int point, List<Piece> pieces) {
    }
}
