package org.kanbao.search;

/**
 * Where a hit is in an article, as char offsets {@code [start, end)} into the original (unfolded) text of one part:
 * {@link Part#TITLE}: into {@code Article.title()}; {@link Part#LEAD}: into {@code Article.lead()};
 * {@link Part#BODY}: into {@code Article.body().get(block).text()}. {@code block} is 0 for TITLE and LEAD.
 */
public record HitPosition(Part part, int block, int start, int end) {
    public enum Part { TITLE, LEAD, BODY }
}
