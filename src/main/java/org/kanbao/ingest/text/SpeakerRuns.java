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
                Introduced in = introduced(drafts, name, run);
                if (in == null) continue;
                Piece at = in.body.get(in.end);
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("INTRODUCED " + run + "\n   AFTER " + at);
                d.rest.removeAll(run);
                int top = nextColumnTop(in.body);
                List<Piece> section = sectionInFirstColumn(in, run, top);
                if (section.isEmpty()) {
                    in.story.rest.addAll(in.story.rest.indexOf(at) + 1, run);
                } else {
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("NEXTCOLUMN " + section);
                    in.story.rest.removeAll(section);
                    section.addAll(run);
                    in.story.rest.addAll(in.story.rest.indexOf(nextColumnPlace(in.body, top, section)) + 1, section);
                }
                return true;
            }
        }
        return false;
    }

    /** Where a person is introduced: the story, its body fragments, and the first and last of the person's run. */
    private record Introduced(HeadlineFirstOrder.Draft story, List<Piece> body, int first, int end) {
    }

    /** The one story naming the person outside the run, with its run of that person's paragraphs, or null. */
    private static Introduced introduced(List<HeadlineFirstOrder.Draft> drafts, String name, List<Piece> run) {
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
        return new Introduced(found, ob, first, runEnd(ob, first, name, run));
    }

    /** The last of the paragraphs of the person, and of others introduced with them (许其亮…会见…巴杰瓦。 / 许其亮说，…). */
    private static int runEnd(List<Piece> ob, int first, String name, List<Piece> run) {
        String intro = ob.get(first).flat();
        int k = first;
        while (k + 1 < ob.size() && !run.contains(ob.get(k + 1))) {
            Piece next = ob.get(k + 1);
            String other = name(next);
            if (!(FragmentChains.carriesOn(ob.get(k), next)
                    || other != null && (other.equals(name) || intro.contains(other)))) break;
            k++;
        }
        return k;
    }

    /**
     * The same two columns printed row by row, the person's paragraph (贺一诚说，…) already read in the next column
     * because it was printed after the first column's last fragment: the section introducing the person, printed among
     * the rows and read in the first column, goes right before it.
     */
    static void sectionsToNextColumn(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.caption) continue;
            List<Piece> b = FragmentChains.bodies(d);
            int top = nextColumnTop(b);
            if (top < 1) continue;
            for (int i = top; i < b.size(); i++) {
                String name = name(b.get(i));
                if (name == null) continue;
                int first = 0;
                while (first < top && !b.get(first).flat().contains(name)) first++;
                if (first >= top || name.equals(name(b.get(first)))) continue;
                Introduced in = new Introduced(d, b, first, runEnd(b, first, name, List.of(b.get(i))));
                List<Piece> section = sectionInFirstColumn(in, List.of(b.get(i)), top);
                if (section.isEmpty()) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("NEXTCOLUMN " + section + " BEFORE " + b.get(i));
                d.rest.removeAll(section);
                d.rest.addAll(d.rest.indexOf(b.get(i)), section);
                break; // one per story: its order has changed
            }
        }
    }

    /**
     * Two columns printed row by row: the story reads down its first column, whose last fragment leaves a sentence
     * open, and goes on at the top of the next column, printed earlier. Each column is printed top to bottom, so a run
     * printed after the first column's last fragment cannot stand inside that column: it is in the next one, and so is
     * the section introducing the person, which it must follow. Returns that section (from the lone subhead over it, if
     * any, through the person's run) when it was printed among the rows of the two columns, else nothing. {@code top}
     * is the next column's top in the story's body ({@link #nextColumnTop}).
     */
    private static List<Piece> sectionInFirstColumn(Introduced in, List<Piece> run, int top) {
        List<Piece> b = in.body;
        if (top < 0 || in.end >= top - 1 || run.get(0).start < b.get(top - 1).start) return List.of();
        int from = in.first;
        while (from > 0 && FragmentChains.carriesOn(b.get(from - 1), b.get(from))) from--;
        if (from > 0 && b.get(from - 1).loneSubhead()) from--;
        if (b.get(from).start < b.get(top).start) return List.of(); // printed above the rows of the next column
        return new ArrayList<>(b.subList(from, in.end + 1));
    }

    /** The last fragment carrying on a sentence left open by the fragment before it, though printed before it, or -1. */
    private static int nextColumnTop(List<Piece> b) {
        for (int w = b.size() - 1; w > 0; w--) {
            if (b.get(w).start < b.get(w - 1).start && FragmentChains.carriesOn(b.get(w - 1), b.get(w))) return w;
        }
        return -1;
    }

    /** Where in the next column a moved section goes: after the last of that column's fragments printed before it. */
    private static Piece nextColumnPlace(List<Piece> b, int top, List<Piece> moved) {
        int k = top;
        for (int i = k + 1; i < b.size(); i++) {
            if (!moved.contains(b.get(i)) && b.get(i).start < moved.get(0).start) k = i;
        }
        while (k + 1 < b.size() && !moved.contains(b.get(k + 1)) && FragmentChains.carriesOn(b.get(k), b.get(k + 1))) k++;
        return b.get(k);
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
