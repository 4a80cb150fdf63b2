package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.ingest.common.WordJoin;
import org.kanbao.tags.Lexicon;

/**
 * A news report quotes its speakers section by section: each is introduced with a title (澳门特别行政区行政长官崔世安表示),
 * then named alone (崔世安说, 崔世安提出, 崔世安强调) until the next subhead moves on to the next speaker. When pdftotext
 * prints two columns of such a story row by row, a paragraph of one speaker's run lands inside the next section.
 */
final class SpeakerRuns {
    private SpeakerRuns() {
    }

    /** A paragraph opening with a person's name and what they did with words: 崔世安强调，… */
    private static final Pattern NAMED = Pattern.compile("^(\\p{IsHan}{2,3}?)(?:说|表示|强调|提出|指出|认为|介绍|坦言|告诉记者)[，：]");

    /**
     * A paragraph opening with a name alone that comes after a subhead whose section never names that person, while
     * the section before the subhead ends with a paragraph opening with that name, goes back to the end of that
     * section, with the fragments that carry its sentences on.
     */
    static void moveBack(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.caption) continue;
            List<Piece> b = new ArrayList<>();
            for (Piece p : d.rest) if (p.kind == Piece.Kind.BODY) b.add(p);
            for (int i = 2; i < b.size(); i++) {
                Piece p = b.get(i);
                String name = name(p);
                // the name opens a paragraph: its first line is indented or the text before it ends a sentence
                if (name == null || !FragmentChains.paraStart(p) && !TextCleanup.endsSentence(b.get(i - 1).last())) continue;
                // back over the section the paragraph was printed in, to its subhead
                int head = i - 1;
                while (head > 0 && !subhead(b.get(head)) && !b.get(head).text().contains(name)) head--;
                if (head < 1 || !subhead(b.get(head))) continue;
                // the paragraph before the subhead, back to its start, opens with the same name
                int from = head - 1;
                while (from > 0 && !FragmentChains.paraStart(b.get(from))) from--;
                if (!name.equals(name(b.get(from)))) continue;
                int end = i;
                while (end + 1 < b.size() && FragmentChains.openEnd(b.get(end)) && FragmentChains.contStart(b.get(end + 1))) end++;
                List<Piece> run = new ArrayList<>(b.subList(i, end + 1));
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SPEAKER " + run + "\n   BEFORE " + b.get(head));
                d.rest.removeAll(run);
                d.rest.addAll(d.rest.indexOf(b.get(head)), run);
                break; // one per story: its order has changed
            }
        }
    }

    /** The person a paragraph opens with, or null. */
    static String name(Piece p) {
        Matcher m = NAMED.matcher(p.first().strip());
        if (!m.find()) return null;
        String n = m.group(1);
        return Lexicon.isSurname(n.charAt(0)) && !WordJoin.isWord(n) ? n : null;
    }

    /** A subhead standing alone over its section (领会精神牢记嘱托). */
    private static boolean subhead(Piece p) {
        return p.lines.size() == 1 && p.subheads.contains(0);
    }
}
