package org.kanbao.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.ArticleKind;
import org.kanbao.search.SearchQuery.And;
import org.kanbao.search.SearchQuery.Filter;
import org.kanbao.search.SearchQuery.Key;
import org.kanbao.search.SearchQuery.Node;
import org.kanbao.search.SearchQuery.Not;
import org.kanbao.search.SearchQuery.Or;
import org.kanbao.search.SearchQuery.Term;

/**
 * Hand-written parser of the query language: space = AND, {@code OR}, {@code -x} / {@code NOT x},
 * {@code "phrase"}, parentheses, {@code key:value} filters. Nothing the user types is an error: an operator
 * with nothing to work on, an unknown key or a bad value is read as literal text, unbalanced quotes and
 * parentheses are closed at the end, stray closing parentheses are ignored.
 */
final class QueryParser {
    private enum Type { WORD, LPAREN, RPAREN, OR, NOT }

    /** A lexed token; for WORD, {@code text} is the term or filter value, {@code key} the filter key or null. */
    private record Tok(Type type, String text, boolean quoted, boolean negated, Key key) {
        String literal() {
            return text;
        }
    }

    private final List<Tok> toks;
    private int pos;

    private QueryParser(List<Tok> toks) {
        this.toks = toks;
    }

    static Node parse(String s) {
        QueryParser p = new QueryParser(lex(s));
        List<Node> top = new ArrayList<>();
        while (p.pos < p.toks.size()) {
            Node n = p.parseOr();
            if (n != null) top.add(n);
            if (p.pos < p.toks.size() && p.toks.get(p.pos).type == Type.RPAREN) p.pos++; // stray ')'
        }
        return and(top);
    }

    // ---- lexer

    private static boolean isGap(char c) {
        return Fold.isGap(c);
    }

    static List<Tok> lex(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isGap(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Tok(Type.LPAREN, "(", false, false, null));
                i++;
            } else if (c == ')') {
                out.add(new Tok(Type.RPAREN, ")", false, false, null));
                i++;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) end = n;
                out.add(new Tok(Type.WORD, s.substring(i + 1, end), true, false, null));
                i = Math.min(n, end + 1);
            } else {
                int start = i;
                while (i < n && !isGap(s.charAt(i)) && s.charAt(i) != '(' && s.charAt(i) != ')' && s.charAt(i) != '"') i++;
                String w = s.substring(start, i);
                // key:"quoted value" and -"quoted phrase"
                if (i < n && s.charAt(i) == '"' && (w.endsWith(":") && keyOf(w) != null || w.equals("-") || w.startsWith("-") && w.endsWith(":") && keyOf(w.substring(1)) != null)) {
                    int end = s.indexOf('"', i + 1);
                    if (end < 0) end = n;
                    String value = s.substring(i + 1, end);
                    i = Math.min(n, end + 1);
                    boolean neg = w.startsWith("-");
                    String k = neg ? w.substring(1) : w;
                    out.add(k.isEmpty() ? new Tok(Type.WORD, value, true, true, null)
                            : word(value, true, neg, keyOf(k), w + "\"" + value + "\""));
                    continue;
                }
                if (w.equals("-") && i < n && s.charAt(i) == '(') {
                    out.add(new Tok(Type.NOT, w, false, false, null));
                } else if (w.equals("OR") || w.equals("|")) {
                    out.add(new Tok(Type.OR, w, false, false, null));
                } else if (w.equals("NOT")) {
                    out.add(new Tok(Type.NOT, w, false, false, null));
                } else if (w.equals("AND") || w.equals("&")) {
                    // implicit anyway
                } else {
                    boolean neg = w.length() > 1 && w.charAt(0) == '-';
                    String body = neg ? w.substring(1) : w;
                    int colon = body.indexOf(':');
                    Key key = colon > 0 ? Key.of(body.substring(0, colon)) : null;
                    if (key != null && colon < body.length() - 1) {
                        out.add(word(body.substring(colon + 1), false, neg, key, w));
                    } else {
                        out.add(new Tok(Type.WORD, body, false, neg, null));
                    }
                }
            }
        }
        return out;
    }

    private static Key keyOf(String w) {
        return w.endsWith(":") ? Key.of(w.substring(0, w.length() - 1)) : null;
    }

    /** A filter token, or the literal text when the value does not suit the key. */
    private static Tok word(String value, boolean quoted, boolean negated, Key key, String literal) {
        String v = key == Key.TITLE ? value : value.strip();
        if (key != Key.TITLE && normalise(key, v) == null) {
            String lit = negated ? literal.substring(1) : literal;
            return new Tok(Type.WORD, lit, quoted, negated, null);
        }
        return new Tok(Type.WORD, key == Key.TITLE ? v : normalise(key, v), quoted, negated, key);
    }

    /** The canonical filter value, or null when it is not valid for the key. */
    static String normalise(Key key, String v) {
        if (v.isEmpty()) return null;
        return switch (key) {
            case PAGE -> pageRange(v);
            case KIND -> {
                for (ArticleKind k : ArticleKind.values()) if (k.code().equalsIgnoreCase(v)) yield k.code();
                yield null;
            }
            case DATE -> dateRange(v);
            default -> v;
        };
    }

    private static String pageRange(String v) {
        String[] parts = v.split("\\.\\.|-", -1);
        if (parts.length > 2) return null;
        try {
            int lo = parts[0].isEmpty() ? 0 : Integer.parseInt(parts[0]);
            int hi = parts.length == 1 ? lo : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
            if (lo < 0 || hi < lo) return null;
            return lo + ".." + hi;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 2019, 2019-10, 2019-10-01, and ranges of those with "..", either end open: "lo..hi" as ISO days. */
    static String dateRange(String v) {
        int dots = v.indexOf("..");
        String a = dots < 0 ? v : v.substring(0, dots);
        String b = dots < 0 ? v : v.substring(dots + 2);
        LocalDate lo = a.isEmpty() && dots >= 0 ? LocalDate.of(1, 1, 1) : day(a, false);
        LocalDate hi = b.isEmpty() && dots >= 0 ? LocalDate.of(9999, 12, 31) : day(b, true);
        if (lo == null || hi == null || hi.isBefore(lo)) return null;
        return lo + ".." + hi;
    }

    private static LocalDate day(String s, boolean end) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{1,2}")) {
                String[] p = s.split("-");
                YearMonth ym = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = s.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    // ---- parser

    private Tok peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private boolean atEnd() {
        Tok t = peek();
        return t == null || t.type == Type.RPAREN;
    }

    private Node parseOr() {
        List<Node> alts = new ArrayList<>();
        List<Node> first = parseAnd();
        alts.add(and(first));
        while (peek() != null && peek().type == Type.OR) {
            pos++;
            List<Node> next = parseAnd();
            if (next.isEmpty()) {
                // "x OR" with nothing after: the OR is a word
                alts.set(alts.size() - 1, and(concat(alts.get(alts.size() - 1), new Term("OR", false))));
            } else {
                alts.add(and(next));
            }
        }
        alts.removeIf(java.util.Objects::isNull);
        if (alts.isEmpty()) return null;
        return alts.size() == 1 ? alts.get(0) : new Or(alts);
    }

    private static List<Node> concat(Node a, Node b) {
        List<Node> l = new ArrayList<>();
        if (a instanceof And and) l.addAll(and.children());
        else if (a != null) l.add(a);
        l.add(b);
        return l;
    }

    private List<Node> parseAnd() {
        List<Node> items = new ArrayList<>();
        while (!atEnd()) {
            Tok t = peek();
            if (t.type == Type.OR) {
                if (!items.isEmpty()) break;
                pos++;
                items.add(new Term(t.text, false)); // a leading OR is a word
                continue;
            }
            Node n = parseUnary();
            if (n != null) items.add(n);
        }
        return items;
    }

    private Node parseUnary() {
        Tok t = peek();
        if (t.type == Type.NOT) {
            pos++;
            Tok next = peek();
            if (next == null || next.type == Type.RPAREN || next.type == Type.OR) return new Term(t.text, false);
            Node inner = parseUnary();
            return inner == null ? null : not(inner);
        }
        return parsePrimary();
    }

    private Node parsePrimary() {
        Tok t = peek();
        pos++;
        if (t.type == Type.LPAREN) {
            Node inner = parseOr();
            if (peek() != null && peek().type == Type.RPAREN) pos++;
            return inner;
        }
        Node n;
        if (t.key == null) {
            if (t.text.chars().allMatch(c -> isGap((char) c))) return null;
            n = new Term(t.text, false);
        } else if (t.key == Key.TITLE) {
            if (t.text.chars().allMatch(c -> isGap((char) c))) return null;
            n = new Term(t.text, true);
        } else {
            n = new Filter(t.key, t.text);
        }
        return t.negated ? not(n) : n;
    }

    private static Node not(Node n) {
        return n instanceof Not inner ? inner.child() : new Not(n);
    }

    private static Node and(List<Node> items) {
        List<Node> flat = new ArrayList<>();
        for (Node n : items) {
            if (n instanceof And a) flat.addAll(a.children());
            else if (n != null) flat.add(n);
        }
        if (flat.isEmpty()) return null;
        return flat.size() == 1 ? flat.get(0) : new And(flat);
    }
}
