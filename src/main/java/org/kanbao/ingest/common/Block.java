package org.kanbao.ingest.common;

import java.util.List;

/**
 * One classified piece of page text, in reading order. {@code lines} are the printed lines (for
 * headlines, one group); {@code text} is the cleaned text (lines joined for paragraphs).
 */
public record Block(BlockKind kind, String text, List<String> lines) {
    public Block {
        kind = kind == null ? BlockKind.UNKNOWN : kind;
        text = text == null ? "" : text;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static Block of(BlockKind kind, List<String> lines) {
        String text = kind == BlockKind.HEADLINE || kind == BlockKind.BYLINE
                ? String.join("\n", lines) : TextCleanup.joinLines(lines);
        return new Block(kind, text, lines);
    }

    public static Block of(BlockKind kind, String text) {
        return new Block(kind, text, List.of(text));
    }

    public Block withKind(BlockKind k) {
        return new Block(k, text, lines);
    }
}
