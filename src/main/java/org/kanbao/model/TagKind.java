package org.kanbao.model;

import java.util.Locale;

/** What a tag names. AUTHOR is for bylines and is never mixed with PERSON. */
public enum TagKind {
    PERSON, PLACE, ORGANISATION, TOPIC, AUTHOR, MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code; accepts "org" and "organization" too. Returns null when unknown. */
    public static TagKind fromCode(String code) {
        if (code == null) return null;
        String c = code.trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "person" -> PERSON;
            case "place" -> PLACE;
            case "org", "organisation", "organization" -> ORGANISATION;
            case "topic" -> TOPIC;
            case "author" -> AUTHOR;
            case "manual", "tag" -> MANUAL;
            default -> null;
        };
    }
}
