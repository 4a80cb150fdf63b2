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
    /** Word tokens (in search_terms) start with this. */
    static final String WORD = "w";
    /** Title-char tokens (in search_terms) start with this. */
    static final String TITLE = "t";
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

    /** Token of a char in {@code search_terms}: in the title, lead or body. */
    static String charToken(char c) {
        StringBuilder sb = new StringBuilder(4);
        hex(sb, c);
        return sb.toString();
    }

    /** Token of a char in {@code search_terms}: in the title. */
    static String titleCharToken(char c) {
        StringBuilder sb = new StringBuilder(TITLE);
        hex(sb, c);
        return sb.toString();
    }

    /**
     * The {@code search_terms} text of an article: each distinct non-gap char of title and body once, each distinct
     * char of the title once more as {@value #TITLE}+hex, each distinct dictionary word of 2-32 chars as
     * {@value #WORD}+hex. Input must be folded.
     */
    static String terms(String foldedBody, String foldedTitle) {
        StringBuilder sb = new StringBuilder(2048);
        java.util.BitSet seen = new java.util.BitSet(1 << 16);
        java.util.BitSet seenTitle = new java.util.BitSet(1 << 16);
        for (String text : new String[] {foldedTitle, foldedBody}) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Fold.isGap(c) || seen.get(c)) continue;
                seen.set(c);
                hex(sb, c);
                sb.append(' ');
            }
        }
        for (int i = 0; i < foldedTitle.length(); i++) {
            char c = foldedTitle.charAt(i);
            if (Fold.isGap(c) || seenTitle.get(c)) continue;
            seenTitle.set(c);
            sb.append(TITLE);
            hex(sb, c);
            sb.append(' ');
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        words(foldedTitle, words);
        words(foldedBody, words);
        for (String w : words) {
            sb.append(WORD);
            for (int i = 0; i < w.length(); i++) hex(sb, w.charAt(i));
            sb.append(' ');
        }
        return sb.toString();
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

    /** Adds the dictionary words of 2-32 chars of the text's runs. Input must be folded. */
    static void words(String folded, java.util.Set<String> out) {
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && Fold.isGap(folded.charAt(i))) i++;
            int start = i;
            while (i < n && !Fold.isGap(folded.charAt(i))) i++;
            if (start == i) break;
            for (String w : Segmenter.words(folded.substring(start, i))) {
                if (w.length() >= 2 && w.length() <= 32) out.add(w);
            }
        }
    }

    /** The word token for a query term when the term is one indexed word, else null. Input must be folded. */
    static String word(String folded) {
        if (folded.length() < 2 || folded.length() > 32) return null;
        for (int i = 0; i < folded.length(); i++) if (Fold.isGap(folded.charAt(i))) return null;
        List<String> words = Segmenter.words(folded);
        return words.size() == 1 ? WORD + hex(folded) : null;
    }
}
