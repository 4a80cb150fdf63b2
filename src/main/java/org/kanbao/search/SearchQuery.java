package org.kanbao.search;

import java.util.List;

/**
 * A parsed query: a tree of terms, filters and boolean operators. {@link #parse(String)} accepts any string
 * and never throws; {@link #isEmpty()} when nothing searchable was typed.
 */
public record SearchQuery(String source, Node root) {

    /** A node of the query tree. */
    public sealed interface Node permits Term, And, Or, Not, Filter {
    }

    /** Text to find as a substring (white space inside matches any white space); {@code titleOnly} from title:. */
    public record Term(String text, boolean titleOnly) implements Node {
    }

    public record And(List<Node> children) implements Node {
    }

    public record Or(List<Node> children) implements Node {
    }

    public record Not(Node child) implements Node {
    }

    /** A filter on article metadata; {@code value} is already validated for its key. */
    public record Filter(Key key, String value) implements Node {
    }

    /** Filter keys as typed before the colon. */
    public enum Key {
        TAG("tag"), PERSON("person"), PLACE("place"), ORG("org"), AUTHOR("author"), TOPIC("topic"),
        PAPER("paper"), PAGE("page"), KIND("kind"), DATE("date"), TITLE("title");

        final String word;

        Key(String word) {
            this.word = word;
        }

        static Key of(String s) {
            for (Key k : values()) if (k.word.equalsIgnoreCase(s)) return k;
            if (s.equalsIgnoreCase("organisation") || s.equalsIgnoreCase("organization")) return ORG;
            return null;
        }
    }

    public static SearchQuery parse(String text) {
        return new SearchQuery(text == null ? "" : text, QueryParser.parse(text == null ? "" : text));
    }

    public boolean isEmpty() {
        return root == null;
    }
}
