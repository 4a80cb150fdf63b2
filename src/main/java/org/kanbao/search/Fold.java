package org.kanbao.search;

import com.hankcs.hanlp.HanLP;

/**
 * Folds text char by char for matching: traditional → simplified Chinese (HanLP's table, only where one char maps
 * to one char), full-width ASCII → ASCII, lower case. Being one char for one char, offsets in folded text are
 * offsets in the original, which is what lets hits map back exactly.
 */
public final class Fold {
    private static final char[] TABLE = build();
    private static final boolean[] GAP = gaps();

    private Fold() {
    }

    private static char[] build() {
        char[] t = new char[65536];
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0); // full-width ASCII
            else if (ch == '\u3000') ch = ' ';
            t[c] = Character.isSurrogate(ch) ? ch : Character.toLowerCase(ch);
        }
        // HanLP converts whole phrases; per char is enough for folding and keeps lengths equal.
        StringBuilder all = new StringBuilder();
        for (int c = 0x3400; c <= 0x9FFF; c++) all.append((char) c).append('\n');
        String s = HanLP.convertToSimplifiedChinese(all.toString());
        String[] lines = s.split("\n", -1);
        for (int i = 0, c = 0x3400; c <= 0x9FFF && i < lines.length; c++, i++) {
            if (lines[i].length() == 1) t[c] = lines[i].charAt(0);
        }
        return t;
    }

    private static boolean[] gaps() {
        boolean[] g = new boolean[65536];
        for (int c = 0; c < g.length; c++) {
            g[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
        }
        return g;
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    /** The folded text, of the same length as {@code s}; {@code s} itself when folding changes nothing (most text). */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && TABLE[s.charAt(i)] == s.charAt(i)) i++;
        if (i == n) return s;
        char[] out = new char[n];
        s.getChars(0, i, out, 0);
        for (; i < n; i++) out[i] = TABLE[s.charAt(i)];
        return new String(out);
    }

    /** White space and control chars separate tokens and are never part of a search term. */
    public static boolean isGap(char c) {
        return GAP[c];
    }
}
