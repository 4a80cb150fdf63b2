package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.StoredArticle;

/**
 * The token code ({@link Tokens}) on text made of the chars it treats specially: ASCII punctuation and capitals,
 * escapes, surrogates (paired and lone), the old hex alphabet and gap spelling, next to CJK. Every substring of
 * every part, and pairs of them, must find exactly the articles containing it.
 */
class TokenSpellingTest {
    static Kanbao k;
    static List<StoredArticle> all;
    static final String[] TEXTS = {
            "C++ 与 c# 的 a+b=c，zz 不是空白", "𠀀𠀁字 与 \uD840 单独的高位 \uDC01 低位", "0000 4e2d 中文 abcdef 丫丫",
            "x,y.z;w:v!u?t\"s's(r)q[p]o{n}m<l>k/j\\i|h-g_f~e`d@c$b%a^&*", "ＡＢＣ１２３ 全角 abc123 半角",
            "中文中文中 文中", "the Quick BROWN fox", "丫c丫c c丫", "𠀀𠀀𠀁 \uD840\uD840", "e4b8ad e4 b8 ad 中",
    };

    @BeforeAll
    static void load() throws Exception {
        k = TestLibrary.open();
        List<Article> arts = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            arts.add(TestLibrary.article(i % 3 == 0 ? TEXTS[(i + 1) % TEXTS.length] : "标题" + i, TEXTS[i]));
        }
        TestLibrary.add(k, "测试报", LocalDate.of(2020, 1, 1), 1, arts.toArray(new Article[0]));
        all = TestLibrary.all(k);
    }

    @AfterAll
    static void close() {
        k.close();
    }

    static Set<Long> oracle(String... terms) {
        Set<Long> ids = new TreeSet<>();
        for (StoredArticle s : all) {
            List<String> parts = SearchOracleTest.parts(s.article());
            boolean every = true;
            for (String t : terms) {
                String f = Fold.fold(t);
                every &= parts.stream().anyMatch(p -> p.contains(f));
            }
            if (every) ids.add(s.id());
        }
        return ids;
    }

    static Set<Long> search(String... terms) throws Exception {
        SearchQuery.Node root = terms.length == 1 ? new SearchQuery.Term(terms[0], false) : null;
        if (root == null) {
            List<SearchQuery.Node> and = new ArrayList<>();
            for (String t : terms) and.add(new SearchQuery.Term(t, false));
            root = new SearchQuery.And(and);
        }
        return new TreeSet<>(k.search().ids(new SearchQuery(String.join(" ", terms), root), Sort.RANK));
    }

    static List<String> substrings() {
        Set<String> out = new HashSet<>();
        for (String t : TEXTS) {
            for (int len = 1; len <= 4; len++) {
                for (int s = 0; s + len <= t.length(); s++) {
                    String q = t.substring(s, s + len);
                    if (q.chars().noneMatch(c -> Fold.isGap((char) c))) out.add(q);
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(out));
    }

    @Test
    void everySubstringFindsExactlyTheArticlesContainingIt() throws Exception {
        for (String q : substrings()) assertEquals(oracle(q), search(q), "query " + q);
        for (String q : new String[] {"zz", "4e2d", "e4b8", "0000", "丫丫", "c丫", "\uD840", "\uDC01", "𠀀"}) {
            assertEquals(oracle(q), search(q), "query " + q);
        }
    }

    @Test
    void oneCharNextToAnotherTermIsAPrefixOfItsTokensOnly() throws Exception {
        List<String> qs = substrings();
        List<String> ones = qs.stream().filter(q -> q.length() == 1).toList();
        List<String> twos = qs.stream().filter(q -> q.length() == 2).limit(40).toList();
        for (String one : ones) {
            for (String two : twos) assertEquals(oracle(one, two), search(one, two), one + " + " + two);
        }
    }

    @Test
    void codesAreDistinctAndTheGapIsNoChar() {
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < 65536; c++) {
            if (Fold.isGap((char) c)) continue;
            String code = Tokens.charToken((char) c);
            assertTrue(codes.add(code), "code of " + c);
            assertNotEquals(Tokens.GAP, code);
            // prefix-free: one char that is not ESC, or ESC and one char
            assertTrue(code.length() == 1 ? code.charAt(0) != Tokens.ESC : code.length() == 2 && code.charAt(0) == Tokens.ESC, "form of " + c);
            assertTrue(code.chars().noneMatch(x -> x < 128 && !(x >= 'a' && x <= 'z' || x >= '0' && x <= '9')), "ascii " + c);
            assertTrue(code.chars().noneMatch(x -> Character.isSurrogate((char) x)), "surrogate in code of " + c);
        }
        assertTrue(Fold.isGap(Tokens.GAP.charAt(0)) && Fold.isGap(Tokens.ESC) && Fold.isGap(Tokens.TITLE));
    }
}
