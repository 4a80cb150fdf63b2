package org.kanbao.ingest.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordJoinTest {
    @Test
    void aWordCutByTheLineBreakJoinsTheLines() {
        assertTrue(WordJoin.wordAcross("地区和平稳定的支柱和共建“一带一路”的标", "杆。中方愿与巴方一道"));
        assertTrue(WordJoin.wordAcross("开展交流互鉴，为高", "质量共建"));
    }

    @Test
    void noEvidenceAcrossPunctuationOrUnrelatedText() {
        assertFalse(WordJoin.wordAcross("深厚情谊。", "支柱"));
        assertFalse(WordJoin.wordAcross("一个中国", "“好一朵美丽的茉莉"));
        assertFalse(WordJoin.wordAcross("", "质量"));
    }
}
