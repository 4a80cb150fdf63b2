package org.kanbao.search;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for the word tokens: longest match over HanLP's core dictionary, then over
 * {@code CustomDictionary} (which includes words the tagger inserts at run time), custom words winning.
 * The core pass is what HanLP's {@code DoubleArrayTrieSegment} does without part-of-speech tagging (its longest
 * searcher over {@code CoreDictionary.trie}, every other char a word of its own), run here straight on the chars
 * so that no Term, String or list is made per word: the index build segments every article, and this is most of
 * its Java work. It misses person names HanLP's Viterbi segmenter finds (习近平), which only costs rank: the char
 * tokens find every occurrence anyway. (HanLP's own DAT segmenter with the custom dictionary switched on drops core
 * words such as 今天, hence the two passes here.)
 */
final class Segmenter {
    private Segmenter() {
    }

    /**
     * Marks the word starts of a run of text without gaps: {@code start[i]} for every i where a word begins, and
     * {@code start[run.length]}; {@code start} must have room for run.length + 1 entries, all false. Every char is
     * a word start when the dictionaries fail.
     */
    static void starts(char[] chars, boolean[] start) {
        int n = chars.length;
        start[n] = true;
        try {
            core(chars, start);
            custom(chars, start);
        } catch (RuntimeException e) {
            java.util.Arrays.fill(start, 0, n + 1, true);
        }
    }

    /**
     * Longest match over the core dictionary, exactly as HanLP's {@code DoubleArrayTrie.LongestSearcher} (which
     * {@code DoubleArrayTrieSegment} uses) walks the trie — including its stop when a walk reaches the end of the
     * text — but on the trie's arrays, without an object per step. Chars outside any match are words of one char.
     */
    private static void core(char[] chars, boolean[] start) {
        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int n = chars.length;
        int i = 0;
        int p = 0; // chars before p are covered
        while (true) {
            int length = 0;
            int begin = i;
            int b = base[0];
            boolean found;
            for (; ; ++i) {
                if (i >= n) {
                    found = length > 0;
                    break;
                }
                int q = b + chars[i] + 1;
                if (q < check.length && b == check[q]) {
                    b = base[q];
                } else {
                    if (length > 0) {
                        i = begin + length;
                        found = true;
                        break;
                    }
                    i = begin;
                    ++begin;
                    b = base[0];
                }
                if (b == check[b] && base[b] < 0) length = i - begin + 1;
            }
            if (!found) break;
            if (begin < p) continue;
            for (; p < begin; p++) start[p] = true;
            start[begin] = true;
            p = begin + length;
        }
        for (; p < n; p++) start[p] = true;
    }

    /**
     * Custom-dictionary words of 2+ chars override the core segmentation: as HanLP's
     * {@code DynamicCustomDictionary.parseLongestText}, the longest word starting at each char (from the custom
     * dictionary's trie and from the words inserted at run time), taken greedily from the left.
     */
    private static void custom(char[] chars, boolean[] start) {
        DynamicCustomDictionary dict = CustomDictionary.DEFAULT;
        int n = chars.length;
        int[] longest = new int[n];
        DoubleArrayTrie<CoreDictionary.Attribute> dat = dict.dat;
        if (dat != null && dat.size() > 0) {
            int[] base = dat.getBase();
            int[] check = dat.getCheck();
            for (int begin = 0; begin < n; begin++) {
                int b = base[0];
                for (int i = begin; i < n; i++) {
                    int q = b + chars[i] + 1;
                    if (q >= check.length || b != check[q]) break;
                    b = base[q];
                    if (b == check[b] && base[b] < 0) longest[begin] = i - begin + 1;
                }
            }
        }
        BinTrie<CoreDictionary.Attribute> inserted = dict.trie;
        if (inserted != null && inserted.size() > 0) {
            inserted.parseText(chars, (b, e, v) -> {
                if (e - b > longest[b]) longest[b] = e - b;
            });
        }
        for (int b = 0; b < n; ) {
            int len = longest[b];
            if (len == 0) {
                b++;
                continue;
            }
            int e = b + len;
            if (len >= 2 && e <= n) {
                for (int i = b; i < e; i++) start[i] = i == b;
                start[e] = true;
            }
            b = e;
        }
    }

    /** The words of a run of text without gaps, concatenating back to exactly {@code run}. */
    static List<String> words(String run) {
        int n = run.length();
        List<String> out = new ArrayList<>();
        if (n == 0) return out;
        boolean[] start = new boolean[n + 1];
        starts(run.toCharArray(), start);
        int b = 0;
        for (int i = 1; i <= n; i++) {
            if (start[i]) {
                out.add(run.substring(b, i));
                b = i;
            }
        }
        return out;
    }
}
