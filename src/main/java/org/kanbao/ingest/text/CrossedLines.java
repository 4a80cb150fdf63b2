package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.ingest.common.WordJoin;

/** Fragments pdftotext glued from two columns at a line break that words show to be two cuts (see {@link #split}). */
final class CrossedLines {
    private CrossedLines() {
    }

    /**
     * Cuts a fragment where pdftotext glued two columns together between a full line and a line opening with a
     * clause of one character, when no word runs over that cut but a word runs from the upper line into text that
     * starts mid-sentence elsewhere, and from an open end elsewhere into the lower line (工业和信息 / 杆。: 信息 / 化部,
     * 的标 / 杆). No sentence opens with a one-character clause, so the lower line ends a word cut somewhere.
     */
    static void split(List<HeadlineFirstOrder.Draft> drafts) {
        List<Piece> all = new ArrayList<>();
        Map<Piece, Piece> before = new HashMap<>();
        for (HeadlineFirstOrder.Draft d : drafts) {
            List<Piece> b = FragmentChains.bodies(d);
            all.addAll(b);
            for (int i = 1; i < b.size(); i++) before.put(b.get(i), b.get(i - 1));
        }
        for (HeadlineFirstOrder.Draft d : drafts) {
            for (int at = 0; at < d.rest.size(); at++) {
                Piece p = d.rest.get(at);
                if (p.kind != Piece.Kind.BODY || p.width <= 0) continue;
                for (int i = 1; i < p.lines.size(); i++) {
                    String up = p.lines.get(i - 1), low = p.lines.get(i);
                    if (!oneCharClause(low) || TextCleanup.width(up) < p.width - 0.5 || WordJoin.wordAcross(up, low)) continue;
                    // a measure word after a number (70年 / 来) joins the text after it in too many ways
                    if (afterDigit(up)) continue;
                    if (!crossedElsewhere(all, before, p, up, low)) continue;
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("CROSSED " + up + " / " + low);
                    Piece a = p.firstLines(i, Piece.Kind.BODY);
                    Piece b = p.linesFrom(i);
                    a.width = p.width;
                    b.width = p.width;
                    b.crossed = true;
                    for (int k : p.subheads) {
                        if (k < i) a.subheads.add(k);
                        else b.subheads.add(k - i);
                    }
                    d.rest.set(at, a);
                    d.rest.add(at + 1, b);
                    break;
                }
            }
        }
    }

    private static boolean oneCharClause(String l) {
        String s = l.strip();
        return s.length() >= 2 && TextCleanup.isHan(s.charAt(0)) && "，。、；：！？".indexOf(s.charAt(1)) >= 0;
    }

    private static boolean afterDigit(String l) {
        String s = l.strip();
        return s.length() >= 2 && Character.isDigit(s.charAt(s.length() - 2));
    }

    /**
     * An open end elsewhere that a word joins to {@code low}, and text elsewhere starting mid-sentence after a sentence's
     * end (or first in its story) that a word joins {@code up} to.
     */
    private static boolean crossedElsewhere(List<Piece> all, Map<Piece, Piece> before, Piece p, String up, String low) {
        boolean head = false, tail = false;
        for (Piece c : all) {
            if (c == p || Math.abs(c.width - p.width) >= FragmentChains.SAME) continue;
            if (!head && FragmentChains.openEnd(c) && WordJoin.wordAcross(c.last(), low)) head = true;
            Piece b = before.get(c);
            if (!tail && FragmentChains.contStart(c) && (b == null || TextCleanup.endsSentence(b.last())) && WordJoin.wordAcross(up, c.first())) tail = true;
        }
        return head && tail;
    }

}
