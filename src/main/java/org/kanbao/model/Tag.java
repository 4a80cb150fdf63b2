package org.kanbao.model;

/** A tag as stored; {@code count} is the number of articles carrying it where a query computed it, else 0. */
public record Tag(long id, String name, TagKind kind, int count) {
    public Tag(String name, TagKind kind) {
        this(0, name, kind, 0);
    }
}
