package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.testing.Fixtures;

/** {@link Segmenter} walks HanLP's tries itself: it must cut exactly as HanLP's own segmenter and custom pass. */
class SegmenterTest {
    /** The reference: HanLP's DAT segmenter (core dictionary), then CustomDictionary's longest words of 2+ chars. */
    static List<String> reference(String run) {
        int n = run.length();
        boolean[] start = new boolean[n + 1];
        start[n] = true;
        DoubleArrayTrieSegment seg = new DoubleArrayTrieSegment();
        seg.enablePartOfSpeechTagging(false);
        int p = 0;
        for (Term t : seg.seg(run)) {
            start[Math.min(p, n)] = true;
            p += t.word.length();
        }
        boolean[] custom = new boolean[n];
        CustomDictionary.parseLongestText(run, (b, e, v) -> {
            if (e - b < 2 || e > n) return;
            for (int i = b; i < e; i++) if (custom[i]) return;
            for (int i = b; i < e; i++) {
                custom[i] = true;
                start[i] = i == b;
            }
            start[e] = true;
        });
        List<String> out = new ArrayList<>();
        int b = 0;
        for (int i = 1; i <= n; i++) {
            if (start[i]) {
                out.add(run.substring(b, i));
                b = i;
            }
        }
        return out;
    }

    static List<String> runs() throws Exception {
        List<String> runs = new ArrayList<>();
        for (Path f : Fixtures.pdFiles(".txt")) {
            for (String run : Fold.fold(Files.readString(f, StandardCharsets.UTF_8)).split("\\s+")) {
                if (!run.isEmpty()) runs.add(run);
            }
        }
        runs.add("今天习近平在北京人民大会堂会见");
        runs.add("abc１２３，。x");
        return runs;
    }

    @Test
    void cutsAsHanlp() throws Exception {
        for (String run : runs()) assertEquals(reference(run), Segmenter.words(run), run);
    }

    @Test
    void cutsAsHanlpWithRunTimeWords() throws Exception {
        List<String> runs = runs();
        for (String w : new String[] {"发展的新", "人民群", "高质量发展", "今天习"}) CustomDictionary.insert(w);
        try {
            for (String run : runs) assertEquals(reference(run), Segmenter.words(run), run);
        } finally {
            for (String w : new String[] {"发展的新", "人民群", "高质量发展", "今天习"}) CustomDictionary.remove(w);
        }
    }
}
