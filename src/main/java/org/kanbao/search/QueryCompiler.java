package org.kanbao.search;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.TagKind;
import org.kanbao.search.SearchQuery.And;
import org.kanbao.search.SearchQuery.Filter;
import org.kanbao.search.SearchQuery.Node;
import org.kanbao.search.SearchQuery.Not;
import org.kanbao.search.SearchQuery.Or;
import org.kanbao.search.SearchQuery.Term;

/**
 * Compiles a parsed query into an FTS5 MATCH expression (built only from quoted tokens, see {@link Tokens}, so nothing the user
 * typed reaches FTS5's syntax) plus SQL predicates over {@code article a}, {@code page p}, {@code edition e} for
 * filters and for what FTS5 cannot say alone (a query of only exclusions, OR across a filter).
 */
final class QueryCompiler {
    /**
     * @param match      FTS5 expression that drives the search and gives the rank; null when the query has none
     * @param where      SQL predicates ("" for none), with {@code ?} for {@code params} in order
     * @param highlights the terms to mark in results (those not excluded)
     */
    record Compiled(String match, String where, List<Object> params, List<Term> highlights) {
    }

    private final List<Object> params = new ArrayList<>();
    private final List<Term> highlights = new ArrayList<>();

    private QueryCompiler() {
    }

    static Compiled compile(SearchQuery q) {
        QueryCompiler qc = new QueryCompiler();
        if (q.root() == null) return new Compiled(null, "", List.of(), List.of());
        qc.collectHighlights(q.root(), false);
        List<Node> top = q.root() instanceof And a ? a.children() : List.of(q.root());
        List<String> pos = new ArrayList<>();
        List<String> neg = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        for (Node n : top) {
            String f = n instanceof Not ? null : qc.fts(n);
            if (f != null) {
                pos.add(f);
            } else if (n instanceof Not not && qc.fts(not.child()) != null) {
                neg.add(qc.fts(not.child()));
            } else {
                rest.add(n);
            }
        }
        String match = null;
        List<String> preds = new ArrayList<>();
        if (!pos.isEmpty()) {
            match = String.join(" AND ", pos);
            if (!neg.isEmpty()) match = "(" + match + ") NOT (" + String.join(" OR ", neg) + ")";
        } else {
            // FTS5 cannot start from "everything": exclusions alone become NOT IN over the whole library
            for (String n : neg) {
                preds.add("a.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
                qc.params.add(n);
            }
        }
        for (Node n : rest) preds.add(qc.sql(n));
        return new Compiled(match, String.join(" AND ", preds), List.copyOf(qc.params), List.copyOf(qc.highlights));
    }

    private void collectHighlights(Node n, boolean negated) {
        if (n instanceof Term t) {
            if (!negated) highlights.add(t);
        } else if (n instanceof And a) {
            a.children().forEach(c -> collectHighlights(c, negated));
        } else if (n instanceof Or o) {
            o.children().forEach(c -> collectHighlights(c, negated));
        } else if (n instanceof Not not) {
            collectHighlights(not.child(), !negated);
        }
    }

    /** The FTS5 expression for a node, or null when FTS5 cannot express it on its own. */
    String fts(Node n) {
        if (n instanceof Term t) return term(t);
        if (n instanceof Or o) {
            List<String> parts = new ArrayList<>();
            for (Node c : o.children()) {
                String f = c instanceof Not ? null : fts(c);
                if (f == null) return null;
                parts.add(f);
            }
            return "(" + String.join(" OR ", parts) + ")";
        }
        if (n instanceof And a) {
            List<String> pos = new ArrayList<>();
            List<String> neg = new ArrayList<>();
            for (Node c : a.children()) {
                String f = fts(c instanceof Not not ? not.child() : c);
                if (f == null) return null;
                (c instanceof Not ? neg : pos).add(f);
            }
            if (pos.isEmpty()) return null;
            String s = "(" + String.join(" AND ", pos) + ")";
            return neg.isEmpty() ? s : "(" + s + " NOT (" + String.join(" OR ", neg) + "))";
        }
        return null;
    }

    /**
     * A term matches where its chars occur in a row (the phrase of its char grams, see {@link Tokens#grams}). The
     * dictionary-word rank (real word 海宁 rather than an accidental run 上[海宁]波) comes from {@code search_terms},
     * see {@link SearchService}.
     */
    static String term(Term t) {
        String folded = Fold.fold(t.text());
        String chars = Tokens.phrase(folded);
        if (chars == null) return "\"" + Tokens.GAP + Tokens.GAP + "\""; // matches nothing
        return t.titleOnly() ? "title : " + chars : chars;
    }

    /** The word tokens (search_terms) of the highlighted terms that are one dictionary word each, distinct. */
    static List<String> words(List<Term> terms) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            String w = Tokens.word(Fold.fold(t.text()));
            if (w != null && !out.contains(w)) out.add(w);
        }
        return out;
    }

    /** SQL for any node; terms become index look-ups. */
    private String sql(Node n) {
        if (n instanceof Term t) {
            params.add(term(t));
            return "a.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)";
        }
        if (n instanceof And a) return "(" + String.join(" AND ", a.children().stream().map(this::sql).toList()) + ")";
        if (n instanceof Or o) return "(" + String.join(" OR ", o.children().stream().map(this::sql).toList()) + ")";
        if (n instanceof Not not) return "NOT " + sql(not.child());
        return filter((Filter) n);
    }

    private String filter(Filter f) {
        String v = f.value();
        return switch (f.key()) {
            case TAG -> tag(v, null);
            case PERSON -> tag(v, TagKind.PERSON);
            case PLACE -> tag(v, TagKind.PLACE);
            case ORG -> tag(v, TagKind.ORGANISATION);
            case AUTHOR -> tag(v, TagKind.AUTHOR);
            case TOPIC -> tag(v, TagKind.TOPIC);
            case PAPER -> {
                params.add(v);
                yield "instr(e.paper, ?) > 0";
            }
            case KIND -> {
                params.add(v);
                yield "a.kind = ?";
            }
            case PAGE, DATE -> {
                String[] r = v.split("\\.\\.", 2);
                if (f.key() == SearchQuery.Key.PAGE) {
                    params.add(Long.parseLong(r[0]));
                    params.add(Long.parseLong(r[1]));
                    yield "p.number BETWEEN ? AND ?";
                }
                params.add(r[0]);
                params.add(r[1]);
                yield "e.date BETWEEN ? AND ?";
            }
            case TITLE -> throw new IllegalStateException("title: is a term");
        };
    }

    private String tag(String name, TagKind kind) {
        params.add(name);
        String sql = "EXISTS (SELECT 1 FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id "
                + "AND at.removed = 0 AND t.name = ?";
        if (kind != null) {
            params.add(kind.code());
            sql += " AND t.kind = ?";
        }
        return sql + ")";
    }
}
