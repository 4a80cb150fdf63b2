package org.kanbao.search;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for the word tokens: longest match over HanLP's core dictionary, then over
 * {@code CustomDictionary} (which includes words the tagger inserts at run time), custom words winning.
 * Measured on the fixtures (2 shared cores): about 6 M chars/s of CPU against 0.6-2 M for HanLP's default Viterbi
 * segmenter, which the index build target (2,000 articles/s) cannot afford. It misses person names the Viterbi
 * segmenter finds (习近平), which only costs rank: the char tokens find every occurrence anyway.
 * (HanLP's own DAT segmenter with the custom dictionary switched on drops core words such as 今天, hence the two
 * passes here.)
 */
final class Segmenter {
    private static final ThreadLocal<DoubleArrayTrieSegment> CORE = ThreadLocal.withInitial(() -> {
        DoubleArrayTrieSegment s = new DoubleArrayTrieSegment();
        s.enablePartOfSpeechTagging(false);
        return s;
    });

    private Segmenter() {
    }

    /**
     * The words of a run of text without gaps, concatenating back to exactly {@code run}; falls back to
     * single chars should the segmenter ever alter the text.
     */
    static List<String> words(String run) {
        int n = run.length();
        List<String> out = new ArrayList<>();
        if (n == 0) return out;
        boolean[] start = new boolean[n + 1];
        start[n] = true;
        try {
            int p = 0;
            for (Term t : CORE.get().seg(run)) {
                start[Math.min(p, n)] = true;
                p += t.word.length();
            }
            if (p != n) throw new IllegalStateException("segmenter changed the text");
            boolean[] custom = new boolean[n];
            CustomDictionary.parseLongestText(run, (b, e, v) -> {
                if (e - b < 2 || e > n) return;
                for (int i = b; i < e; i++) if (custom[i]) return; // overlaps a custom word already applied
                for (int i = b; i < e; i++) {
                    custom[i] = true;
                    start[i] = i == b;
                }
                start[e] = true;
            });
        } catch (RuntimeException e) {
            java.util.Arrays.fill(start, true);
        }
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
