package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.ingest.common.JumpLines;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.ingest.common.WordJoin;
import org.kanbao.model.Jump;

/**
 * Re-chains column fragments that pdftotext printed away from the rest of their story. A fragment whose
 * first line fills its column (no paragraph indent, no lead) surely continues a sentence; when the fragment
 * before it in its draft ended a paragraph (or has another column width, or there is none), it was misplaced.
 * It is moved behind the nearest earlier fragment of the same column width that stops mid-sentence on a full
 * line and that nothing continues yet.
 */
final class FragmentChains {
    private FragmentChains() {
    }

    /** Column widths closer than this (in em) are the same column. */
    static final double SAME = 1.0;

    static void rechain(List<HeadlineFirstOrder.Draft> drafts) {
        List<Piece> all = new ArrayList<>();
        for (HeadlineFirstOrder.Draft d : drafts) {
            all.addAll(d.titles);
            all.addAll(d.rest);
        }
        for (HeadlineFirstOrder.Draft d : drafts) unweave(d, all);
        // the passes that compare every story with every other are skipped on junk input (see MAX_DRAFTS)
        boolean page = drafts.size() <= HeadlineFirstOrder.MAX_DRAFTS;
        if (page) CrossedLines.split(drafts);
        List<Piece> heads = new ArrayList<>();
        List<Piece> tails = new ArrayList<>();
        // fragments whose first line is one character short: taken only where a word joins them to a head
        List<Piece> weakTails = new ArrayList<>();
        List<Piece> wordTails = new ArrayList<>();
        Set<Piece> clauseTails = new HashSet<>();
        Map<Piece, Double> lineColumn = new HashMap<>();
        // open ends continued by text no word joins them to: only for a line split off under a title
        List<Piece> wordHeads = new ArrayList<>();
        // open ends on a line holding digits, which may measure short of the column: only for a word's end
        List<Piece> digitHeads = new ArrayList<>();
        // text that runs on from the open end before it in dump order, in words that leave that text: the open end it was
        // glued to (taken from it only for an earlier open end whose text shares its words)
        Map<Piece, Piece> gluedTo = new HashMap<>();
        for (HeadlineFirstOrder.Draft d : drafts) {
            List<Piece> bodies = bodies(d);
            boolean fromJump = d.rest.stream().anyMatch(FragmentChains::isJumpFrom);
            for (int i = 0; i < bodies.size(); i++) {
                Piece b = bodies.get(i);
                Piece prev = i > 0 ? bodies.get(i - 1) : null;
                Piece next = i + 1 < bodies.size() ? bodies.get(i + 1) : null;
                if (contStart(b) && !(prev == null && fromJump) && (prev == null || !continuedBy(prev, b))) tails.add(b);
                else if (page && prev != null && !fromJump && contStart(b) && openEnd(prev) && !WordJoin.wordAcross(prev.last(), b.first())
                        && wordsLeave(textFrom(d, b), textUpTo(d, prev))) {
                    tails.add(b);
                    gluedTo.put(b, prev);
                }
                else if (loneEnd(b, prev)) wordTails.add(b);
                else if (clauseTail(b, prev)) {
                    wordTails.add(b);
                    clauseTails.add(b);
                } else if (lineEnd(b, prev, next)) {
                    // a whole line ending a sentence: a short paragraph, or the end of one cut from its column; a word
                    // across the cut into an open end of the column of the text after it says which
                    wordTails.add(b);
                    lineColumn.put(b, next.width);
                }
                else if (nearlyFull(b) && !(prev == null && fromJump) && (prev == null || closed(prev))) weakTails.add(b);
                // text glued under the title, the first printed after it (a speech's salutations may come before it)
                else if (b.underGluedTitle && (prev == null || !d.titles.isEmpty() && prev.start < d.titles.get(0).start)) weakTails.add(b);
                if (freeOpenEnd(bodies, i)) heads.add(b);
                else if (openEnd(b) && wordOnlyAcross(b, next)) wordHeads.add(b);
                else if (openWithDigits(b) && (next == null || wordOnlyAcross(b, next))) digitHeads.add(b);
            }
        }
        tails.addAll(weakTails);
        tails.addAll(wordTails);
        tails.sort((a, b) -> Integer.compare(a.start, b.start));
        Set<Piece> lastLook = new HashSet<>();
        for (int ti = 0; ti < tails.size(); ti++) {
            Piece t = tails.get(ti);
            Piece h = null;
            if (gluedTo.containsKey(t)) {
                Piece g = gluedTo.get(t);
                h = closestInWords(drafts, t, heads, g);
                if (h == null) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("REGLUE " + t.first() + " AFTER " + h.last() + " NOT " + g.last());
            }
            boolean byWords = h != null;
            if (h == null && page) {
                // text glued under a headline goes on from the story the headline speaks of
                h = namedByHeadline(drafts, t);
                byWords = h != null;
                if (byWords && Boolean.getBoolean("kanbao.debugPieces")) System.err.println("NAMED " + t.first() + " AFTER " + h.last());
            }
            boolean weak = weakTails.contains(t);
            // a line alone ending a paragraph follows only an open end a dictionary word joins it to
            boolean wordOnly = wordTails.contains(t);
            // one opening a clause of one character (米，相当于……) is a word's end: its own story's open end will do
            boolean clause = clauseTails.contains(t);
            List<Piece> cands = new ArrayList<>(heads);
            if (t.underGluedTitle) cands.addAll(wordHeads);
            // a word's end (阳，其乐融融。) may also take an open end on a line with digits that text no word joins was
            // put after (200余位老人共度重)
            if (clause) cands.addAll(digitHeads);
            // the open end the text under a glued headline was found to continue (its line may be set a
            // character short: commas take half a character)
            if (t.head != null && owner(drafts, t.head) != null && !continuedInItsDraft(drafts, t.head)) cands = List.of(t.head);
            // the nearest open end, unless a dictionary word joins the tail to another one (而 / 且提供着)
            Piece worded = null;
            List<Piece> fitting = new ArrayList<>();
            if (h != null) cands = List.of();
            for (Piece c : cands) {
                if (c == t || c.start >= t.start) continue;
                // a line split off under a title has no column width of its own
                if (!t.underGluedTitle && !wordOnly && Math.abs(c.width - t.width) >= SAME) continue;
                boolean word = WordJoin.wordAcross(c.last(), t.first());
                if (clause && !word && digitHeads.contains(c)) continue;
                boolean fits = word || clause && owner(drafts, c) == owner(drafts, t);
                if (lineColumn.containsKey(t) && Math.abs(c.width - lineColumn.get(t)) >= SAME) continue;
                if ((weak || wordOnly) && !fits || cannotRunOn(c.last(), t.first())) continue;
                if (h == null || c.start > h.start) h = c;
                if (word && (worded == null || c.start > worded.start)) worded = c;
                fitting.add(c);
            }
            if (worded != null && worded != h && !WordJoin.wordAcross(h.last(), t.first())) {
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("WORDED " + t.first() + " AFTER " + worded.last() + " NOT " + h.last());
                h = worded;
            }
            // no open end before it: its own story's text printed later (pdftotext went back up a column); a line
            // glued under its story's title looks there first, for an open end a word joins it to (各 / 位嘉宾)
            Piece own = byWords || weak && !t.underGluedTitle ? null : laterHead(owner(drafts, t), t, heads, wordOnly && !clause, clause);
            boolean joined = own != null && t.underGluedTitle && WordJoin.wordAcross(own.last(), t.first());
            // the nearest open end lies in text of other words, its own story's later one in text of its words
            boolean foreign = own != null && h != null && !weak && !t.underGluedTitle && !WordJoin.wordAcross(h.last(), t.first())
                    && foreign(drafts, t, h, own);
            boolean later = own != null && (h == null || joined || foreign);
            if (foreign && Boolean.getBoolean("kanbao.debugPieces")) System.err.println("FOREIGN " + t.first() + " AFTER " + own.last());
            if (later && !joined && lastLook.add(t)) {
                // only once every fragment printed after that open end has had its turn at it (蓝图绘到 / 底)
                tails.add(t);
                continue;
            }
            if (later) h = own;
            if (!later && h != null && fitting.size() > 1 && !weak && !wordOnly && !t.underGluedTitle && !WordJoin.wordAcross(h.last(), t.first())) {
                // the nearest open end lies in text of other words, another in text of the tail's words
                Piece w = clearlyCloserInWords(drafts, t, fitting, h);
                if (w != null) {
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("INWORDS " + t.first() + " AFTER " + w.last() + " NOT " + h.last());
                    h = w;
                }
            }
            // a quote closed before it opens (一”给濠江中学…) ends the one quote left open at the end of a fragment
            // (…是继“六), wherever that was printed
            Piece quoted = byWords ? null : quoteHead(drafts, t);
            if (quoted != null) {
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("QUOTE " + t.first() + " AFTER " + quoted.last());
                h = quoted;
                later = false;
            }
            if (h == null) continue;
            // the tail and the fragments that surely continue it in its draft move together
            HeadlineFirstOrder.Draft from = owner(drafts, t);
            HeadlineFirstOrder.Draft to = owner(drafts, h);
            if (from == null || to == null) continue;
            List<Piece> run = new ArrayList<>();
            List<Piece> fb = bodies(from);
            int k = fb.indexOf(t);
            run.add(t);
            while (k + 1 < fb.size() && (later ? sentenceRunsOn(fb.get(k), fb.get(k + 1)) : continuedBy(fb.get(k), fb.get(k + 1))
                    && (fb.get(k).start < fb.get(k + 1).start || sentenceRunsOn(fb.get(k), fb.get(k + 1))))
                    && !headsTextUnder(fb.get(k + 1))) {
                run.add(fb.get(++k));
            }
            // the line above a 下转 line ends its story on the page, and so does its sign-off line: the story's text
            // printed between the tail and it comes after it too (精神…誓言…… / 当年王进喜… follow 共和国不会忘记：气吞山河的铁人;
            // 携手六秩…… / （作者为中国驻几内亚大使） follow 国之交在于民相亲……60 / 年，……)
            if (later && from == to && (h.cutOff || signOffBetween(fb, k, h))) {
                while (k + 1 < fb.size() && fb.get(k + 1) != h) run.add(fb.get(++k));
            }
            // text glued in dump order to another story's open end: the rest of that strip is not that story's either
            if (gluedTo.containsKey(t)) {
                while (k + 1 < fb.size()) run.add(fb.get(++k));
            }
            if (run.contains(h)) continue;
            Piece end = run.get(run.size() - 1);
            List<Piece> moved = new ArrayList<>(run);
            // a credit printed right under the moved text (no blank line) signs it: it goes along
            int after = from.rest.indexOf(end) + 1;
            if (after < from.rest.size() && from.rest.get(after).kind == Piece.Kind.BYLINE && !from.rest.get(after).blankBefore) {
                moved.add(from.rest.get(after));
            }
            // text that followed an open end no word joins it to is now cut off: it looks for its own head
            Piece displaced = null;
            if (wordHeads.remove(h) || digitHeads.remove(h)) {
                List<Piece> tb = bodies(to);
                int hi = tb.indexOf(h);
                if (hi + 1 < tb.size() && contStart(tb.get(hi + 1)) && !tails.contains(tb.get(hi + 1))) displaced = tb.get(hi + 1);
            }
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("RECHAIN " + moved + "\n   AFTER " + h);
            from.rest.removeAll(moved);
            int at = to.rest.indexOf(h) + 1;
            to.rest.addAll(at, moved);
            heads.remove(h);
            if (openEnd(end) && !heads.contains(end)) heads.add(end);
            // the open end it was glued to is free again
            if (gluedTo.containsKey(t)) heads.add(gluedTo.get(t));
            if (!t.blankBefore && !from.titles.isEmpty() && from.credits.isEmpty() && from.rest.isEmpty()
                    && to.titles.isEmpty() && fb.get(0) == t) {
                // the text glued under the headline was its own story's: the headline goes with it
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("HEADWITH " + from.titles + " -> " + h);
                to.titles.addAll(from.titles);
                from.titles.clear();
            }
            if (from.titles.isEmpty() && from.credits.isEmpty() && from.rest.isEmpty()) drafts.remove(from);
            if (displaced != null) tails.add(displaced);
        }
        for (HeadlineFirstOrder.Draft d : drafts) placeLoneStarts(d);
    }

    /**
     * Text left alone once the headlines found their stories (no headline, no credit, only body text) that takes up
     * a sentence follows the nearest earlier open end of its column; columns a character apart count as one here,
     * since nothing else claims the text (期间也无法回家…… after …一驻守就是3个月，国庆). A one-line first fragment
     * (次次驶过历史的站台。) is measured by the column of the text after it, and follows the only open end of that
     * column (…姿态，一) or, among several, the nearest when a word joins them.
     */
    static void rehomeOrphans(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : new ArrayList<>(drafts)) {
            if (!d.titles.isEmpty() || !d.credits.isEmpty() || d.caption || bodies(d).isEmpty()) continue;
            if (d.rest.stream().anyMatch(p -> p.kind != Piece.Kind.BODY)) continue;
            Piece t = bodies(d).get(0);
            // a line alone may be a paragraph's end or a whole paragraph: only a word running over the cut says which
            boolean oneLine = !contStart(t) && t.lines.size() == 1;
            if (!contStart(t) && !oneLine) continue;
            double w = t.width > 0 ? t.width : d.width();
            Piece h = null;
            HeadlineFirstOrder.Draft to = null;
            int found = 0;
            for (HeadlineFirstOrder.Draft o : drafts) {
                if (o == d || o.caption) continue;
                List<Piece> b = bodies(o);
                for (int i = 0; i < b.size(); i++) {
                    Piece c = b.get(i);
                    if (c.start >= t.start || Math.abs(c.width - w) > SAME || !freeOpenEnd(b, i)) continue;
                    if (cannotRunOn(c.last(), t.first())) continue;
                    found++;
                    if (h == null || c.start > h.start) {
                        h = c;
                        to = o;
                    }
                }
            }
            // a lone line goes to the one open end its column has, or one a word joins it to
            if (h == null || oneLine && found > 1 && !WordJoin.wordAcross(h.last(), t.first())) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("ORPHAN " + d.rest + "\n   AFTER " + h);
            to.rest.addAll(to.rest.indexOf(h) + 1, d.rest);
            drafts.remove(d);
        }
    }

    /** A paragraph opening that points back at what the text before it just said (产生这种疑惑, 这些问题). */
    private static final Pattern POINTS_BACK = Pattern.compile("^[^，。！？]{0,6}?(?:这种|这些|这类|此种|这一|这样的)(\\p{IsHan}{2})");
    /** The same inside a story, where the opening may come after a clause (……都知道，他这个辅导员可不是虚的). */
    private static final Pattern POINTS_BACK_INSIDE =
            Pattern.compile("^[^。！？]{0,14}?(?:这种|这些|这类|此种|这一|这样的|这个)(\\p{IsHan}{2})");
    /** How far back, in characters, the text before a paragraph may hold what its opening points at. */
    private static final int POINTED_AT = 60;

    /**
     * Whole paragraphs left alone once the headlines found their stories, whose opening points back at something
     * (产生这种疑惑，并非毫无原由。…) go right after the one paragraph end of their column whose last sentences name it
     * (…也有一些人心存疑惑：“会不会只是一阵风？”…); with no such paragraph, or several, they stay where they are.
     */
    static void pointingParagraphs(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : new ArrayList<>(drafts)) {
            if (!d.titles.isEmpty() || !d.credits.isEmpty() || d.caption) continue;
            List<Piece> mine = bodies(d);
            if (mine.isEmpty() || mine.size() != d.rest.size() || !paraStart(mine.get(0))) continue;
            if (!TextCleanup.endsSentence(mine.get(mine.size() - 1).last())) continue;
            Matcher m = POINTS_BACK.matcher(join(mine.subList(0, 1)));
            double w = d.width();
            if (!m.find() || w <= 0) continue;
            String word = m.group(1);
            Piece at = null;
            HeadlineFirstOrder.Draft to = null;
            int found = 0;
            for (HeadlineFirstOrder.Draft o : drafts) {
                if (o == d || o.caption || o.titles.isEmpty()) continue;
                List<Piece> b = bodies(o);
                for (int i = 0; i < b.size(); i++) {
                    Piece c = b.get(i);
                    if (Math.abs(c.width - w) > SAME || !TextCleanup.endsSentence(c.last())) continue;
                    if (i + 1 < b.size() && !paraStart(b.get(i + 1))) continue;
                    if (!namesNearEnd(join(b.subList(i, i + 1)), word)) continue;
                    found++;
                    at = c;
                    to = o;
                }
            }
            if (found != 1) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("POINTS " + d.rest + "\n   AFTER " + at);
            to.rest.addAll(to.rest.indexOf(at) + 1, d.rest);
            drafts.remove(d);
        }
    }

    /**
     * Inside a story, a paragraph whose opening points back at something (这些纪录与成就，…) that the paragraph before it
     * does not name goes after the one paragraph end of the story, in its column, whose last 60 characters name it
     * (…又创新纪录，截至8月9日，……珠穆朗玛峰。), with the fragments that carry its sentences on.
     */
    static void pointingInside(List<HeadlineFirstOrder.Draft> drafts) {
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.caption) continue;
            List<Piece> b = bodies(d);
            for (int i = 1; i < b.size(); i++) {
                Piece p = b.get(i);
                // cheap test first: the words that point back are written with 这 or 此
                String f = p.first();
                String opening = p.lines.size() > 1 ? f + p.lines.get(1) : f;
                if (opening.indexOf('这') < 0 && opening.indexOf('此') < 0) continue;
                if (!paraStart(p) || Leads.startsWithLead(f) || !TextCleanup.endsSentence(b.get(i - 1).last())) continue;
                Matcher m = POINTS_BACK_INSIDE.matcher(join(b.subList(i, i + 1)));
                if (!m.find()) continue;
                String word = m.group(1);
                // the paragraph before: back to the previous paragraph start
                int from = i - 1;
                while (from > 0 && !paraStart(b.get(from))) from--;
                if (join(b.subList(from, i)).contains(word)) continue;
                int end = i;
                while (end + 1 < b.size() && sentenceRunsOn(b.get(end), b.get(end + 1))) end++;
                Piece at = null;
                int found = 0;
                // paragraphs naming it one right after the other are one passage: the text goes after its end
                boolean oneRun = true;
                int lastEnd = -2;
                for (int k = 0; k < b.size(); k++) {
                    if (k >= i - 1 && k <= end) continue;
                    Piece c = b.get(k);
                    if (!TextCleanup.endsSentence(c.last()) || k + 1 < b.size() && !paraStart(b.get(k + 1))) continue;
                    int s = k; // the paragraph that ends here, back to its start
                    while (s > 0 && !paraStart(b.get(s)) && k - s < 3) s--;
                    if (Math.abs(b.get(s).width - p.width) > SAME) continue;
                    if (!namesNearEnd(join(b.subList(s, k + 1)), word)) continue;
                    if (found > 0 && s != lastEnd + 1) oneRun = false;
                    found++;
                    at = c;
                    lastEnd = k;
                }
                if (found == 0 || found > 1 && !oneRun) continue;
                List<Piece> run = new ArrayList<>(b.subList(i, end + 1));
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("POINTSIN " + run + "\n   AFTER " + at);
                d.rest.removeAll(run);
                d.rest.addAll(d.rest.indexOf(at) + 1, run);
                break; // one per story: its order has changed
            }
        }
    }

    /** Whether the last {@link #POINTED_AT} characters of a paragraph name what another one points back at. */
    private static boolean namesNearEnd(String paragraph, String word) {
        return paragraph.substring(Math.max(0, paragraph.length() - POINTED_AT)).contains(word);
    }

    /** Fragment {@code i} of a draft's bodies stops mid-sentence on a full line and nothing after it continues it. */
    private static boolean freeOpenEnd(List<Piece> bodies, int i) {
        Piece b = bodies.get(i);
        return openEnd(b) && (i + 1 == bodies.size() || !continuedBy(b, bodies.get(i + 1)));
    }

    /** Whether a sign-off line ends one of the fragments after index {@code k} and before {@code h}. */
    private static boolean signOffBetween(List<Piece> fb, int k, Piece h) {
        for (int i = k + 1; i < fb.size() && fb.get(i) != h; i++) if (HeadlineFirstOrder.closingTag(fb.get(i))) return true;
        return false;
    }

    /** Share of a headline's character pairs a story's text must hold to be the story the headline names. */
    private static final double NAMED = 0.5;

    /**
     * For text glued right under its story's headline that takes up a sentence: the open end (or lone paragraph
     * start) ending the one headless story whose text holds most of the headline's words (刘鹤应邀赴美举行新一轮中美经贸
     * 高级别磋商 over 商务部部长钟山，… continues 新华社…刘鹤将率团… / 中方代表团主要成员包括); else null.
     */
    private static Piece namedByHeadline(List<HeadlineFirstOrder.Draft> drafts, Piece t) {
        HeadlineFirstOrder.Draft from = owner(drafts, t);
        if (from == null || from.titles.isEmpty() || t.blankBefore || bodies(from).get(0) != t) return null;
        Piece title = from.titles.get(from.titles.size() - 1);
        if (t.start != title.start + title.lines.size()) return null;
        Piece found = null;
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d == from || !d.titles.isEmpty() || bodies(d).isEmpty()) continue;
            Piece l = bodies(d).get(bodies(d).size() - 1);
            boolean open = openEnd(l) || l.loneStart && !TextCleanup.endsSentence(l.last());
            if (!open || Math.abs(l.width - t.width) >= SAME || l.start > t.start) continue;
            if (TitleAffinity.score(from.titles, Cohesion.before(bodies(d), bodies(d).size())) < NAMED) continue;
            if (found != null) return null;
            found = l;
        }
        return found;
    }

    /** Han characters each side needs before its words can tell two stories apart. */
    private static final int ENOUGH_WORDS = 100;

    private static boolean wordsLeave(String a, String b) {
        return hanCount(a) >= ENOUGH_WORDS && hanCount(b) >= ENOUGH_WORDS && Cohesion.between(a, b) < Cohesion.TOPIC_BREAK;
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (TextCleanup.isHan(s.charAt(i))) n++;
        return n;
    }

    /**
     * Of the earlier open ends of the tail's column, the one whose text shares the tail's words most, when that text
     * shares them at least as stories do ({@link Cohesion#TOPIC_BREAK}) and twice as much as the text of {@code not}
     * (the open end it was glued to); null if none does.
     */
    private static Piece closestInWords(List<HeadlineFirstOrder.Draft> drafts, Piece t, List<Piece> heads, Piece not) {
        String tail = textFrom(owner(drafts, t), t);
        List<Piece> cands = new ArrayList<>();
        for (Piece c : heads) {
            if (c == not || c.start >= t.start || Math.abs(c.width - t.width) >= SAME || cannotRunOn(c.last(), t.first())) continue;
            cands.add(c);
        }
        // and clearly more than the text it was glued to
        return mostInWords(drafts, tail, cands, Math.max(Cohesion.TOPIC_BREAK, CLOSER_RATIO * Cohesion.between(tail, textUpTo(owner(drafts, not), not))));
    }

    /** Of the open ends, the one whose text up to it shares the tail's words most, if that reaches {@code floor}; else null. */
    private static Piece mostInWords(List<HeadlineFirstOrder.Draft> drafts, String tail, List<Piece> cands, double floor) {
        Piece best = null;
        double most = floor;
        for (Piece c : cands) {
            double w = Cohesion.between(tail, textUpTo(owner(drafts, c), c));
            if (w >= most) {
                best = c;
                most = w;
            }
        }
        return best;
    }

    /** Cohesion an open end's text must reach, and how many times the nearest's, to be taken over the nearest. */
    private static final double CLOSER_WORDS = 0.1;
    private static final double CLOSER_RATIO = 2;

    /** Among fitting open ends, one whose text shares the tail's words clearly more than the nearest's does; else null. */
    private static Piece clearlyCloserInWords(List<HeadlineFirstOrder.Draft> drafts, Piece t, List<Piece> fitting, Piece nearest) {
        String tail = textFrom(owner(drafts, t), t);
        String near = textUpTo(owner(drafts, nearest), nearest);
        if (!wordsLeave(tail, near)) return null;
        List<Piece> others = new ArrayList<>(fitting);
        others.remove(nearest);
        return mostInWords(drafts, tail, others, Math.max(CLOSER_WORDS, CLOSER_RATIO * Cohesion.between(tail, near)));
    }

    /** Whether the tail's words leave the text up to {@code h} but go on in the text up to its story's {@code own}. */
    private static boolean foreign(List<HeadlineFirstOrder.Draft> drafts, Piece t, Piece h, Piece own) {
        String tail = textFrom(owner(drafts, t), t);
        return Cohesion.between(tail, textUpTo(owner(drafts, h), h)) < Cohesion.TOPIC_BREAK
                && Cohesion.between(tail, textUpTo(owner(drafts, own), own)) >= Cohesion.TOPIC_BREAK;
    }

    /** Up to {@link Cohesion#WINDOW} characters of the draft's body from fragment {@code t} on. */
    private static String textFrom(HeadlineFirstOrder.Draft d, Piece t) {
        List<Piece> b = d == null ? List.of(t) : bodies(d);
        return Cohesion.after(b, Math.max(0, b.indexOf(t)) - 1);
    }

    /** Up to {@link Cohesion#WINDOW} characters of the draft's body up to and including fragment {@code h}. */
    private static String textUpTo(HeadlineFirstOrder.Draft d, Piece h) {
        List<Piece> b = d == null ? List.of(h) : bodies(d);
        return Cohesion.before(b, b.indexOf(h) + 1);
    }

    /**
     * A credit that ended up inside a sentence of its story (the text before it runs on into the text after it)
     * cannot sign that story: it signs the text printed glued under it, wherever that went.
     */
    static void creditsInsideSentences(List<HeadlineFirstOrder.Draft> drafts) {
        // body fragments by the line they start on, with their drafts: built when a first such credit is found
        Map<Integer, Piece> bodyAt = null;
        Map<Piece, HeadlineFirstOrder.Draft> ownerOf = null;
        for (HeadlineFirstOrder.Draft d : drafts) {
            for (int k = 1; k + 1 < d.rest.size(); k++) {
                Piece y = d.rest.get(k), a = d.rest.get(k - 1), b = d.rest.get(k + 1);
                if (y.kind != Piece.Kind.BYLINE || a.kind != Piece.Kind.BODY || b.kind != Piece.Kind.BODY) continue;
                if (!sentenceRunsOn(a, b)) continue;
                if (bodyAt == null) {
                    bodyAt = new HashMap<>();
                    ownerOf = new HashMap<>();
                    for (HeadlineFirstOrder.Draft o : drafts) {
                        for (Piece p : o.rest) {
                            if (p.kind != Piece.Kind.BODY) continue;
                            bodyAt.put(p.start, p);
                            ownerOf.put(p, o);
                        }
                    }
                }
                Piece under = bodyAt.get(y.start + y.lines.size());
                HeadlineFirstOrder.Draft to = under == null ? null : ownerOf.get(under);
                if (to == null || to == d || under.blankBefore || !paraStart(under)) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("CREDITOUT " + y + " OVER " + under.first());
                d.rest.remove(k);
                to.rest.add(to.rest.indexOf(under), y);
                k--;
            }
        }
    }

    /** Least word overlap between a lead-only story and paragraphs it takes from inside another story. */
    private static final double LEAD_FIT = 0.2;
    /** Most lead-only stories a page is searched for. */
    private static final int MAX_LEAD_ONLY = 6;
    /** Most fragments in a story searched for such a run. */
    private static final int MAX_RUN_STORY = 80;

    /**
     * A story of a headline and its lead paragraph alone, its columns printed inside another story: a run of whole
     * paragraphs there whose words leave the text on both sides of it but share the lead's goes to it, after the lead.
     */
    static void leadOnlyBodies(List<HeadlineFirstOrder.Draft> drafts) {
        List<HeadlineFirstOrder.Draft> leadOnly = new ArrayList<>();
        for (HeadlineFirstOrder.Draft l : drafts) {
            List<Piece> lb = bodies(l);
            if (l.titles.isEmpty() || l.caption || lb.size() != 1) continue;
            if (Leads.startsWithLead(lb.get(0).first()) && TextCleanup.endsSentence(lb.get(0).last())) leadOnly.add(l);
        }
        // a page has one or two such stories; many are junk, and each costs a look at every paragraph run
        if (leadOnly.size() > MAX_LEAD_ONLY) return;
        for (HeadlineFirstOrder.Draft l : leadOnly) {
            Piece lead = bodies(l).get(0);
            StringBuilder key = new StringBuilder();
            for (Piece t : l.titles) key.append(t.flat());
            key.append(lead.flat());
            List<Piece> bestRun = null;
            HeadlineFirstOrder.Draft from = null;
            double bestFit = 0;
            for (HeadlineFirstOrder.Draft s : drafts) {
                if (s == l || s.caption || s.titles.isEmpty()) continue;
                List<Piece> b = bodies(s);
                if (b.size() > MAX_RUN_STORY) continue;
                for (int i = 1; i < b.size(); i++) {
                    if (!TextCleanup.endsSentence(b.get(i - 1).last()) || !paraStart(b.get(i))) continue;
                    String before = null;
                    StringBuilder grown = new StringBuilder(join(b.subList(i, i + 1)));
                    for (int j = i + 1; j < b.size() && j < i + 12; j++) {
                        grown.append(join(b.subList(j, j + 1)));
                        if (!TextCleanup.endsSentence(b.get(j).last())) continue;
                        if (j + 1 < b.size() && !paraStart(b.get(j + 1))) continue;
                        String run = grown.toString();
                        double fit = Cohesion.between(run, key.toString());
                        // the words of the text around are compared only for runs that share the lead's
                        if (fit < LEAD_FIT) continue;
                        if (before == null) before = tail(join(b.subList(Math.max(0, i - 6), i)));
                        String after = head(join(b.subList(j + 1, Math.min(b.size(), j + 7))));
                        double leave = Math.max(Cohesion.between(run, before), after.isEmpty() ? 0 : Cohesion.between(run, after));
                        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LEADRUN fit " + fit + " leave " + leave + " " + b.get(i).first() + " .. " + b.get(j).last());
                        // the run that shares the lead's words most beyond what it shares with its surroundings
                        if (leave < Cohesion.TOPIC_BREAK && fit - leave > bestFit) {
                            bestFit = fit - leave;
                            bestRun = new ArrayList<>(b.subList(i, j + 1));
                            from = s;
                        }
                    }
                }
            }
            if (bestRun == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LEADONLY " + lead.first() + " TAKES " + bestRun);
            from.rest.removeAll(bestRun);
            l.rest.addAll(l.rest.indexOf(lead) + 1, bestRun);
        }
    }

    private static String join(List<Piece> ps) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : ps) for (String x : p.lines) sb.append(x);
        return sb.toString();
    }

    private static String tail(String s) {
        return s.length() > Cohesion.WINDOW ? s.substring(s.length() - Cohesion.WINDOW) : s;
    }

    private static String head(String s) {
        return s.length() > Cohesion.WINDOW ? s.substring(0, Cohesion.WINDOW) : s;
    }

    private static boolean continuedInItsDraft(List<HeadlineFirstOrder.Draft> drafts, Piece h) {
        List<Piece> b = bodies(owner(drafts, h));
        int k = b.indexOf(h);
        return k + 1 < b.size() && sentenceRunsOn(h, b.get(k + 1));
    }

    /** The nearest open end of the tail's column printed after it in its own story, if any. */
    private static Piece laterHead(HeadlineFirstOrder.Draft d, Piece t, List<Piece> heads, boolean byWord, boolean anyWidth) {
        if (d == null) return null;
        List<Piece> own = bodies(d);
        for (Piece b : own) {
            // a line its story left open above a 下转 line is one too, for the story's own text (not for any other)
            boolean open = heads.contains(b) || b.cutOff && !TextCleanup.endsSentence(b.last()) && b == own.get(own.size() - 1);
            // a line split off under a title has no column width of its own
            if (b.start <= t.start || !open) continue;
            // a line alone has no column width: a word running over the cut says which open end it takes
            if (anyWidth || (byWord ? WordJoin.wordAcross(b.last(), t.first()) : t.underGluedTitle || Math.abs(b.width - t.width) <= SAME)) return b;
        }
        return null;
    }

    /**
     * A lone paragraph start printed after its story goes in front of the story's first fragment of its
     * column that was printed earlier and starts mid-sentence right after a paragraph end (a continuation
     * nothing leads into).
     */
    static void placeLoneStarts(HeadlineFirstOrder.Draft d) {
        for (Piece s : new ArrayList<>(d.rest)) {
            if (!s.loneStart || s.kind != Piece.Kind.BODY) continue;
            List<Piece> bodies = bodies(d);
            for (int i = 1; i < bodies.size(); i++) {
                Piece c = bodies.get(i), prev = bodies.get(i - 1);
                if (c == s || prev == s || c.start > s.start || Math.abs(c.width - s.width) >= SAME) continue;
                if (!contStart(c) || !closed(prev) && !closedIn(prev, s.width)) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LONESTART " + s + " BEFORE " + c);
                d.rest.remove(s);
                d.rest.add(d.rest.indexOf(c), s);
                break;
            }
        }
    }

    /**
     * pdftotext often prints two columns of one story side by side block by block (A1 B1 A2 B2 …). The cut
     * shows where column B starts mid-sentence right after a fragment that does not lead into it, and where column
     * A ends mid-sentence later: the fragments in between alternate, A then B, until B runs out.
     */
    static void unweave(HeadlineFirstOrder.Draft d, List<Piece> all) {
        List<Piece> b = bodies(d);
        for (int i = 1; i < b.size(); i++) {
            Piece y = b.get(i);
            // a first line one character short (quotes take room) starts mid-sentence too when a word joins it to x
            boolean weak = nearlyFull(y) && closed(b.get(i - 1));
            if (!weak && (!contStart(y) || continuedBy(b.get(i - 1), y))) continue;
            for (int j = i + 1; j < b.size(); j++) {
                Piece x = b.get(j);
                if (!openEnd(x) || Math.abs(x.width - y.width) >= SAME) continue;
                if (weak && !WordJoin.wordAcross(x.last(), y.first())) continue;
                // another open text printed earlier that a word joins to y is the better head
                if (!WordJoin.wordAcross(x.last(), y.first()) && wordHeadBefore(all, y, x)) break;
                if (j + 1 < b.size() && continuedBy(x, b.get(j + 1)) && contStart(b.get(j + 1))) continue;
                // column B holds y and every second fragment before x; column A the others, ending with x
                List<Piece> order = new ArrayList<>(b.subList(0, i));
                for (int k = i + 1; k <= j; k++) if ((k - i) % 2 == 1 || k == j) order.add(b.get(k));
                for (int k = i; k < j; k += 2) order.add(b.get(k));
                order.addAll(b.subList(j + 1, b.size()));
                if (!consistent(order, i, j + 1)) break;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("UNWEAVE " + b.subList(i, j + 1));
                int k = 0;
                for (int r = 0; r < d.rest.size(); r++) if (d.rest.get(r).kind == Piece.Kind.BODY) d.rest.set(r, order.get(k++));
                return;
            }
        }
    }

    /** A sentence left open on a full line, taken up by a fragment that starts mid-sentence (as unweaving ordered them). */
    private static boolean sentenceRunsOn(Piece a, Piece b) {
        return openEnd(a) && contStart(b);
    }

    /** The first line one character short of full (quotes take room), no lead. */
    private static boolean nearlyFull(Piece p) {
        if (contStart(p) || p.lines.size() < 2 || p.width <= 0 || Leads.startsWithLead(p.first())) return false;
        return TextCleanup.width(p.first()) >= p.width - 1.25;
    }

    /** Longest line, in characters, taken for a paragraph's last line printed alone (员。). */
    private static final double LONE_END = 4;

    /**
     * A line alone, a few characters ending a sentence, after text that ends a sentence too: the last line of a
     * paragraph printed away from its column (…聘请他为学生辅导 / 员。). No paragraph is that short.
     */
    private static boolean loneEnd(Piece b, Piece prev) {
        return lineAlone(b, prev) && TextCleanup.width(b.first()) <= LONE_END;
    }

    /** One line ending a sentence, first in its story or after text that ends a sentence too. */
    private static boolean lineAlone(Piece b, Piece prev) {
        return b.lines.size() == 1 && TextCleanup.endsSentence(b.first()) && (prev == null || TextCleanup.endsSentence(prev.last()));
    }

    /**
     * A line alone ending a sentence, after a sentence end (or first in its story), followed by text of a measured
     * column (情发自心底，真实、由衷、炽热。 / 人民有信仰，……).
     */
    private static boolean lineEnd(Piece b, Piece prev, Piece next) {
        return lineAlone(b, prev) && !Leads.startsWithLead(b.first())
                && next != null && next.width > 0 && TextCleanup.width(b.first()) < next.width - 0.5;
    }

    /** Subhead lines that are one quotation (“期待进一步加强与中国的发展战略 / 对接”). */
    static boolean quotedSubhead(Piece p) {
        if (p.subheads.size() != p.lines.size()) return false;
        String t = p.flat().strip();
        return t.length() > 2 && t.charAt(0) == '“' && t.charAt(t.length() - 1) == '”' && t.indexOf('“', 1) < 0;
    }

    /** A part's number on a line of its own: （二）, 二、. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$");

    /** A fragment that is a part's number alone. */
    static boolean sectionNumber(Piece p) {
        return p.lines.size() == 1 && SECTION_NUMBER.matcher(TextCleanup.removeSpaces(p.first())).matches();
    }

    /** A clause of one character and its mark opening a line: the end of a word cut at the line break. */
    private static final Pattern ONE_CHARACTER_CLAUSE = Pattern.compile("^\\p{IsHan}[，、；：]");

    /**
     * A line alone ending a sentence after a sentence end, opening with a clause of one character (米，相当于钻透339座
     * 珠穆朗玛峰。): no sentence opens that way, so it ends a word its own story cut (…钻井总进尺突破300万 / 米).
     */
    private static boolean clauseTail(Piece b, Piece prev) {
        return lineAlone(b, prev) && ONE_CHARACTER_CLAUSE.matcher(b.first().strip()).find();
    }

    /** A line alone of no measured column (——坚守底线，防范风险力度强。) ending a sentence short of the column given. */
    private static boolean closedIn(Piece p, double col) {
        String l = p.last();
        return p.width <= 0 && p.lines.size() == 1 && TextCleanup.endsSentence(l) && TextCleanup.width(l) < col - 0.75;
    }

    /** Ends a paragraph: a sentence end on a line short of the column. */
    private static boolean closed(Piece p) {
        String l = p.last();
        return TextCleanup.endsSentence(l) && p.width > 0 && TextCleanup.width(l) < p.width - 0.75;
    }

    private static boolean wordHeadBefore(List<Piece> all, Piece y, Piece not) {
        for (Piece p : all) {
            if (p != not && p != y && p.start < y.start && !TextCleanup.endsSentence(p.last())
                    && WordJoin.wordAcross(p.last(), y.first())) return true;
        }
        return false;
    }

    /** Whether every fragment in order[from, to) may follow the one before it. */
    private static boolean consistent(List<Piece> order, int from, int to) {
        for (int k = Math.max(1, from); k < Math.min(order.size(), to + 1); k++) {
            if (!continuedBy(order.get(k - 1), order.get(k))) return false;
        }
        return true;
    }

    private static boolean wordOnlyAcross(Piece b, Piece next) {
        return next != null && !WordJoin.wordAcross(b.last(), next.first());
    }

    private static boolean allFullWidth(String l) {
        return l.strip().chars().allMatch(c -> c >= 0x2E80);
    }

    /** A column width read from enough lines to trust. */
    private static boolean measured(Piece p) {
        return p.width > 0 && p.lines.size() >= 3;
    }

    /** A story's body fragments, in order. */
    static List<Piece> bodies(HeadlineFirstOrder.Draft d) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : d.rest) if (p.kind == Piece.Kind.BODY) out.add(p);
        return out;
    }

    /** The story holding the fragment, or null. */
    static HeadlineFirstOrder.Draft owner(List<HeadlineFirstOrder.Draft> drafts, Piece p) {
        for (HeadlineFirstOrder.Draft d : drafts) if (d.rest.contains(p)) return d;
        return null;
    }

    static boolean isJumpFrom(Piece p) {
        return isJump(p, Jump.Direction.FROM);
    }

    /** A 下转 line: the story goes on on another page. */
    static boolean isJumpTo(Piece p) {
        return isJump(p, Jump.Direction.TO);
    }

    private static boolean isJump(Piece p, Jump.Direction direction) {
        if (p.kind != Piece.Kind.JUMP) return false;
        Jump j = JumpLines.parse(p.first());
        return j != null && j.direction() == direction;
    }

    /**
     * Fragment b carries on the sentence a leaves open: a stops without a sentence's end (its last line may measure a
     * character short: marks are squeezed in print) and b starts inside a paragraph.
     */
    static boolean carriesOn(Piece a, Piece b) {
        return !TextCleanup.endsSentence(a.last()) && contStart(b);
    }

    /**
     * The column b is judged by when it follows a. A fragment of one or two lines is measured by its own first line
     * (always "full"): it is judged by a's column, unless digits or Latin letters make the first line's width uncertain.
     */
    static double columnAfter(Piece a, Piece b) {
        return measured(b) || !measured(a) || !allFullWidth(b.first()) ? b.width : a.width;
    }

    /** A line two characters short of the column (one more with digits): a paragraph's indent. */
    static boolean indentWidth(String line, double col) {
        double w = TextCleanup.width(line);
        return col > 0 && w >= col - 3 && w <= col - 1.5;
    }

    /** Starts inside a paragraph: the first line fills the column (no indent) and opens no lead. */
    static boolean contStart(Piece p) {
        return contStart(p, p.width);
    }

    static boolean contStart(Piece p, double col) {
        if (col <= 0 || p.lines.size() < 2 && !p.fullLine || !p.subheads.isEmpty() && p.subheads.get(0) == 0) return false;
        String f = p.first();
        if (Leads.startsWithLead(f) || f.startsWith("——")) return false;
        return TextCleanup.width(f) >= col - 0.5;
    }

    /** Starts a paragraph: the first line is indented (two characters short of the column) or opens a lead. */
    static boolean paraStart(Piece p) {
        return paraStart(p, p.width);
    }

    private static boolean paraStart(Piece p, double col) {
        String f = p.first();
        if (Leads.startsWithLead(f)) return true;
        if (col <= 0 || p.lines.size() < 2) return false;
        double w = TextCleanup.width(f);
        return w <= col - 1.5;
    }

    /** Stops mid-sentence on a full line. */
    static boolean openEnd(Piece p) {
        if (p.width <= 0) return false;
        String l = p.last();
        if (p.subheads.contains(p.lines.size() - 1)) return false;
        return !TextCleanup.endsSentence(l) && TextCleanup.width(l) >= p.width - 0.5;
    }

    /** Stops mid-sentence on a line holding digits or Latin letters (measured as half a character each) nearly full. */
    private static boolean openWithDigits(Piece p) {
        String l = p.last();
        return p.width > 0 && !allFullWidth(l) && !TextCleanup.endsSentence(l) && TextCleanup.width(l) >= p.width - 1.5;
    }

    /** A subhead glued over the text printed under it (收到回信心情激动 / 澳门颐骏中心…): it stays with that text. */
    private static boolean headsTextUnder(Piece p) {
        return p.loneSubhead() && p.gluedToNext && !TextCleanup.endsSentence(p.first());
    }

    /** How near its line's start a quote must close, or its line's end open, to be one quoted word cut by a break. */
    private static final int QUOTE_REACH = 4;

    /** The one fragment on the page left open inside a quote that the tail's first line closes, or null. */
    private static Piece quoteHead(List<HeadlineFirstOrder.Draft> drafts, Piece t) {
        if (!quoteCloser(t.first())) return null;
        Piece found = null;
        for (HeadlineFirstOrder.Draft d : drafts) {
            List<Piece> b = bodies(d);
            for (int i = 0; i < b.size(); i++) {
                Piece c = b.get(i);
                String l = c.last().strip();
                int o = l.lastIndexOf('“');
                if (c == t || o < 0 || o < l.lastIndexOf('”') || l.length() - o > QUOTE_REACH + 1 || TextCleanup.endsSentence(l)) continue;
                // already closed by the fragment after it
                if (i + 1 < b.size() && b.get(i + 1) != t && quoteCloser(b.get(i + 1).first())) continue;
                if (found != null) return null;
                found = c;
            }
        }
        return found;
    }

    private static boolean quoteCloser(String first) {
        String f = first.strip();
        int close = f.indexOf('”'), open = f.indexOf('“');
        return close >= 0 && close <= QUOTE_REACH && (open < 0 || close < open);
    }

    /** Particles that end a word (亲历了, 我们的) and punctuation: no clause opens with them, so none follows a comma. */
    private static final String NO_CLAUSE_START = "了的着过得地，。、；：！？";

    /** Text ending this way cannot run on into text starting that way: see the two tests below. */
    static boolean cannotRunOn(String end, String start) {
        return clauseCannotStart(end, start) || numberCannotRunOn(end, start);
    }

    /** A number in digits at the end runs on into a measure word or unit, not a plain noun (60 / 文化桥梁). */
    static boolean numberCannotRunOn(String end, String start) {
        String e = end.strip();
        int i = e.length();
        while (i > 0 && e.charAt(i - 1) >= '0' && e.charAt(i - 1) <= '9') i--;
        if (i == e.length() || i > 0 && (Character.isLetter(e.charAt(i - 1)) && e.charAt(i - 1) < 0x250 || "-.．/:".indexOf(e.charAt(i - 1)) >= 0)) return false;
        return !WordJoin.mayFollowNumber(start);
    }

    /** Text ending on a break between clauses cannot run on into a line opening with a particle or a mark. */
    static boolean clauseCannotStart(String end, String start) {
        String e = end.strip(), s = start.strip();
        if (e.isEmpty() || s.isEmpty()) return false;
        return "，、；：".indexOf(e.charAt(e.length() - 1)) >= 0 && NO_CLAUSE_START.indexOf(s.charAt(0)) >= 0;
    }

    /** Whether b can follow a in one story: same column, and a paragraph break or a sentence run-on agrees. */
    private static boolean continuedBy(Piece a, Piece b) {
        // a lone paragraph start is set apart because its column went on elsewhere
        if (a.loneStart && !TextCleanup.endsSentence(a.last())) return false;
        // the cut words cross to text elsewhere
        if (b.crossed && b.start == a.start + a.lines.size()) return false;
        if (measured(a) && measured(b) && Math.abs(a.width - b.width) >= SAME) return false;
        String l = a.last();
        if (cannotRunOn(l, b.first())) return false;
        // a subhead quoting a whole sentence ends nothing mid-sentence: a paragraph opens under it
        // (“崇山峻岭阻隔不断尼中两国人民的 / 友谊”)
        boolean quoted = quotedSubhead(a);
        boolean aOpen = !quoted && !TextCleanup.endsSentence(l);
        // a section number on its own line (（二）) opens a part: no sentence runs on into it
        if (aOpen && sectionNumber(b)) return false;
        boolean aClosed = quoted || TextCleanup.endsSentence(l) && a.width > 0 && TextCleanup.width(l) < a.width - 0.75;
        double col = columnAfter(a, b);
        if (aOpen && paraStart(b, col)) return false;
        if (aClosed && contStart(b, col)) return false;
        return true;
    }
}
