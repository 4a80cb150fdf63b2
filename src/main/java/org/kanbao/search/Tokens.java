package org.kanbao.search;

import java.util.List;

/**
 * Turns folded text into the token strings FTS5 indexes. Each UTF-16 char is spelled by a prefix-free code that the
 * {@code ascii} tokenizer keeps whole whatever the chars are (it splits only at ASCII chars other than letters and
 * digits, and leaves every non-ASCII byte in the token): the char itself when it is a lowercase ASCII letter or
 * digit, or any char from U+00A0 on that is not a surrogate (a CJK char: 3 UTF-8 bytes, where 4 hex digits took 4);
 * else (ASCII punctuation and capitals, C0/C1 controls, lone or paired surrogates) {@value #ESC_NAME} followed by one
 * CJK char that numbers it. No code is the start of another (U+0080 is never spelled as itself, UTF-8 is prefix-free),
 * so the tokens starting with a char's code are exactly those starting with that char, and a token splits back into
 * its chars one way only. A run of white space becomes the gap token {@link #GAP}, which no chars spell, so no term
 * matches across it, exactly as {@code String.contains} would not.
 */
final class Tokens {
    /** The gap token: U+0082, a C1 control, is a gap itself (never spelled as a char) and no code starts with it. */
    static final String GAP = "\u0082";
    /** Title-char tokens (in search_terms) start with U+0083, which no code starts with. */
    static final char TITLE = '\u0083';
    /** Starts the code of a char that is not spelled as itself. */
    static final char ESC = '\u0080';
    private static final String ESC_NAME = "U+0080";

    private Tokens() {
    }

    /** Whether the char is its own code. */
    static boolean plain(char c) {
        return c >= 0xA0 ? !Character.isSurrogate(c) : c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The CJK char that follows {@link #ESC} in the code of a char that is not {@link #plain}. */
    private static char escaped(char c) {
        return (char) (0x4E00 + (c < 0xA0 ? c : 0xA0 + c - 0xD800));
    }

    static void spell(StringBuilder sb, char c) {
        if (plain(c)) sb.append(c);
        else sb.append(ESC).append(escaped(c));
    }

    static String spell(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) spell(sb, s.charAt(i));
        return sb.toString();
    }

    /** Token of a char in {@code search_terms}: in the title, lead or body. */
    static String charToken(char c) {
        StringBuilder sb = new StringBuilder(2);
        spell(sb, c);
        return sb.toString();
    }

    /** Token of a char in {@code search_terms}: in the title. */
    static String titleCharToken(char c) {
        StringBuilder sb = new StringBuilder(3).append(TITLE);
        spell(sb, c);
        return sb.toString();
    }

    /** Per-thread buffers of {@link #terms}, so that an article allocates little besides its output. */
    private static final class Scratch {
        final long[] seen = new long[1 << 10];
        final long[] seenTitle = new long[1 << 10];
        int[] slots = new int[1 << 12];
        char[] out = new char[1 << 14];
        int len;

        void reserve(int more) {
            if (len + more > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + more));
        }

        void spell(char c) {
            if (plain(c)) {
                out[len++] = c;
            } else {
                out[len++] = ESC;
                out[len++] = escaped(c);
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The {@code search_terms} text of an article: each distinct non-gap char of title and body once (its code),
     * each distinct char of the title once more ({@link #TITLE} + code), each distinct dictionary word of 2-32 chars
     * (the codes of its chars: never a char token, having two chars or more). Input must be folded.
     */
    static String terms(String foldedBody, String foldedTitle) {
        Scratch s = SCRATCH.get();
        s.len = 0;
        // title and body in one array, a gap between them: words never span a gap
        int nt = foldedTitle.length();
        int n = nt + 1 + foldedBody.length();
        char[] text = new char[n];
        foldedTitle.getChars(0, nt, text, 0);
        text[nt] = '\n';
        foldedBody.getChars(0, foldedBody.length(), text, nt + 1);
        long[] seen = s.seen;
        long[] seenTitle = s.seenTitle;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if ((seen[c >> 6] & 1L << c) != 0 || Fold.isGap(c)) continue;
            seen[c >> 6] |= 1L << c;
            s.reserve(3);
            s.spell(c);
            s.out[s.len++] = ' ';
        }
        for (int i = 0; i < nt; i++) {
            char c = text[i];
            if ((seenTitle[c >> 6] & 1L << c) != 0 || Fold.isGap(c)) continue;
            seenTitle[c >> 6] |= 1L << c;
            s.reserve(4);
            s.out[s.len++] = TITLE;
            s.spell(c);
            s.out[s.len++] = ' ';
        }
        for (int i = 0; i < n; i++) seen[text[i] >> 6] = 0;
        for (int i = 0; i < nt; i++) seenTitle[text[i] >> 6] = 0;
        words(text, s);
        return new String(s.out, 0, s.len);
    }

    /**
     * Appends each distinct dictionary word of 2-32 chars of the text's runs (once, whatever its count) as a word
     * token. A set of words is an open-addressing table of their first offsets + 1.
     */
    private static void words(char[] text, Scratch s) {
        int n = text.length;
        int cap = Integer.highestOneBit(Math.max(16, n)) << 1;
        if (s.slots.length < cap) s.slots = new int[cap];
        int[] slots = s.slots;
        int mask = cap - 1;
        java.util.Arrays.fill(slots, 0, cap, 0);
        int[] lens = new int[n];
        boolean[] start = new boolean[n + 1];
        int i = 0;
        while (i < n) {
            while (i < n && Fold.isGap(text[i])) i++;
            int from = i;
            while (i < n && !Fold.isGap(text[i])) i++;
            if (from == i) break;
            int len = i - from;
            char[] run = java.util.Arrays.copyOfRange(text, from, i);
            java.util.Arrays.fill(start, 0, len + 1, false);
            Segmenter.starts(run, start);
            int b = 0;
            for (int e = 1; e <= len; e++) {
                if (!start[e]) continue;
                int wl = e - b;
                if (wl >= 2 && wl <= 32) {
                    int off = from + b;
                    int h = 0;
                    for (int k = 0; k < wl; k++) h = 31 * h + text[off + k];
                    h ^= h >>> 16;
                    int slot = h & mask;
                    boolean dup = false;
                    while (slots[slot] != 0) {
                        int o = slots[slot] - 1;
                        if (lens[o] == wl && java.util.Arrays.equals(text, o, o + wl, text, off, off + wl)) {
                            dup = true;
                            break;
                        }
                        slot = slot + 1 & mask;
                    }
                    if (!dup) {
                        slots[slot] = off + 1;
                        lens[off] = wl;
                        s.reserve(1 + 2 * wl);
                        for (int k = 0; k < wl; k++) s.spell(text[off + k]);
                        s.out[s.len++] = ' ';
                    }
                }
                b = e;
            }
        }
    }

    /**
     * One token per char position: the bigram of the char and the next one (their two codes), or the char alone
     * when it is the last of a run; gaps for white-space runs (none at the ends). A term of n ≥ 2 chars is then
     * the phrase of its n-1 bigrams, whose doclists are far shorter than those of single chars (a 2-char term is
     * one token: counting it is a doclist walk without position merging), and a single char c is the prefix
     * query c*: every occurrence of c starts the token at its position. Input must be folded.
     */
    static String grams(String folded) {
        int n = folded.length();
        char[] in = new char[n];
        folded.getChars(0, n, in, 0);
        Scratch s = SCRATCH.get();
        s.len = 0;
        s.reserve(n * 5 + 3);
        char[] o = s.out;
        int len = 0;
        boolean pendingGap = false;
        boolean next = n > 0 && !Fold.isGap(in[0]);
        for (int i = 0; i < n; i++) {
            boolean cur = next;
            next = i + 1 < n && !Fold.isGap(in[i + 1]);
            if (!cur) {
                pendingGap = len > 0;
                continue;
            }
            if (pendingGap) {
                o[len++] = GAP.charAt(0);
                o[len++] = ' ';
                pendingGap = false;
            }
            s.len = len;
            s.spell(in[i]);
            if (next) s.spell(in[i + 1]);
            len = s.len;
            o[len++] = ' ';
        }
        return new String(o, 0, len);
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
                spell(sb, r.charAt(j));
                spell(sb, r.charAt(j + 1));
                sb.append(' ');
            }
            if (!last) {
                spell(sb, r.charAt(r.length() - 1));
                sb.append(' ').append(GAP).append(' ');
            } else if (r.length() == 1) {
                spell(sb, r.charAt(0));
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
        return words.size() == 1 ? spell(folded) : null;
    }
}
