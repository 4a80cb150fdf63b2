package org.kanbao.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for the word columns: HanLP's default (Viterbi) segmenter with its core and custom
 * dictionaries, so words the tagger adds to {@code CustomDictionary} at run time are honoured.
 * Chosen over HanLP's faster dictionary-only segmenter, which ignores run-time custom words and splits 医保 /
 * 跨省; jieba was not added (no custom-dictionary sharing with the tagger, barely faster; see docs/search.md).
 */
final class Segmenter {
    // Segment instances keep their config only; one per thread avoids any doubt about sharing.
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
            .enablePartOfSpeechTagging(false));

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
