package org.kanbao.tags;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/** One segmented word with its part of speech (HanLP's tag set: nr person, ns place, nt organisation ...). */
record Tok(String word, String pos) {
    static List<Tok> of(List<Term> terms) {
        List<Tok> out = new ArrayList<>(terms.size());
        for (Term t : terms) out.add(new Tok(t.word, t.nature == null ? "x" : t.nature.toString()));
        return out;
    }

    boolean isPunct() {
        return pos.startsWith("w") || word.isBlank();
    }

    boolean isPerson() {
        return pos.startsWith("nr") && !pos.equals("nrf");
    }

    boolean isPlace() {
        return pos.startsWith("ns");
    }

    /** Words that look like proper names or rare words, as opposed to everyday vocabulary. */
    boolean isProperish() {
        if (pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt") || pos.equals("nz") || pos.equals("nx")
                || pos.equals("j") || pos.equals("x") || pos.startsWith("g")) return true;
        return word.length() >= 2 && (pos.startsWith("n") || pos.startsWith("a") || pos.equals("b"))
                && Lexicon.generalFrequency(word) < 20;
    }

    boolean isNominal() {
        return (pos.startsWith("n") && !pos.startsWith("nr") && !pos.startsWith("ns") && !pos.equals("nnt")
                && !pos.equals("nnd") && !pos.equals("nis") && !pos.equals("nx") && !pos.startsWith("nt"))
                || pos.equals("vn") || pos.equals("gi") || pos.equals("gm") || pos.equals("gp") || pos.equals("gb")
                || pos.equals("gc") || pos.equals("gg");
    }
}
