package org.kanbao.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topic keywords by TF-IDF over nouns of two or more characters, with two additions that news needs:
 * compounds of adjacent nouns that recur in the article (软件信息服务业, 离子聚合物) and short quoted
 * phrases that recur (“跨省帮办”, “口袋公园”). Document frequencies come from the library; words that
 * are frequent in general Chinese (企业, 发展, 工作) are damped by HanLP's corpus frequency, so the
 * ranking is sensible even in a library of one page.
 */
final class TopicExtractor {
    static final int MAX_TOPICS = 5;
    private static final Pattern QUOTED = Pattern.compile("[“「\"]([\\p{IsHan}A-Za-z0-9·]{2,8})[”」\"]");

    enum Type { WORD, COMPOUND, QUOTED }

    /** A candidate keyword of one article. */
    record Candidate(String term, int tf, int bodyTf, boolean inTitle, Type type, int generalFrequency) {
    }

    /** Every candidate of the article (also those seen once: they count towards document frequency). */
    Map<String, Candidate> candidates(List<Tok> title, List<Tok> body, String titleText, String bodyText) {
        Map<String, int[]> tf = new HashMap<>();
        Map<String, int[]> bodyTf = new HashMap<>();
        Map<String, Type> type = new HashMap<>();
        Map<String, Integer> freq = new HashMap<>();
        for (List<Tok> toks : List.of(title, body)) {
            Map<String, int[]> counter = toks == body ? bodyTf : tf;
            int i = 0;
            while (i < toks.size()) {
                if (!toks.get(i).isNominal()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < toks.size() && toks.get(j).isNominal()) j++;
                for (int a = i; a < j; a++) {
                    Tok t = toks.get(a);
                    // a single word must be a noun (问候, 汇报 are actions) and not a plural of people (朋友们)
                    if (t.word().length() >= 2 && Lexicon.allHan(t.word()) && t.pos().startsWith("n") && !t.word().endsWith("们")) {
                        count(counter, t.word());
                        type.putIfAbsent(t.word(), Type.WORD);
                        freq.computeIfAbsent(t.word(), Lexicon::generalFrequency);
                    }
                    if (t.word().length() < 2) continue; // 镇+便民: compounds are built of whole words
                    StringBuilder sb = new StringBuilder(t.word());
                    int maxGeneral = Lexicon.generalFrequency(t.word());
                    if (maxGeneral > 500) continue; // 发展势头: a compound never opens with an everyday word
                    for (int b = a + 1; b < j && b < a + 3; b++) {
                        if (toks.get(b).word().length() < 2) break;
                        sb.append(toks.get(b).word());
                        if (sb.length() > 8 || !Lexicon.allHan(sb.toString())) break;
                        String s = sb.toString();
                        Tok last = toks.get(b);
                        // 高质量发展, 一体化发展: an everyday verb-noun at the end adds nothing to the term
                        if (last.pos().startsWith("v") && Lexicon.generalFrequency(last.word()) > 500) break;
                        count(counter, s);
                        type.putIfAbsent(s, Type.COMPOUND);
                        // a compound is as generic as its least generic end (数字经济: 数字)
                        freq.putIfAbsent(s, Math.min(maxGeneral, Lexicon.generalFrequency(toks.get(b).word())));
                    }
                }
                i = j;
            }
        }
        String all = titleText + "\n" + bodyText;
        Matcher m = QUOTED.matcher(all);
        while (m.find()) {
            String q = m.group(1);
            if (type.get(q) == Type.WORD && !tf.containsKey(q)) continue;
            // a phrase quoted only in the headline is a catchword (“小身板”变“大块头”), not a topic
            if (occurrences(bodyText, q) < 2) continue;
            type.put(q, Type.QUOTED);
            tf.put(q, new int[]{occurrences(titleText, q)});
            bodyTf.put(q, new int[]{occurrences(bodyText, q)});
            freq.put(q, Lexicon.generalFrequency(q));
        }
        bodyTf.forEach((term, n) -> tf.computeIfAbsent(term, k -> new int[1])[0] += n[0]);
        Map<String, Candidate> out = new HashMap<>();
        tf.forEach((term, n) -> {
            // the writer's quotes delimit a quoted phrase, so it may end in 了 (“波波知了”)
            if (type.get(term) == Type.QUOTED ? !TagNames.acceptable(term, true) : !TagNames.acceptable(term)) return;
            int inBody = bodyTf.containsKey(term) ? bodyTf.get(term)[0] : 0;
            out.put(term, new Candidate(term, n[0], inBody, titleText.contains(term), type.get(term), freq.get(term)));
        });
        return out;
    }

    /**
     * The article's topics, best first.
     *
     * @param df     documents (articles of the library) containing each term; 0 when unknown
     * @param docs   articles in the library
     * @param exclude names already tagged as persons, places, organisations or authors
     */
    List<String> topics(Map<String, Candidate> cands, java.util.function.ToIntFunction<String> df, long docs, Set<String> exclude) {
        List<Candidate> pool = new ArrayList<>();
        for (Candidate c : cands.values()) {
            if (c.bodyTf() < 1 || c.bodyTf() + (c.inTitle() ? 2 : 0) < 2) continue; // a headline word alone is no topic
            if (c.type() == Type.COMPOUND && c.tf() < 2) continue;
            if (c.type() == Type.WORD && c.generalFrequency() > 500) continue; // 企业, 发展: never topics
            if (covered(c.term(), exclude)) continue;
            pool.add(c);
        }
        // Prefer the longer term when it carries most of the shorter one's mentions (软件信息服务业 over 软件).
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : pool) {
            boolean shadowed = false;
            for (Candidate o : pool) {
                if (o != c && o.term().length() > c.term().length() && o.term().contains(c.term())
                        && o.tf() * 5 >= c.tf() * 4) {
                    shadowed = true;
                    break;
                }
            }
            if (!shadowed) kept.add(c);
        }
        Map<String, Double> score = new HashMap<>();
        for (Candidate c : kept) score.put(c.term(), score(c, df.applyAsInt(c.term()), docs));
        kept.sort((x, y) -> Double.compare(score.get(y.term()), score.get(x.term())));
        List<String> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (out.size() == MAX_TOPICS) break;
            if (score.get(c.term()) < 1.5) break;
            boolean overlaps = out.stream().anyMatch(t -> t.contains(c.term()) || c.term().contains(t));
            if (!overlaps) out.add(c.term());
        }
        return out;
    }

    static double score(Candidate c, int df, long docs) {
        double tf = c.bodyTf() + (c.inTitle() ? 2 : 0);
        double idf = Math.log((docs + 1.0) / (Math.max(df, 1) + 0.5)) + 1;
        double generic = 1.0 / (1 + c.generalFrequency() / 150.0);
        double bonus = switch (c.type()) {
            case QUOTED -> 1.5;
            case COMPOUND -> 1.2;
            case WORD -> 1.0;
        };
        return Math.sqrt(tf) * idf * generic * bonus;
    }

    private static boolean covered(String term, Collection<String> names) {
        for (String n : names) if (n.equals(term) || n.contains(term) && term.length() >= 2 && n.length() <= term.length() + 2) return true;
        return false;
    }

    private static void count(Map<String, int[]> tf, String s) {
        tf.computeIfAbsent(s, k -> new int[1])[0]++;
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) n++;
        return n;
    }
}
