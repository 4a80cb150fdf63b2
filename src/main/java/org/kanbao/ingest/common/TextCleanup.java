package org.kanbao.ingest.common;

import java.util.List;

/**
 * Line-level cleanup shared by the text and PDF importers: stray spaces, faux-bold doubling, joining
 * wrapped lines. All methods are pure and never throw on any string.
 */
public final class TextCleanup {
    /** Lines longer than this are never searched for faux-bold doubling (the search is quadratic). */
    private static final int MAX_DOUBLED_LINE = 400;

    private TextCleanup() {
    }

    /** Han ideographs, CJK punctuation and full-width forms: characters set on the square grid. */
    public static boolean isCjk(int c) {
        if (c >= 0x3000 && c <= 0x303F) return true; // CJK punctuation
        if (c >= 0xFF00 && c <= 0xFFEF) return true; // full-width forms
        if (c >= 0x2E80 && c <= 0x9FFF) return true; // radicals .. unified ideographs
        if (c >= 0xF900 && c <= 0xFAFF) return true;
        if (c >= 0x20000 && c <= 0x3FFFF) return true;
        return c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026 || c == 0x00B7;
    }

    public static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003';
    }

    /**
     * Removes the spaces pdftotext puts between Chinese and digits/Latin ({@code 去年 11月 → 去年11月}) and
     * between two Chinese characters; keeps single spaces between Latin words. Trims the ends.
     */
    public static String removeStraySpaces(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && isSpace(s.charAt(j))) j++;
            if (out.length() > 0 && j < n) {
                char before = out.charAt(out.length() - 1);
                char after = s.charAt(j);
                if (!isCjk(before) && !isCjk(after)) out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /** Removes every white space character (for names padded to align: {@code 陆 超 → 陆超}). */
    public static String removeSpaces(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !isSpace(c)) b.append(c);
        }
        return b.toString();
    }

    /**
     * Undoes faux bold: a line printed twice over itself comes out with every run doubled
     * ({@code 毗邻党建毗邻党建，，引领区域联动发展引领区域联动发展 → 毗邻党建，引领区域联动发展}).
     * Returns the line unchanged unless the whole line splits into doubled runs, at least one of
     * them longer than one character.
     */
    public static String undoFauxBold(String line) {
        if (line == null) return "";
        String s = removeSpaces(line);
        int n = s.length();
        if (n < 4 || n > MAX_DOUBLED_LINE || n % 2 != 0) return line;
        // next[i] = run length k chosen at i so that s[i,i+k) == s[i+k,i+2k) and the rest also splits
        int[] next = new int[n + 1];
        boolean[] ok = new boolean[n + 1];
        ok[n] = true;
        for (int i = n - 2; i >= 0; i--) {
            for (int k = (n - i) / 2; k >= 1; k--) {
                if (ok[i + 2 * k] && s.regionMatches(i, s, i + k, k)) {
                    ok[i] = true;
                    next[i] = k;
                    break;
                }
            }
        }
        if (!ok[0]) return line;
        StringBuilder b = new StringBuilder(n / 2);
        boolean longRun = false;
        for (int i = 0; i < n; i += 2 * next[i]) {
            b.append(s, i, i + next[i]);
            if (next[i] > 1) longRun = true;
        }
        return longRun ? b.toString() : line;
    }

    /** Whether the line is a faux-bold doubled line that {@link #undoFauxBold} would change. */
    public static boolean isFauxBold(String line) {
        return !undoFauxBold(line).equals(line);
    }

    /**
     * Joins hard-wrapped lines of one paragraph without inserting spaces, except between two Latin
     * letters or digits where the break stood for a word space.
     */
    public static String joinLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String raw : lines) {
            String l = removeStraySpaces(raw);
            if (l.isEmpty()) continue;
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                char first = l.charAt(0);
                if (isLatinWordChar(last) && isLatinWordChar(first) && Character.isLetter(last) && Character.isLetter(first)) b.append(' ');
            }
            b.append(l);
        }
        return b.toString();
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** The width of the widest of these lines, in em (0 for none). */
    public static double widest(List<String> lines) {
        double w = 0;
        for (String l : lines) w = Math.max(w, width(l));
        return w;
    }

    /**
     * The printed width of a line in em (one Chinese character = 1, Latin letters and digits = 1/2).
     * Used to compare line lengths against a column's width.
     */
    public static double width(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) w += 0.25;
            else if (c < 0x2000 || (c >= 0xFF61 && c <= 0xFFDC)) w += 0.5;
            else w += 1;
        }
        return w;
    }

    /** Whether text ends a sentence: 。！？… or a closing quote/bracket after one. */
    public static boolean endsSentence(String text) {
        String t = text == null ? "" : text.strip();
        int i = t.length() - 1;
        while (i >= 0 && "”’」』）)》】\"'".indexOf(t.charAt(i)) >= 0) {
            // a closing bracket after a complete clause, e.g. （新华社电）, also ends the text
            if (t.charAt(i) == '）' || t.charAt(i) == ')') return true;
            i--;
        }
        if (i < 0) return false;
        char c = t.charAt(i);
        return c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?';
    }
}
