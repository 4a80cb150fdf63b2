package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.common.Block;
import org.kanbao.ingest.common.BlockKind;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;

/**
 * Turns an article's body fragments (in reading order) into paragraph and subhead blocks. A paragraph
 * ends on a line that ends a sentence and is shorter than its column; a fragment that stops mid-sentence
 * (a column break, not a blank-line paragraph end) continues into the next fragment.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    static List<Block> of(List<Piece> fragments) {
        List<Block> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (int n = 0; n < fragments.size(); n++) {
            Piece f = fragments.get(n);
            Piece nextFragment = n + 1 < fragments.size() ? fragments.get(n + 1) : null;
            double nextColumn = nextFragment == null ? 0 : FragmentChains.columnAfter(f, nextFragment);
            // a part's number (（二）) opens a part, even after a sentence left open where its story leaves the page
            if (FragmentChains.sectionNumber(f)) flush(cur, out);
            List<String> ls = f.lines;
            for (int i = 0; i < ls.size(); i++) {
                String l = ls.get(i);
                if (f.subheads.contains(i)) {
                    flush(cur, out);
                    String h = TextCleanup.removeStraySpaces(l);
                    // a subhead wrapped over two lines (“印中关系发展进程中的又一个重要 / 时刻”) is one; two subheads set one
                    // over the other (会议开得短 / 落实时间多了, 把握新方位—— / …) are two
                    if (i > 0 && f.subheads.contains(i - 1) && wrapped(ls.get(i - 1), f.width)
                            && !out.isEmpty() && out.get(out.size() - 1).kind() == BlockKind.SUBHEAD) {
                        List<String> both = new ArrayList<>(out.remove(out.size() - 1).lines());
                        both.add(h);
                        out.add(Block.of(BlockKind.SUBHEAD, both));
                    } else {
                        out.add(Block.of(BlockKind.SUBHEAD, h));
                    }
                    continue;
                }
                cur.add(l);
                if (f.label) {
                    flush(cur, out);
                    continue;
                }
                boolean last = i == ls.size() - 1;
                boolean shortLine = f.width <= 0 || TextCleanup.width(l) < f.width - 0.75;
                // a fragment's last line well short of its column ends a paragraph even without a sentence end (a
                // deck such as 破除网络迷信，……找准病灶、标 / 本兼治): a column is cut on a full line
                boolean leftShort = last && ls.size() >= 2 && f.width > 0 && TextCleanup.width(l) < f.width - 3;
                // a speech's address or salutation is a paragraph of its own
                boolean ownParagraph = last && f.salutation;
                // the next paragraph's first line is indented: a sentence ending before a full line does not end its
                // paragraph (“操其要于上，而分其详于下”。 / 坚持从实际出发，…, the first line itself indented)
                boolean runsOn = last ? nextFragment != null && !shortLine && FragmentChains.contStart(nextFragment, nextColumn)
                        : fullLine(ls.get(i + 1), f.width) && !f.subheads.contains(i + 1);
                // an indented first line opens a paragraph: the text before it ends one even without a sentence end
                // (…这6起典型案例是： / 辽宁省丹东市原副市长…)
                boolean nextOpens = last && nextFragment != null && opens(nextFragment, nextColumn);
                if (TextCleanup.endsSentence(l) && (shortLine || last) && !runsOn || leftShort || nextOpens || ownParagraph) flush(cur, out);
            }
            // a fragment that ends on a full line without a sentence end runs on into the next fragment
        }
        flush(cur, out);
        return out;
    }

    /** Opens a paragraph: a dateline lead, or a first line two characters short of the column over a full one. */
    private static boolean opens(Piece p, double col) {
        if (Leads.startsWithLead(p.first())) return true;
        return p.lines.size() >= 2 && FragmentChains.indentWidth(p.first(), col) && fullLine(p.lines.get(1), col);
    }

    /** As wide as the column, opening no lead: no paragraph's first line. */
    private static boolean fullLine(String line, double col) {
        return col > 0 && TextCleanup.width(line) >= col - 0.5 && !Leads.startsWithLead(line);
    }

    /** A subhead line that ran on to the next: it nearly fills the column and does not end like a kicker (——). */
    private static boolean wrapped(String line, double col) {
        String l = line.strip();
        return col > 0 && TextCleanup.width(l) >= col - 3 && !l.endsWith("——");
    }

    private static void flush(List<String> cur, List<Block> out) {
        if (cur.isEmpty()) return;
        out.add(Block.of(BlockKind.BODY, cur));
        cur.clear();
    }
}
