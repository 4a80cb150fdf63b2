package org.kanbao.search;

import java.util.List;

/**
 * Turns folded text into the token strings FTS5 indexes. Every token is spelled in lowercase hex (four digits per
 * UTF-16 char) so that the {@code ascii} tokenizer takes each one whole, whatever the characters are: punctuation,
 * Latin, digits, lone surrogates. A run of white space becomes the gap token {@value #GAP}, so no term matches
 * across it, exactly as {@code String.contains} would not.
 */
final class Tokens {
    static final String GAP = "zz";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Tokens() {
    }

    static void hex(StringBuilder sb, char c) {
        sb.append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) hex(sb, s.charAt(i));
        return sb.toString();
    }

    /**
     * The text of one index column: the chars, then a gap, then the words. Words go after the chars, not among
     * them, so that char positions stay adjacent for phrase matching; they share the column (rather than having
     * their own) because FTS5 spends two bytes per term and document on any column but the first.
     * A word token (8+ hex digits) can never equal a char token (4) or the gap.
     */
    static String column(String folded) {
        String chars = chars(folded);
        String words = words(folded);
        return words.isEmpty() ? chars : chars + GAP + " " + words;
    }

    /** One token per char, gaps for white-space runs (none at the ends). Input must be folded. */
    static String chars(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() * 5);
        boolean pendingGap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Fold.isGap(c)) {
                pendingGap = sb.length() > 0;
                continue;
            }
            if (pendingGap) sb.append(GAP).append(' ');
            pendingGap = false;
            hex(sb, c);
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * One token per word of two or more chars (single-char words add nothing to the char columns but size).
     * Positions in this column are therefore not adjacent words; queries only ever look up one word in it.
     * Input must be folded.
     */
    static String words(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() * 3);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && Fold.isGap(folded.charAt(i))) i++;
            int start = i;
            while (i < n && !Fold.isGap(folded.charAt(i))) i++;
            if (start == i) break;
            for (String w : Segmenter.words(folded.substring(start, i))) {
                if (w.length() >= 2 && w.length() <= 32) sb.append(hex(w)).append(' ');
            }
        }
        return sb.toString();
    }

    /** The word token for a query term when the term is one indexed word, else null. Input must be folded. */
    static String word(String folded) {
        if (folded.length() < 2 || folded.length() > 32) return null;
        for (int i = 0; i < folded.length(); i++) if (Fold.isGap(folded.charAt(i))) return null;
        List<String> words = Segmenter.words(folded);
        return words.size() == 1 ? hex(folded) : null;
    }
}
