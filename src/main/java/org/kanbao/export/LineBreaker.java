package org.kanbao.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks a paragraph into lines by the Chinese rules (GB/T 15834, W3C clreq):
 * a break may fall between any two CJK characters, but no line starts with closing punctuation
 * (，。、；：？！”）》」』 …) and none ends with opening punctuation (“（《「『 …); —— and …… stay whole.
 * A run of Latin letters, digits and their punctuation ("COVID-19", "3.5%", a URL) is one word that
 * breaks only at spaces, and is cut by characters only when it is wider than a whole line.
 * Spaces at a break hang off the end of the line and are not part of it.
 */
public final class LineBreaker {
    /** Characters no line may start with. */
    static final String NO_START = "!%),.:;?]}¢°·’”‰′″›»、。〃〆〉》」』】〕〗〙〛々〜゛゜ゝゞ・ヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
            + "！％），．：；？］｝～｡｣､･ｰ﹐﹑﹒﹔﹕﹖﹗–‐‑℃℉";
    /** Characters no line may end with. */
    static final String NO_END = "$([{£¥‘“‹«〈《「『【〔〖〘〚（［｛｟｢￡￥＄＜";
    /** Characters that are never split from a neighbour identical to them (——, ……). */
    static final String PAIRED = "—―…⋯";

    /** Width of the character at an index of the paragraph. */
    @FunctionalInterface
    public interface Measure {
        float width(int index);
    }

    /** One line: code point indices [start, end) of the paragraph, without the spaces around it. */
    public record Line(int start, int end) {
    }

    private LineBreaker() {
    }

    public static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000
                || (Character.isSpaceChar(cp) && cp != 0x00A0 && cp != 0x2007 && cp != 0x202F);
    }

    /**
     * Whether the character belongs to a Latin-like word: letters and digits of alphabetic scripts,
     * their punctuation, dashes, quotes and letter-like symbols (℃). Everything else (Han, kana,
     * CJK punctuation, full-width forms, symbols) may be broken around.
     */
    public static boolean isWordChar(int cp) {
        if (isSpace(cp)) return false;
        if (cp < 0x2000) return true;
        if (cp <= 0x206F) return true; // general punctuation: quotes, dashes, ellipsis, ‰
        return cp >= 0x2100 && cp <= 0x218F; // letter-like symbols and number forms
    }

    /** Whether a break is allowed between the characters {@code a} and {@code b}. */
    static boolean canBreakBetween(int a, int b) {
        if (isSpace(b)) return false; // spaces hang at the end of the line
        if (isSpace(a)) return true;
        if (NO_START.indexOf(b) >= 0 || NO_END.indexOf(a) >= 0) return false;
        if (a == b && PAIRED.indexOf(a) >= 0) return false;
        int type = Character.getType(b);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (b >= 0xFE00 && b <= 0xFE0F)) return false;
        return !(isWordChar(a) && isWordChar(b));
    }

    /**
     * Breaks {@code cps} into lines: the first line is {@code firstWidth} wide (it may be indented),
     * the others {@code width}. Every non-space character ends up on exactly one line, in order.
     */
    public static List<Line> lines(int[] cps, Measure measure, float firstWidth, float width) {
        List<Line> out = new ArrayList<>();
        int n = cps.length;
        int i = 0;
        while (i < n && isSpace(cps[i])) i++;
        int lineStart = -1;
        int contentEnd = -1;
        float lineWidth = 0;
        float pendingSpace = 0;
        while (i < n) {
            // next segment: [i, segEnd) content, then spaces to segNext
            int segEnd = i + 1;
            while (segEnd < n && !isSpace(cps[segEnd]) && !canBreakBetween(cps[segEnd - 1], cps[segEnd])) segEnd++;
            int segNext = segEnd;
            float spaceW = 0;
            while (segNext < n && isSpace(cps[segNext])) spaceW += measure.width(segNext++);
            float segW = 0;
            for (int k = i; k < segEnd; k++) segW += measure.width(k);
            float avail = out.isEmpty() ? firstWidth : width;
            if (lineStart >= 0 && lineWidth + pendingSpace + segW <= avail + 0.01f) {
                lineWidth += pendingSpace + segW;
                contentEnd = segEnd;
            } else {
                if (lineStart >= 0) {
                    out.add(new Line(lineStart, contentEnd));
                    avail = width;
                }
                int start = i;
                if (segW > avail + 0.01f) start = splitOverwide(cps, measure, start, segEnd, out, avail, width);
                lineStart = start;
                contentEnd = segEnd;
                lineWidth = 0;
                for (int k = start; k < segEnd; k++) lineWidth += measure.width(k);
            }
            pendingSpace = spaceW;
            i = segNext;
        }
        if (lineStart >= 0) out.add(new Line(lineStart, contentEnd));
        return out;
    }

    /** Cuts a segment wider than a line by characters; returns where its last, partial line starts. */
    private static int splitOverwide(int[] cps, Measure measure, int start, int end, List<Line> out,
                                     float avail, float width) {
        while (true) {
            float w = 0;
            int k = start;
            while (k < end && (k == start || w + measure.width(k) <= avail + 0.01f)) w += measure.width(k++);
            if (k >= end) return start;
            // keep closing punctuation off the start of the next line where there is room to move back
            int cut = k;
            while (cut > start + 1 && NO_START.indexOf(cps[cut]) >= 0) cut--;
            out.add(new Line(start, cut));
            start = cut;
            avail = width;
        }
    }

    /** Convenience for plain text: the lines as strings. */
    public static List<String> breakText(String text, float firstWidth, float width, IntToDoubleFunction widthOf) {
        int[] cps = text.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (Line l : lines(cps, idx -> (float) widthOf.applyAsDouble(cps[idx]), firstWidth, width)) {
            out.add(new String(cps, l.start(), l.end() - l.start()));
        }
        return out;
    }
}
