package org.kanbao.ingest.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dateline leads that open a news body: {@code 本报讯}, {@code 本报北京1月18日电}, {@code 新华社北京1月18日电},
 * {@code 据新华社法国尼斯10月8日电}, {@code 本报记者…报道}.
 */
public final class Leads {
    private static final String DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日";
    private static final Pattern LEAD = Pattern.compile("^\\s*(本报讯"
            + "|(?:据)?(?:本报|新华社|中新社|人民日报)[\\p{IsHan}·]{0,12}?\\s*" + DAY + "\\s*电"
            + "|(?:据)?(?:新华社|中新社)[\\p{IsHan}]{2,6}电(?=\\s))"
            + "(?=[\\s（(“\"\\p{IsHan}\\d]|$)");

    private Leads() {
    }

    /** A lead at the start of a paragraph and the text after it. */
    public record Lead(String lead, String rest) {
    }

    /** The lead that opens this text, or null. Spaces inside the lead are removed. */
    public static Lead split(String text) {
        if (text == null || text.isEmpty()) return null;
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= text.length() || "本新据中人".indexOf(text.charAt(k)) < 0) return null; // cheap test before the regex
        Matcher m = LEAD.matcher(text.length() > 200 ? text.substring(0, 200) + "\n" + text.substring(200) : text);
        if (!m.find()) return null;
        String lead = TextCleanup.removeSpaces(m.group(1));
        return new Lead(lead, text.substring(m.end(1)).strip());
    }

    /** Whether this line opens with a dateline lead. */
    public static boolean startsWithLead(String line) {
        return split(line) != null;
    }
}
