package org.kanbao.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One found article. {@code score} is higher for better matches (0 when sorted by date or for filter-only
 * queries); {@code snippet} is a short passage around the best hit; {@code positions} are all hits in the article.
 */
public record SearchHit(long articleId, String headline, String paper, LocalDate date, int page, double score,
                        List<Run> snippet, List<HitPosition> positions) {
    /** The snippet as plain text. */
    public String snippetText() {
        StringBuilder sb = new StringBuilder();
        for (Run r : snippet) sb.append(r.text());
        return sb.toString();
    }

    /** The highlighted ranges of {@link #snippetText()}, as [start, end) pairs. */
    public List<int[]> snippetMarks() {
        List<int[]> out = new java.util.ArrayList<>();
        int at = 0;
        for (Run r : snippet) {
            if (r.highlighted()) out.add(new int[] {at, at + r.text().length()});
            at += r.text().length();
        }
        return out;
    }
}
