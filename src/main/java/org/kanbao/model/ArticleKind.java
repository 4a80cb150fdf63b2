package org.kanbao.model;

import java.util.Locale;

/** What sort of item an article is; {@link #code()} is the fixture schema's spelling. */
public enum ArticleKind {
    NEWS, PHOTO, COMMENTARY, BRIEF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a schema code; unknown or empty codes count as news. */
    public static ArticleKind fromCode(String code) {
        if (code == null) return NEWS;
        for (ArticleKind k : values()) if (k.code().equalsIgnoreCase(code.trim())) return k;
        return NEWS;
    }
}
