package org.kanbao.ingest.common;

/** A headline block split into 引题 (kicker), 主题 (headline) and 副题 (subtitle); empty strings when absent. */
public record HeadlineParts(String kicker, String headline, String subtitle) {
    public HeadlineParts {
        kicker = kicker == null ? "" : kicker;
        headline = headline == null ? "" : headline;
        subtitle = subtitle == null ? "" : subtitle;
    }

    public boolean isEmpty() {
        return kicker.isEmpty() && headline.isEmpty() && subtitle.isEmpty();
    }
}
