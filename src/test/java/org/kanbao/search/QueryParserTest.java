package org.kanbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.search.SearchQuery.And;
import org.kanbao.search.SearchQuery.Filter;
import org.kanbao.search.SearchQuery.Key;
import org.kanbao.search.SearchQuery.Node;
import org.kanbao.search.SearchQuery.Not;
import org.kanbao.search.SearchQuery.Or;
import org.kanbao.search.SearchQuery.Term;

class QueryParserTest {
    static Node p(String s) {
        return SearchQuery.parse(s).root();
    }

    static Term t(String s) {
        return new Term(s, false);
    }

    @Test
    void spacesAreAndOrIsOrMinusAndNotExclude() {
        assertEquals(new And(List.of(t("医保"), t("平湖"))), p("医保 平湖"));
        assertEquals(new Or(List.of(t("医保"), t("平湖"))), p("医保 OR 平湖"));
        assertEquals(new Or(List.of(new And(List.of(t("a"), t("b"))), t("c"))), p("a b OR c"));
        assertEquals(new And(List.of(new Not(t("医保")), t("平湖"))), p("-医保 平湖"));
        assertEquals(new And(List.of(t("平湖"), new Not(t("医保")))), p("平湖 NOT 医保"));
        assertEquals(new And(List.of(new Or(List.of(t("a"), t("b"))), t("c"))), p("(a OR b) c"));
        assertEquals(new And(List.of(t("x"), new Not(new Or(List.of(t("a"), t("b")))))), p("x -(a OR b)"));
        assertEquals(t("a"), p("NOT NOT a"));
        assertEquals(t("a"), p("a AND"));
    }

    @Test
    void quotesMakePhrasesAndAnythingInsideIsLiteral() {
        assertEquals(t("跨省 帮办"), p("\"跨省 帮办\""));
        assertEquals(t("a OR (b"), p("\"a OR (b\""));
        assertEquals(new Not(t("a b")), p("-\"a b\""));
        assertEquals(new And(List.of(t("x"), t("unbalanced phrase"))), p("x \"unbalanced phrase"));
    }

    @Test
    void strayOperatorsAndBracketsAreReadLiterallyOrIgnored() {
        assertEquals(t("NOT"), p("NOT"));
        assertEquals(t("OR"), p("OR"));
        assertEquals(new And(List.of(t("a"), t("OR"))), p("a OR"));
        assertEquals(t("-"), p("-"));
        assertEquals(t("C++"), p("C++"));
        assertEquals(t("a"), p("((a"));
        assertEquals(t("a"), p("a)))"));
        assertNull(p("()"));
        assertNull(p("   "));
        assertNull(p("\"\""));
        assertEquals(t("foo:bar"), p("foo:bar"));
        assertEquals(t("x:"), p("x:"));
    }

    @Test
    void filtersAreParsedAndBadValuesBecomeText() {
        assertEquals(new And(List.of(new Filter(Key.PAPER, "人民日报"), new Filter(Key.DATE, "2019-10-01..2019-10-31"))),
                p("paper:人民日报 date:2019-10"));
        assertEquals(new Filter(Key.DATE, "2019-10-01..2019-10-31"), p("date:2019-10-01..2019-10-31"));
        assertEquals(new Filter(Key.DATE, "2019-01-01..2019-12-31"), p("date:2019"));
        assertEquals(new Filter(Key.DATE, "2019-02-01..9999-12-31"), p("date:2019-02.."));
        assertEquals(t("date:2019-13"), p("date:2019-13"));
        assertEquals(t("date:abc"), p("date:abc"));
        assertEquals(new Filter(Key.PAGE, "3..3"), p("page:3"));
        assertEquals(new Filter(Key.PAGE, "2..4"), p("page:2-4"));
        assertEquals(t("page:x"), p("page:x"));
        assertEquals(new Filter(Key.KIND, "photo"), p("kind:PHOTO"));
        assertEquals(t("kind:poem"), p("kind:poem"));
        assertEquals(new Filter(Key.PERSON, "赵捷"), p("person:赵捷"));
        assertEquals(new Filter(Key.ORG, "平湖市政府"), p("org:平湖市政府"));
        assertEquals(new Filter(Key.PLACE, "新埭镇"), p("place:新埭镇"));
        assertEquals(new Filter(Key.TAG, "医保 改革"), p("tag:\"医保 改革\""));
        assertEquals(new Term("医保", true), p("title:医保"));
        assertEquals(new Term("跨省 帮办", true), p("title:\"跨省 帮办\""));
        assertEquals(new Not(new Filter(Key.PAPER, "平湖日报")), p("-paper:平湖日报"));
    }

    @Test
    void compiledMatchHoldsOnlyQuotedTokensAndOperators() {
        for (String q : List.of("C++ \"", "a\" OR \"b", "x NEAR(y z)", "col:*", "^a*", "'; DROP TABLE article; --",
                "医保 -平湖 (a OR \"b c\") title:x", "\u0000\u001f\uD800")) {
            QueryCompiler.Compiled c = QueryCompiler.compile(SearchQuery.parse(q));
            if (c.match() == null) continue;
            String rest = c.match().replaceAll("\"[0-9a-z \u0080-\uffff]*\"( \\*)?", "").replaceAll("\\b(AND|OR|NOT|title)\\b", "")
                    .replaceAll("[():\\s]", "");
            assertTrue(rest.isEmpty(), q + " → " + c.match());
        }
    }
}
