package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void foldsTraditionalFullWidthAndCaseAfterUnchangedText() {
        assertEquals("台湾医保ab 12", Fold.fold("台灣醫保ＡＢ\u3000１2"));
        assertEquals("平湖台湾", Fold.fold("平湖臺灣"));
        assertEquals("x", Fold.fold("X"));
    }

    @Test
    void textThatFoldsToItselfIsReturnedAsIs() {
        String s = "平湖市新埭镇 2019年";
        assertSame(s, Fold.fold(s));
        assertEquals("", Fold.fold(""));
    }
}
