package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.ingest.common.Leads;
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
            List<Piece> b = FragmentChains.bodies(d);
            for (int i = 2; i < b.size(); i++) {
                Piece p = b.get(i);
                String name = name(p);
                // the name opens a paragraph: its first line is indented or the text before it ends a sentence
                if (name == null || !FragmentChains.paraStart(p) && !TextCleanup.endsSentence(b.get(i - 1).last())) continue;
                // back over the section the paragraph was printed in, to its subhead
                int head = i - 1;
                while (head > 0 && !b.get(head).loneSubhead() && !b.get(head).flat().contains(name)) head--;
                if (head < 1 || !b.get(head).loneSubhead()) continue;
                // the paragraph before the subhead, back to its start, opens with the same name
                int from = head - 1;
                while (from > 0 && !FragmentChains.paraStart(b.get(from))) from--;
                if (!name.equals(name(b.get(from)))) continue;
                int end = i;
                while (end + 1 < b.size() && FragmentChains.carriesOn(b.get(end), b.get(end + 1))) end++;
                List<Piece> run = new ArrayList<>(b.subList(i, end + 1));
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SPEAKER " + run + "\n   BEFORE " + b.get(head));
                d.rest.removeAll(run);
                d.rest.addAll(d.rest.indexOf(b.get(head)), run);
                break; // one per story: its order has changed
            }
        }
    }

    /** Most passes over the page: each moves one paragraph run. */
    private static final int MAX_MOVES = 8;

    /**
     * A paragraph opening with a name alone (贺一诚说，…) whose story, read from its headline or lead, has not named that
     * person before it (nor in its titles) was printed ahead of its place: a report introduces a person with a title
     * first (澳门特区候任行政长官贺一诚表示，…). When exactly one story names that person elsewhere, the paragraph, with the
     * fragments that carry its sentences on, goes after the run of paragraphs that starts where the person is first
     * named and goes on as long as paragraphs open with that name or another one named there.
     */
    static void introducedLater(List<HeadlineFirstOrder.Draft> drafts) {
        for (int pass = 0; pass < MAX_MOVES && moveOne(drafts); pass++) {
            // one run moved per pass: stories and their order changed
        }
    }

    private static boolean moveOne(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.caption) continue;
            List<Piece> b = FragmentChains.bodies(d);
            // a run of text without headline or lead is part of a story whose start is elsewhere: whom it introduced
            // is not known
            if (b.isEmpty() || d.titles.isEmpty() && !Leads.startsWithLead(b.get(0).first())) continue;
            for (int i = 0; i < b.size(); i++) {
                Piece p = b.get(i);
                String name = name(p);
                if (name == null || named(d.titles, name) || named(b.subList(0, i), name)) continue;
                if (i > 0 && !FragmentChains.paraStart(p) && !TextCleanup.endsSentence(b.get(i - 1).last())) continue;
                int end = i;
                while (end + 1 < b.size() && FragmentChains.carriesOn(b.get(end), b.get(end + 1))) end++;
                List<Piece> run = new ArrayList<>(b.subList(i, end + 1));
                Piece at = runEnd(drafts, name, run);
                if (at == null) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("INTRODUCED " + run + "\n   AFTER " + at);
                HeadlineFirstOrder.Draft to = FragmentChains.owner(drafts, at);
                d.rest.removeAll(run);
                to.rest.addAll(to.rest.indexOf(at) + 1, run);
                return true;
            }
        }
        return false;
    }

    /** Where the one story naming the person outside the run has its run of that person's paragraphs end, or null. */
    private static Piece runEnd(List<HeadlineFirstOrder.Draft> drafts, String name, List<Piece> run) {
        HeadlineFirstOrder.Draft found = null;
        int first = -1;
        for (HeadlineFirstOrder.Draft o : drafts) {
            List<Piece> ob = FragmentChains.bodies(o);
            for (int k = 0; k < ob.size(); k++) {
                // paragraphs opening with the name alone are not where the person is introduced
                Piece q = ob.get(k);
                if (run.contains(q) || !q.flat().contains(name) || name.equals(name(q))) continue;
                if (found != null && found != o) return null; // two stories name the person: no evidence which
                if (found == null) first = k;
                found = o;
            }
        }
        if (found == null) return null;
        List<Piece> ob = FragmentChains.bodies(found);
        // the paragraphs of the person, and of others introduced with them (许其亮…会见…巴杰瓦。 / 许其亮说，…)
        String intro = ob.get(first).flat();
        int k = first;
        while (k + 1 < ob.size() && !run.contains(ob.get(k + 1))) {
            Piece next = ob.get(k + 1);
            String other = name(next);
            if (!(FragmentChains.carriesOn(ob.get(k), next)
                    || other != null && (other.equals(name) || intro.contains(other)))) break;
            k++;
        }
        return ob.get(k);
    }

    private static boolean named(List<Piece> ps, String name) {
        for (Piece q : ps) if (q.flat().contains(name)) return true;
        return false;
    }

    /** The person a paragraph opens with, or null. */
    static String name(Piece p) {
        String f = p.first().strip();
        // cheap test first: a name opens with a surname
        if (f.length() < 4 || !Lexicon.isSurname(f.charAt(0))) return null;
        Matcher m = NAMED.matcher(f);
        if (!m.find()) return null;
        String n = m.group(1);
        return WordJoin.isWord(n) ? null : n;
    }
}
