package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A story that goes on on another page (下转5版) leaves this one mid-sentence: its open end is the last text it
 * has here. Whole paragraphs that the chains put after that open end were printed earlier in the story; they go
 * back to where the column stretch leading to the open end begins (pdftotext printed the column run by run, one
 * blank line between paragraphs, so a wider gap or a line taken out as furniture marks a new stretch).
 */
final class JumpEnds {
    private JumpEnds() {
    }

    static void apply(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.rest.stream().noneMatch(FragmentChains::isJumpTo)) continue;
            List<Piece> b = FragmentChains.bodies(d);
            int end = -1;
            for (int i = b.size() - 2; i >= 0 && end < 0; i--) {
                if (stopsMidSentence(b.get(i)) && opensAnew(b.get(i + 1))) end = i;
            }
            if (end < 0) continue;
            List<Piece> after = b.subList(end + 1, b.size());
            // text that ends open itself might be the story's last here: nothing says which
            if (!TextCleanup.endsSentence(after.get(after.size() - 1).last())) continue;
            int s = end;
            while (s > 0 && nextInColumn(b.get(s - 1), b.get(s))) s--;
            if (s == 0 || !TextCleanup.endsSentence(b.get(s - 1).last())) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("JUMPEND " + after + "\n   BEFORE " + b.get(s));
            List<Piece> moved = new ArrayList<>(after);
            d.rest.removeAll(moved);
            d.rest.addAll(d.rest.indexOf(b.get(s)), moved);
        }
    }

    /**
     * Its last line stops without a sentence's end. Its width is not asked: a line set to the column's end may be
     * a character short in the dump, its marks squeezed in print (…更陡”激励全党全国将改革开放进行到). A colon may end a paragraph (…全体成员：).
     */
    private static boolean stopsMidSentence(Piece p) {
        String l = p.last().strip();
        return p.lines.size() >= 2 && !p.subheads.contains(p.lines.size() - 1) && !TextCleanup.endsSentence(l)
                && !l.endsWith("：") && !l.endsWith(":");
    }

    /** Surely not the rest of a sentence: an indented first line, a lead, a subhead or a part's number. */
    private static boolean opensAnew(Piece p) {
        return FragmentChains.paraStart(p) || FragmentChains.sectionNumber(p) || !p.subheads.isEmpty() && p.subheads.get(0) == 0;
    }

    /** Printed right under {@code a}, one blank line apart: the same stretch of a column. */
    private static boolean nextInColumn(Piece a, Piece b) {
        return b.start == a.start + a.lines.size() + 1;
    }
}
