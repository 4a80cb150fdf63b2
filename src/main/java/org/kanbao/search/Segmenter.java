package org.kanbao.search;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for the word columns: HanLP's longest-match segmenter over its core dictionary plus
 * {@code CustomDictionary}, including words the tagger inserts at run time. Measured on the fixtures (2 shared
 * cores): about 6 M chars/s of CPU against 0.6-2 M for HanLP's default Viterbi segmenter, which the index build
 * target (2,000 articles/s) cannot afford. It misses person names the Viterbi segmenter finds (习近平), which only
 * costs rank: the char columns find every occurrence anyway.
 */
final class Segmenter {
    /** The DAT segmenter with the custom dictionary on (set directly: the setter logs a warning to stderr). */
    private static final class Dat extends DoubleArrayTrieSegment {
        Dat() {
            config.useCustomDictionary = true;
            config.speechTagging = false;
        }
    }

    private static final ThreadLocal<Dat> SEGMENT = ThreadLocal.withInitial(Dat::new);

    private Segmenter() {
    }

    /**
     * The words of a run of text without gaps, concatenating back to exactly {@code run}; falls back to
     * single chars should the segmenter ever alter the text.
     */
    static List<String> words(String run) {
        List<String> out = new ArrayList<>();
        if (run.isEmpty()) return out;
        List<Term> terms;
        try {
            terms = SEGMENT.get().seg(run);
        } catch (RuntimeException e) {
            terms = List.of();
        }
        int len = 0;
        for (Term t : terms) {
            out.add(t.word);
            len += t.word.length();
        }
        if (len != run.length() || !String.join("", out).equals(run)) {
            out.clear();
            for (int i = 0; i < run.length(); i++) out.add(String.valueOf(run.charAt(i)));
        }
        return out;
    }
}
