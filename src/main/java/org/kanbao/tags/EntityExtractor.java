package org.kanbao.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kanbao.model.TagKind;

/**
 * Persons, places and organisations in one article's segmented text. HanLP's recognisers propose
 * names; general rules of news writing confirm, complete or reject them:
 * <ul>
 * <li>a person needs a surname and a cue (a title before, 说/表示 after, or a second mention), and is
 * never a byline name nor the head of a place (林埭镇);</li>
 * <li>a place or organisation is a run of words ending with a place or organisation suffix whose head
 * is a proper or rare word (新埭镇, 嘉兴极知智能科技有限公司), never a fragment starting with 为/一名.</li>
 * </ul>
 */
final class EntityExtractor {
    private static final int MAX_ORG_CHARS = 20;
    /** Last characters of the suffixes: most words end otherwise and are dismissed at once. */
    private static final Set<Character> PLACE_ENDS = lastChars(Lexicon.PLACE_SUFFIXES);
    private static final Set<Character> ORG_ENDS = lastChars(Lexicon.ORG_SUFFIXES);

    private static Set<Character> lastChars(String[] suffixes) {
        Set<Character> s = new HashSet<>();
        for (String x : suffixes) s.add(x.charAt(x.length() - 1));
        for (String x : Lexicon.PLACE_LIKE_ORG_SUFFIXES) s.add(x.charAt(x.length() - 1));
        return Set.copyOf(s);
    }

    private final Gazetteer gazetteer;

    EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param authors byline names of the article: they are author tags and never persons */
    List<Found> extract(List<Tok> toks, Set<String> authors) {
        Map<String, TagKind> kinds = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> personCandidates = new ArrayList<>();
        Set<String> cuedPersons = new HashSet<>();
        Map<String, Integer> personMentions = new HashMap<>();

        String[] places = new String[toks.size() + 1];
        Set<String> placeNames = new HashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            Gazetteer.Entry g = gazetteer.lookup(toks.get(i).word());
            places[i] = g != null ? (g.kind() == TagKind.PLACE ? g.target() : null) : placeAt(toks, i);
            if (places[i] != null) placeNames.add(places[i]);
        }
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            Gazetteer.Entry g = gazetteer.lookup(t.word());
            if (g != null) {
                add(kinds, counts, g.target(), g.kind());
                continue;
            }
            String place = places[i];
            // 松枫港 + 公园: only the longer name counts
            boolean extended = place != null && places[i + 1] != null && places[i + 1].startsWith(place);
            if (place != null && !extended) add(kinds, counts, place, TagKind.PLACE);
            String org = place != null ? null : orgAt(toks, i, placeNames);
            if (org != null) {
                boolean placeLike = Lexicon.PLACE_LIKE_ORG_SUFFIXES.stream().anyMatch(org::endsWith);
                add(kinds, counts, org, placeLike ? TagKind.PLACE : TagKind.ORGANISATION);
            }
            String person = personAt(toks, i);
            if (person != null) {
                personCandidates.add(person);
                personMentions.merge(person, 1, Integer::sum);
                if (cued(toks, i)) cuedPersons.add(person);
            }
        }
        for (String p : personCandidates) {
            if (authors.contains(p) || kinds.containsKey(p)) continue;
            if (!cuedPersons.contains(p) && personMentions.get(p) < 2) continue;
            if (partOfName(p, kinds.keySet())) continue;
            add(kinds, counts, p, TagKind.PERSON);
        }
        normalisePlaces(kinds, counts);
        List<Found> out = new ArrayList<>();
        kinds.forEach((name, kind) -> out.add(new Found(name, kind, counts.get(name))));
        return out;
    }

    private static void add(Map<String, TagKind> kinds, Map<String, Integer> counts, String name, TagKind kind) {
        if (!TagNames.acceptable(name, kind == TagKind.PERSON)) return;
        kinds.putIfAbsent(name, kind);
        counts.merge(name, 1, Integer::sum);
    }

    // ---- places ----

    /** A place ending at token i, or null. */
    private String placeAt(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String suffix = placeSuffix(t.word());
        boolean bareSuffix = suffix != null && suffix.equals(t.word());
        // 卫镇/ns: HanLP cut a one-character stem off a place it does not know
        boolean shortPlace = t.isPlace() && suffix != null && t.word().length() - suffix.length() <= 1
                && com.hankcs.hanlp.dictionary.CoreDictionary.get(t.word()) == null;
        if (bareSuffix || shortPlace) {
            // 新/埭/镇, 林埭/镇, 金山/卫镇, 上海/塘/公园: join the stem words before the suffix
            StringBuilder stem = new StringBuilder(bareSuffix ? "" : t.word().substring(0, t.word().length() - suffix.length()));
            int words = 0;
            for (int j = i - 1; j >= 0 && words < 3; j--, words++) {
                Tok p = toks.get(j);
                if (!stemWord(p) || stem.length() + p.word().length() > 5) break;
                stem.insert(0, p.word());
            }
            String s = strip(stem.toString());
            if (s.length() >= 2 && !Lexicon.BOILERPLATE.contains(s)) return s + suffix;
            return null;
        }
        if (t.isPlace()) {
            String w = strip(t.word());
            if (w.length() < 2 || w.endsWith("人") || "一两".indexOf(w.charAt(0)) >= 0) return null;
            // a place HanLP's role tagging made up (多向澳门, 祝全国, 下单) needs a place ending to be believed
            if (suffix == null && !dictionaryPlace(w)) return null;
            return w;
        }
        return null;
    }

    private static boolean dictionaryPlace(String w) {
        var a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (a == null) return false;
        for (var n : a.nature) if (n.toString().startsWith("ns")) return true;
        return false;
    }

    private static boolean stemWord(Tok p) {
        // a stem never holds a whole place (广陈镇|山塘村) nor a bare suffix (市|镇|村)
        String suffix = placeSuffix(p.word());
        if (suffix != null && (p.isPlace() || "省市县区镇乡村".contains(suffix) && p.word().length() <= 2)) return false;
        if (p.isPunct() || p.pos().startsWith("m") || p.pos().startsWith("q") || p.pos().startsWith("r")
                || p.pos().startsWith("p") || p.pos().startsWith("c") || p.pos().startsWith("u")
                || p.pos().startsWith("t") || p.pos().startsWith("f")) return false;
        if (p.word().length() == 1) return Lexicon.isHan(p.word().charAt(0)) && !Lexicon.FUNCTION_CHARS.contains(p.word().charAt(0));
        return Lexicon.allHan(p.word()) && (p.isProperish() || p.isPerson() || p.isPlace());
    }

    private static String placeSuffix(String w) {
        if (w.isEmpty() || !PLACE_ENDS.contains(w.charAt(w.length() - 1))) return null;
        for (String s : Lexicon.PLACE_SUFFIXES) if (w.endsWith(s)) return s;
        return null;
    }

    // ---- organisations ----

    /** An organisation (or a park, a square) whose name ends at token i, or null. */
    private String orgAt(List<Tok> toks, int i, Set<String> placeNames) {
        Tok t = toks.get(i);
        String suffix = orgSuffix(t);
        if (suffix == null) {
            for (String s : Lexicon.PLACE_LIKE_ORG_SUFFIXES) if (t.word().endsWith(s)) suffix = s;
        }
        if (suffix == null) return null;
        // Gather the words before the suffix, then drop leading everyday words until a proper one.
        List<Tok> run = new ArrayList<>();
        run.add(t);
        int len = t.word().length();
        for (int j = i - 1; j >= 0 && run.size() < 7; j--) {
            Tok p = toks.get(j);
            // stop at a neighbouring organisation's own ending (…市委办公室|平湖市人民政府办公室)
            if (!orgWord(p) || len + p.word().length() > MAX_ORG_CHARS || orgSuffix(p) != null) break;
            run.add(0, p);
            len += p.word().length();
        }
        int start = 0;
        while (start < run.size() - 1 && !run.get(start).isProperish() && !run.get(start).isPerson()
                && !run.get(start).isPlace() && !startsWithPlace(run, start, placeNames)) start++;
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < run.size(); k++) sb.append(run.get(k).word());
        String name = strip(sb.toString());
        int joint = name.lastIndexOf('暨'); // 信息港B区暨大数据创新应用中心: two names joined
        if (joint >= 0) name = name.substring(joint + 1);
        if (name.matches(".*第[一二三四五六七八九十百0-9]+.*")) return null; // 韩国第二大企业集团: a description
        if (name.matches(".*[向的在对把被给让].*|.*[0-9][多个所家].*")) return null; // 中国人民向六国政府, 4000多所学校
        if ("两贵本该我各其此这那全每".indexOf(name.charAt(0)) >= 0) return null; // 两国政府, 贵国政府
        if (start == run.size() - 1) {
            // only the suffix word is left: accept it when HanLP saw a whole name in it (浙江禾曙软件有限公司)
            if (!t.pos().startsWith("nt") || !headIsProper(name.substring(0, name.length() - suffix.length()))) return null;
        }
        if (name.length() < suffix.length() + 2 || Lexicon.BOILERPLATE.contains(name)) return null;
        return name;
    }

    /** The organisation ending of a word, or null; a common word that merely ends alike (格局, 布局) has none. */
    private static String orgSuffix(Tok t) {
        String w = t.word();
        if (w.isEmpty() || !ORG_ENDS.contains(w.charAt(w.length() - 1))) return null;
        for (String s : Lexicon.ORG_SUFFIXES) {
            if (!w.endsWith(s)) continue;
            if (!w.equals(s) && !t.pos().startsWith("nt") && !t.pos().equals("nis")
                    && com.hankcs.hanlp.dictionary.CoreDictionary.get(w) != null) return null;
            return s;
        }
        for (String s : Lexicon.PLACE_LIKE_ORG_SUFFIXES) if (w.endsWith(s)) return s;
        return null;
    }

    private static boolean startsWithPlace(List<Tok> run, int start, Set<String> placeNames) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < run.size() && sb.length() < 8; k++) {
            sb.append(run.get(k).word());
            if (placeNames.contains(sb.toString())) return true;
        }
        return false;
    }

    private static boolean orgWord(Tok p) {
        if (p.isPunct() || p.pos().startsWith("m") || p.pos().startsWith("q") || p.pos().startsWith("r")
                || p.pos().startsWith("p") || p.pos().startsWith("c") || p.pos().startsWith("u")
                || p.pos().startsWith("t") || p.pos().startsWith("y") || p.pos().startsWith("e")) return false;
        String w = p.word();
        // a verb ends the name, one of one char too (发票复印件去|保险公司: 去 is no part of a company's name)
        if (p.pos().startsWith("v") && !p.pos().equals("vn") && !p.pos().equals("vd")) return false;
        if (w.length() == 1) return !Lexicon.FUNCTION_CHARS.contains(w.charAt(0)) && !Lexicon.NUMERAL_CHARS.contains(w.charAt(0));
        if (p.pos().startsWith("d") || p.pos().startsWith("f") || p.pos().equals("nnt")) return false;
        return !Lexicon.BOILERPLATE.contains(w) || w.equals("公司") || w.equals("银行") || w.equals("集团");
    }

    /** Whether a name begins with a place or another proper word (浙江…, SK…). */
    private static boolean headIsProper(String head) {
        if (head.length() < 2) return false;
        char c = head.charAt(0);
        if (c < 0x80 && Character.isLetter(c)) return true;
        for (int n = Math.min(3, head.length()); n >= 2; n--) {
            var a = com.hankcs.hanlp.dictionary.CoreDictionary.get(head.substring(0, n));
            if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("ns")) return true;
        }
        return false;
    }

    // ---- persons ----

    private String personAt(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        // HanLP's own dictionary files some well-known names as nz (栗战书/nz 出席): believed with a cue only
        boolean nzName = t.pos().equals("nz") && t.word().length() == 3 && cued(toks, i);
        if (!t.isPerson() && !nzName) return null;
        String w = t.word();
        // 代表/过/明英/说: HanLP took the surname for a particle; a title before puts it back
        if (w.length() == 2 && i >= 2 && toks.get(i - 1).word().length() == 1
                && Lexicon.SURNAMES.contains(toks.get(i - 1).word().charAt(0)) && titleAt(toks.get(i - 2))) {
            w = toks.get(i - 1).word() + w;
        }
        // 顾晓/岚/介绍: HanLP left the given name's rare last char as a word of its own; a verb or a stop after it
        // shows the name ends there
        if (w.length() == 2 && i + 2 < toks.size()) {
            Tok rest = toks.get(i + 1);
            Tok after = toks.get(i + 2);
            if (rest.word().length() == 1 && Lexicon.allHan(rest.word()) && (rest.pos().equals("nz") || rest.pos().equals("ng"))
                    && (after.pos().startsWith("v") || after.isPunct() || Lexicon.AFTER_NAME.contains(after.word()))) {
                w += rest.word();
            }
        }
        if (!Lexicon.allHan(w) || w.length() < 2 || w.length() > 4) return null;
        if (w.length() == 4 && !Lexicon.COMPOUND_SURNAMES.contains(w.substring(0, 2))) return null;
        if (!Lexicon.SURNAMES.contains(w.charAt(0)) && !Lexicon.COMPOUND_SURNAMES.contains(w.substring(0, 2))) return null;
        if (Lexicon.endsWithFunction(w) || Lexicon.BOILERPLATE.contains(w)) return null;
        // 高新区, 吉方 (the Kyrgyz side): an administrative or "side" ending is no given name
        if ("省市县区镇乡村方".indexOf(w.charAt(w.length() - 1)) >= 0) return null;
        // 那时候: an everyday word of the dictionary that HanLP merely guessed to be a name
        var dict = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (dict != null && java.util.Arrays.stream(dict.nature).noneMatch(n -> n.toString().startsWith("nr"))) return null;
        // 林埭/镇, 福臻/公园, 顾家/廊下幼儿园: the head of a place is not a person
        if (i + 1 < toks.size()) {
            String next = toks.get(i + 1).word();
            if (placeSuffix(next) != null && next.length() <= 2 || orgSuffix(toks.get(i + 1)) != null
                    || toks.get(i + 1).pos().startsWith("nt")
                    || toks.get(i + 1).pos().equals("nis")) return null;
        }
        return w;
    }

    private static boolean cued(List<Tok> toks, int i) {
        if (i > 0 && titleAt(toks.get(i - 1))) return true;
        if (i > 1 && toks.get(i - 1).word().length() == 1 && titleAt(toks.get(i - 2))) return true;
        return i + 1 < toks.size() && Lexicon.AFTER_NAME.contains(toks.get(i + 1).word());
    }

    private static boolean titleAt(Tok t) {
        return t.pos().equals("nnt") || t.pos().equals("nnd") || (t.word().length() >= 2 && Lexicon.hasTitleEnding(t.word()));
    }

    private static boolean partOfName(String person, Set<String> names) {
        for (String n : names) if (n.length() > person.length() && n.contains(person)) return true;
        return false;
    }

    // ---- normalising ----

    /** 平湖市 → 平湖 (the city is known by its bare name); 新埭 → 新埭镇 when the article names the town. */
    private static void normalisePlaces(Map<String, TagKind> kinds, Map<String, Integer> counts) {
        Map<String, String> rename = new HashMap<>();
        for (String n : kinds.keySet()) {
            if (kinds.get(n) != TagKind.PLACE) continue;
            String bare = TagNames.dropAdminSuffix(n);
            if (!bare.equals(n)) rename.put(n, bare);
        }
        for (String n : kinds.keySet()) {
            if (kinds.get(n) != TagKind.PLACE || rename.containsKey(n)) continue;
            for (String s : new String[]{"镇", "乡", "村", "区", "街道"}) {
                if (kinds.get(n + s) == TagKind.PLACE) {
                    rename.put(n, n + s);
                    break;
                }
            }
        }
        rename.forEach((from, to) -> {
            int c = counts.remove(from);
            kinds.remove(from);
            kinds.putIfAbsent(to, TagKind.PLACE);
            counts.merge(to, c, Integer::sum);
        });
    }

    /** Cuts function characters off the start (于福臻路 → 福臻路). */
    private static String strip(String s) {
        int b = 0;
        while (b < s.length() - 2 && Lexicon.LEADING_FUNCTION.contains(s.charAt(b))) b++;
        return s.substring(b);
    }
}
