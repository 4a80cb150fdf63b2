package org.kanbao.ingest.common;

/**
 * In-body subheads (小标题): a short line, set between two paragraphs, that does not end a sentence.
 */
public final class Subheads {
    private Subheads() {
    }

    /**
     * Whether {@code line} is a subhead given the line before it (null at a block start) and the body's
     * column width in em (0 when unknown).
     */
    public static boolean isSubhead(String line, String previous, double columnWidth) {
        if (line == null) return false;
        String t = line.strip();
        if (t.length() < 4 || t.length() > 40) return false;
        if (previous != null && !previous.isBlank() && !TextCleanup.endsSentence(previous) && !previous.strip().endsWith("：")) return false;
        char last = t.charAt(t.length() - 1);
        if ("。！？，、；：…”".indexOf(last) >= 0 && !t.endsWith("——")) return false;
        if (t.startsWith("“") || t.startsWith("（") || Bylines.hasMarker(t) || Leads.startsWithLead(t)) return false;
        if (JumpLines.parse(t) != null || PageHeader.classify(t) != null) return false;
        // a line as wide as the column is running text, not a subhead
        return columnWidth <= 0 || TextCleanup.width(t) < columnWidth - 0.5 || t.endsWith("——");
    }
}
