package org.kanbao.ingest.common;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
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

    /** Han numerals that go on a number written in digits (12 / 万, 30 / 余). */
    private static final String NUMERALS = "万亿千百十余多几";

    /**
     * Whether the text may follow a number written in digits: it opens with a measure word, a unit, a numeral or
     * anything else HanLP's bigram table has seen after a number (年, 周年, 多, 个, 以上), or with no Han character.
     * A number runs on into its measure word (中几关系的60 / 年); text opening with a plain noun (60 / 文化桥梁) was glued
     * there from elsewhere.
     */
    public static boolean mayFollowNumber(String right) {
        String b = hanHead(right.strip());
        if (b.isEmpty() || right.strip().charAt(0) != b.charAt(0) || NUMERALS.indexOf(b.charAt(0)) >= 0) return true;
        try {
            for (int k = b.length(); k >= 1; k--) {
                String w = b.substring(0, k);
                if (k > 1 && !isWord(w)) continue;
                if (CoreBiGramTableDictionary.getBiFrequency("未##数", w) > 0) return true;
                if (k > 1) return CoreBiGramTableDictionary.getBiFrequency("未##数", b.substring(0, 1)) > 0;
            }
            return false;
        } catch (RuntimeException | Error e) {
            return true;
        }
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
