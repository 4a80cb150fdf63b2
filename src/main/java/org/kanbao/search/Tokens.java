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
    /** Word tokens start with this, so no word equals a bigram of the same chars and no char prefix query matches one. */
    static final String WORD = "w";
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
     * The text of one index column: the char grams, then a gap, then the words. Words go after the grams, not among
     * them, so that gram positions stay adjacent for phrase matching; they share the column (rather than having
     * their own) because FTS5 spends two bytes per term and document on any column but the first.
     */
    static String column(String folded) {
        String grams = grams(folded);
        String words = words(folded);
        return words.isEmpty() ? grams : grams + GAP + " " + words;
    }

    /**
     * One token per char position: the bigram of the char and the next one (8 hex digits), or the char alone (4)
     * when it is the last of a run; gaps for white-space runs (none at the ends). A term of n ≥ 2 chars is then
     * the phrase of its n-1 bigrams, whose doclists are far shorter than those of single chars (a 2-char term is
     * one token: counting it is a doclist walk without position merging), and a single char c is the prefix
     * query c*: every occurrence of c starts the token at its position. Input must be folded.
     */
    static String grams(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() * 9);
        boolean pendingGap = false;
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (Fold.isGap(c)) {
                pendingGap = sb.length() > 0;
                continue;
            }
            if (pendingGap) sb.append(GAP).append(' ');
            pendingGap = false;
            hex(sb, c);
            if (i + 1 < n && !Fold.isGap(folded.charAt(i + 1))) hex(sb, folded.charAt(i + 1));
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * The FTS5 phrase matching exactly the texts that contain this folded term (white space inside the term
     * matching any white-space run), or null when the term has no chars. Mirrors {@link #grams}: inside a run,
     * bigrams; a run followed by a gap ends with the char alone (as the text's run does); a last run of one char
     * is a prefix, since in the text that char may be followed by more.
     */
    static String phrase(String folded) {
        List<String> runs = new java.util.ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && Fold.isGap(folded.charAt(i))) i++;
            int s = i;
            while (i < n && !Fold.isGap(folded.charAt(i))) i++;
            if (i > s) runs.add(folded.substring(s, i));
        }
        if (runs.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("\"");
        boolean prefix = false;
        for (int k = 0; k < runs.size(); k++) {
            String r = runs.get(k);
            boolean last = k == runs.size() - 1;
            for (int j = 0; j + 1 < r.length(); j++) {
                hex(sb, r.charAt(j));
                hex(sb, r.charAt(j + 1));
                sb.append(' ');
            }
            if (!last) {
                hex(sb, r.charAt(r.length() - 1));
                sb.append(' ').append(GAP).append(' ');
            } else if (r.length() == 1) {
                hex(sb, r.charAt(0));
                prefix = true;
            }
        }
        String body = sb.toString().strip();
        return body + "\"" + (prefix ? " *" : "");
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
                if (w.length() >= 2 && w.length() <= 32) sb.append(WORD).append(hex(w)).append(' ');
            }
        }
        return sb.toString();
    }

    /** The word token for a query term when the term is one indexed word, else null. Input must be folded. */
    static String word(String folded) {
        if (folded.length() < 2 || folded.length() > 32) return null;
        for (int i = 0; i < folded.length(); i++) if (Fold.isGap(folded.charAt(i))) return null;
        List<String> words = Segmenter.words(folded);
        return words.size() == 1 ? WORD + hex(folded) : null;
    }
}
