package org.kanbao.ingest.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a headline block into kicker / headline / subtitle. Input is the block's lines in reading
 * order, grouped where the layout separates them (blank lines in a dump, gaps or font changes in a PDF).
 * Evidence used: a line starting with —— is a subtitle, a line ending with —— or ： is a kicker, short
 * lines are wrapped parts of one title, and with several groups the first is the kicker.
 */
public final class HeadlineSplitter {
    /** A title line this wide or narrower is a wrapped piece of a headline printed in a narrow column. */
    private static final double WRAPPED_WIDTH = 9;

    private HeadlineSplitter() {
    }

    public static HeadlineParts split(List<String> lines) {
        return splitGroups(List.of(lines));
    }

    public static HeadlineParts splitGroups(List<List<String>> groups) {
        List<List<String>> gs = new ArrayList<>();
        for (List<String> g : groups) {
            List<String> clean = cleanLines(g);
            if (!clean.isEmpty()) gs.add(clean);
        }
        if (gs.isEmpty()) return new HeadlineParts("", "", "");
        // merge wrapped lines inside each group into title units
        List<List<String>> units = new ArrayList<>();
        for (List<String> g : gs) units.add(joinWrapped(g));
        List<String> flat = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int gi = 0; gi < units.size(); gi++) {
            for (String u : units.get(gi)) {
                flat.add(u);
                groupOf.add(gi);
            }
        }
        StringBuilder kicker = new StringBuilder();
        StringBuilder headline = new StringBuilder();
        StringBuilder subtitle = new StringBuilder();
        int h = -1; // index of the main headline unit
        // kicker: units up to one ending with —— or ：; or the first group when several groups exist
        int kEnd = -1;
        for (int i = 0; i < flat.size() - 1; i++) {
            String u = flat.get(i);
            if (u.endsWith("——") || u.endsWith("：") || u.endsWith(":")) kEnd = i;
        }
        if (kEnd < 0 && units.size() > 1 && !flat.get(units.get(0).size()).startsWith("——")
                && !deck(flat.get(units.get(0).size() - 1), flat.get(units.get(0).size()))) kEnd = units.get(0).size() - 1;
        for (int i = 0; i <= kEnd; i++) kicker.append(flat.get(i));
        h = kEnd + 1;
        if (h >= flat.size()) { // everything looked like a kicker: the last unit is the headline
            return new HeadlineParts("", String.join("", flat), "");
        }
        headline.append(flat.get(h));
        for (int i = h + 1; i < flat.size(); i++) {
            String u = flat.get(i);
            if (subtitle.length() == 0 && !u.startsWith("——") && groupOf.get(i).equals(groupOf.get(h))
                    && TextCleanup.width(flat.get(i - 1)) <= WRAPPED_WIDTH) {
                headline.append(u);
            } else {
                subtitle.append(u);
            }
        }
        return new HeadlineParts(kicker.toString(), headline.toString(), subtitle.toString());
    }

    /** Cleans title lines: stray spaces between CJK, faux bold, and a line printed twice in a row. */
    public static List<String> cleanLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = TextCleanup.undoFauxBold(l.strip());
            t = tidyTitle(t);
            if (t.isEmpty()) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).equals(t)) continue; // printed twice over itself
            out.add(t);
        }
        return out;
    }

    /** Keeps the single space between two Han phrases of a title (从实际出发 抓重点问题), removes the rest. */
    public static String tidyTitle(String t) {
        String s = t.replaceAll("[\\s\u3000]+", " ").strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                char prev = b.length() > 0 ? b.charAt(b.length() - 1) : ' ';
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                boolean hanBoth = TextCleanup.isHan(prev) && TextCleanup.isHan(next);
                boolean latinBoth = !TextCleanup.isCjk(prev) && !TextCleanup.isCjk(next);
                if (hanBoth || latinBoth) b.append(' ');
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Joins lines that wrap inside one title: a short line, or a full line followed by its tail. */
    private static List<String> joinWrapped(List<String> g) {
        List<String> out = new ArrayList<>();
        double max = TextCleanup.widest(g);
        StringBuilder cur = null;
        String prev = null;
        for (String l : g) {
            boolean join = cur != null && !l.startsWith("——") && !prev.endsWith("——")
                    && (TextCleanup.width(prev) <= WRAPPED_WIDTH
                        || (g.size() >= 3 && TextCleanup.width(prev) >= max - 0.5 && !endsPunct(prev))
                        || wrappedWord(prev, l, max));
            if (join) {
                cur.append(l);
            } else {
                if (cur != null) out.add(cur.toString());
                cur = new StringBuilder(l);
            }
            prev = l;
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    /** Shortest line, in characters, taken for a wrapped headline line by a word running over its end. */
    private static final double WRAPPED_WORD_WIDTH = 12;

    /**
     * A long line, nearly the group's widest, whose last word runs on into the next line is a headline wrapped in
     * its column (习近平将赴印度出席中印领导人第二 / 次非正式会晤……): a kicker or a subtitle ends on a whole word.
     */
    private static boolean wrappedWord(String prev, String l, double max) {
        double w = TextCleanup.width(prev);
        if (endsPunct(prev) || w < max - 2) return false;
        // a number and its measure word split over the break (第二 / 次, 新一 / 轮) are one word the dictionary lacks
        if (w > WRAPPED_WIDTH && NUMERAL_END.matcher(prev.strip()).find() && MEASURE_START.matcher(l.strip()).find()) return true;
        return w >= WRAPPED_WORD_WIDTH && WordJoin.wordAcross(prev, l);
    }

    private static final java.util.regex.Pattern NUMERAL_END = java.util.regex.Pattern.compile("[第新一二三四五六七八九十两][一二三四五六七八九十两]$");
    private static final java.util.regex.Pattern MEASURE_START = java.util.regex.Pattern.compile("^[次轮届个位名项批期场]");

    /**
     * A group after a whole headline that is half as long again and reads as a clause list (审议通过《……》，以政府立法为
     * …；讨论通过《……》 under 李克强主持召开国务院常务会议) is its subtitle, not the headline under a kicker: a kicker
     * announces, it is not the shorter of the two.
     */
    private static boolean deck(String first, String next) {
        return (next.contains("，") || next.contains("；")) && TextCleanup.width(next) >= 1.5 * TextCleanup.width(first);
    }

    private static boolean endsPunct(String s) {
        return !s.isEmpty() && "。！？：；，".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
