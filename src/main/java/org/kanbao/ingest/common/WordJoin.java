package org.kanbao.ingest.common;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Language evidence across a line or column break: whether a dictionary word runs over the cut
 * ({@code 标 / 杆}, {@code 出 / 彩}). A hard-wrapped sentence usually splits a word somewhere; text glued from
 * two different places seldom forms one. Uses HanLP's core dictionary (loaded once, on first use).
 */
public final class WordJoin {
    private WordJoin() {
    }

    private static final int MAX_WORD = 4;

    /** Whether a dictionary word of 2–4 Han characters spans the end of {@code left} and the start of {@code right}. */
    public static boolean wordAcross(String left, String right) {
        String a = hanTail(left);
        String b = hanHead(right);
        if (a.isEmpty() || b.isEmpty()) return false;
        String s = a + b;
        int cut = a.length();
        for (int from = Math.max(0, cut - MAX_WORD + 1); from < cut; from++) {
            for (int to = cut + 1; to <= s.length() && to - from <= MAX_WORD; to++) {
                if (isWord(s.substring(from, to))) return true;
            }
        }
        return false;
    }

    /** Whether the text is a word of HanLP's core dictionary (false without a dictionary: no evidence). */
    public static boolean isWord(String s) {
        try {
            return CoreDictionary.trie.exactMatchSearch(s) >= 0;
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /** The last Han characters of a line (at most three), none if it ends with anything else. */
    private static String hanTail(String l) {
        String t = l.strip();
        int i = t.length();
        while (i > 0 && t.length() - i < MAX_WORD - 1 && han(t.charAt(i - 1))) i--;
        return t.substring(i);
    }

    private static String hanHead(String l) {
        String t = l.strip();
        int i = 0;
        while (i < t.length() && i < MAX_WORD - 1 && han(t.charAt(i))) i++;
        return t.substring(0, i);
    }
}
