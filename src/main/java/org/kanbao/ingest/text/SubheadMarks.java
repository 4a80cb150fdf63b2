package org.kanbao.ingest.text;

import org.kanbao.ingest.common.Bylines;
import org.kanbao.ingest.common.JumpLines;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.Subheads;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.ingest.common.WordJoin;

/**
 * In-body subheads of a body fragment: a short line after a finished sentence that is neither a paragraph's first line
 * nor runs on into the next, the lines that carry such a subhead on to a paragraph's first line, and a last line
 * standing alone after a finished sentence.
 */
final class SubheadMarks {
    private SubheadMarks() {
    }

    /**
     * A paragraph's first line: an indent short of the column, with a full line under it that carries on its text
     * (a subhead is followed by the next paragraph's indented first line).
     */
    private static boolean paragraphFirstLine(Piece p, int i) {
        if (i + 1 >= p.lines.size()) return false;
        return indented(p, i) && TextCleanup.width(p.lines.get(i + 1)) >= p.width - 0.5;
    }

    private static boolean indented(Piece p, int i) {
        return FragmentChains.indentWidth(p.lines.get(i), p.width);
    }

    /**
     * A line whose words run on into the next one is no subhead: it ends on a particle (…实体经济的 / 人民币), or it
     * nearly fills the column and a dictionary word runs over the cut (…阿维杰特表 / 示).
     */
    static boolean runsOn(String line, String next, double col) {
        String l = line.strip();
        if (l.isEmpty()) return false;
        // 的 ties what comes before it to a noun that follows; 了 may end a subhead (工作更高效了)
        if (l.endsWith("的")) return true;
        return col > 0 && TextCleanup.width(l) >= col - 3 && WordJoin.wordAcross(l, next);
    }

    /** Most lines a subhead runs on over after its first. */
    private static final int MORE_SUBHEAD_LINES = 2;

    /** A line that may go on a subhead: no sentence or clause ends it, and it opens no lead or credit. */
    private static boolean subheadGoesOn(String line) {
        String t = line.strip();
        if (t.length() < 2 || TextCleanup.endsSentence(t) || "，、；：".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        return !Leads.startsWithLead(t) && !Bylines.hasMarker(t) && JumpLines.parse(t) == null;
    }

    /** Marks the subhead lines of a body fragment (`Piece.subheads`). */
    static void mark(Piece p) {
        for (int i = 1; i < p.lines.size() - 1; i++) {
            if (Subheads.isSubhead(p.lines.get(i), p.lines.get(i - 1), p.width) && !paragraphFirstLine(p, i)
                    && !runsOn(p.lines.get(i), p.lines.get(i + 1), p.width)) p.subheads.add(i);
        }
        // the lines after a subhead that end no sentence before a paragraph's first line are subhead lines too: text
        // before a paragraph starts ends a sentence (会议开得短 / 落实时间多了 / “今年感觉变化挺大。”…; 把握新方位—— /
        // 不看短期看长远，为发展闯 / 关，为未来蓄势 / GDP率先突破…)
        for (int i = 1; i < p.lines.size(); i++) {
            if (!p.subheads.contains(i)) continue;
            int k = i + 1;
            // a line indented like a paragraph's first may be one, its next line a character short (marks squeezed)
            while (k < p.lines.size() && k - i <= MORE_SUBHEAD_LINES && subheadGoesOn(p.lines.get(k)) && !indented(p, k)) {
                if (k + 1 < p.lines.size() && paragraphFirstLine(p, k + 1)) {
                    for (int j = i + 1; j <= k; j++) p.subheads.add(j);
                    i = k;
                    break;
                }
                k++;
            }
        }
        // a last line standing alone after a finished sentence (深化组织建设，共筑发展支撑)
        int last = p.lines.size() - 1;
        if (last >= 1 && Subheads.isSubhead(p.lines.get(last), p.lines.get(last - 1), p.width)
                && TextCleanup.width(p.lines.get(last)) < p.width - 2) p.subheads.add(last);
    }
}
