package org.kanbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** CJK and full-width punctuation 1 em wide, everything else half an em. */
    static final IntToDoubleFunction EM = cp -> cp >= 0x2E80 ? 1.0 : 0.5;

    static List<String> lines(String text, double width) {
        return LineBreaker.breakText(text, (float) width, (float) width, EM);
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // 10 characters a line: the 11th character is a comma, so 车 goes down with it
        List<String> l = lines("一二三四五六七八九十，一二三", 10);
        assertEquals(List.of("一二三四五六七八九", "十，一二三"), l);
        for (String close : List.of("，", "。", "、", "；", "：", "？", "！", "”", "）", "》", "」", "』")) {
            List<String> r = lines("一二三四五六七八九十" + close + "甲乙", 10);
            assertFalse(LineBreaker.NO_START.contains(r.get(1).substring(0, 1)), close + " starts " + r);
            assertEquals("一二三四五六七八九十" + close + "甲乙", String.join("", r));
        }
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        for (String open : List.of("“", "（", "《", "「", "『")) {
            List<String> r = lines("一二三四五六七八九" + open + "甲乙", 10);
            assertEquals(List.of("一二三四五六七八九", open + "甲乙"), r, open);
        }
    }

    @Test
    void quotedWordMovesAsAUnitAtTheLineEnd() {
        // “一国两制”在 — the closing quote may not start a line, the opening may not end one
        List<String> r = lines("一二三四五六七“一国两制”在澳门", 10);
        for (String line : r) {
            assertFalse(LineBreaker.NO_START.contains(line.substring(0, 1)), r.toString());
            assertFalse(LineBreaker.NO_END.contains(line.substring(line.length() - 1)), r.toString());
        }
    }

    @Test
    void dashesAndEllipsesStayWhole() {
        // room for one half-em dash after 十, but the pair moves on together
        List<String> r = lines("一二三四五六七八九十——十一", 10.5);
        assertEquals(List.of("一二三四五六七八九十", "——十一"), r);
        r = lines("一二三四五六七八九十……十一", 10.5);
        assertEquals(List.of("一二三四五六七八九十", "……十一"), r);
    }

    @Test
    void latinWordsAndNumbersAreNotSplit() {
        // 8 em wide: "2019年" must not split 2019; COVID-19 moves whole to the next line
        List<String> r = lines("一二三四五六2019年", 7.5);
        assertEquals(List.of("一二三四五六", "2019年"), r);
        r = lines("一二三四五COVID-19病毒", 8);
        assertEquals(List.of("一二三四五", "COVID-19病毒"), r);
        r = lines("增长3.5%以上", 3.5);
        assertEquals(List.of("增长", "3.5%以", "上"), r);
    }

    @Test
    void spacesBreakLatinTextAndHangAtLineEnds() {
        List<String> r = lines("the quick brown fox jumps", 5.5); // 11 half-em characters a line
        assertEquals(List.of("the quick", "brown fox", "jumps"), r);
    }

    @Test
    void aTokenWiderThanTheLineIsCutOnlyThen() {
        String url = "https://example.org/a/very/long/path";
        List<String> r = lines("见" + url + "。", 10); // 20 half-em characters a line
        assertEquals("见", r.get(0));
        assertEquals(url + "。", String.join("", r.subList(1, r.size())));
        for (String line : r) assertTrue(width(line) <= 10.0001, line);
        assertFalse(r.get(r.size() - 1).startsWith("。"));
    }

    @Test
    void firstLineIndentIsHonoured() {
        int[] cps = "一二三四五六七八九十甲乙丙丁".codePoints().toArray();
        var l = LineBreaker.lines(cps, i -> 1f, 8, 10);
        assertEquals(8, l.get(0).end() - l.get(0).start());
        assertEquals(6, l.get(1).end() - l.get(1).start());
    }

    static double width(String s) {
        return s.codePoints().mapToDouble(EM).sum();
    }

    // ---- properties over random mixed text

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghXYZ0123456789").ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> close = Arbitraries.of("，", "。", "、", "；", "：", "？", "！", "”", "）", "》");
        Arbitrary<String> open = Arbitraries.of("“", "（", "《");
        Arbitrary<String> piece = Arbitraries.oneOf(han, han, han, word.map(w -> " " + w + " "), close.map(c -> "字" + c),
                open.map(o -> o + "字"), Arbitraries.just("——"));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void linesKeepEveryCharacterFitAndFollowTheRules(@ForAll("mixedText") String text,
                                                     @ForAll @IntRange(min = 12, max = 30) int width) {
        List<String> r = lines(text, width);
        assertEquals(text.replace(" ", ""), String.join("", r).replace(" ", ""), "no character lost or added");
        for (int i = 0; i < r.size(); i++) {
            String line = r.get(i);
            assertFalse(line.isEmpty());
            assertFalse(line.startsWith(" ") || line.endsWith(" "), "spaces hang: [" + line + "]");
            assertTrue(width(line) <= width + 1e-6, "fits: " + line);
            if (i > 0) assertFalse(LineBreaker.NO_START.contains(line.substring(0, 1)), "starts with closing: " + r);
            if (i < r.size() - 1) {
                assertFalse(LineBreaker.NO_END.contains(line.substring(line.length() - 1)), "ends with opening: " + r);
                // a Latin word is never split: the break falls at a space or next to a non-Latin character
                int a = line.codePointBefore(line.length()), b = r.get(i + 1).codePointAt(0);
                boolean splitWord = Character.isLetterOrDigit(a) && a < 0x2E80 && Character.isLetterOrDigit(b) && b < 0x2E80
                        && !text.contains(line.substring(line.lastIndexOf(' ') + 1) + " ");
                assertFalse(splitWord && width(firstWord(r.get(i + 1))) < width, "word split: " + r);
            }
        }
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) < 0x2E80 && s.charAt(end) != ' ') end++;
        return s.substring(0, end);
    }
}
