package org.kanbao.export;

/**
 * What the clipping report looks like.
 *
 * @param paper paper size
 * @param cover whether to start with a cover page and table of contents
 * @param clips whether to add, after the text, the article's zone cropped from its original PDF page
 * @param order article order
 * @param title report title (cover, document metadata); blank for the default
 */
public record ExportOptions(Paper paper, boolean cover, boolean clips, Order order, String title) {
    public static final String DEFAULT_TITLE = "剪报";

    public enum Paper {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    /** SELECTION keeps the order given; DATE sorts by date, paper, page and position on the page. */
    public enum Order { SELECTION, DATE }

    public ExportOptions {
        paper = paper == null ? Paper.A4 : paper;
        order = order == null ? Order.SELECTION : order;
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    }

    /** A4, cover and contents, no clips, in the order given, default title. */
    public static ExportOptions defaults() {
        return new ExportOptions(Paper.A4, true, false, Order.SELECTION, null);
    }

    public ExportOptions withPaper(Paper p) {
        return new ExportOptions(p, cover, clips, order, title);
    }

    public ExportOptions withCover(boolean c) {
        return new ExportOptions(paper, c, clips, order, title);
    }

    public ExportOptions withClips(boolean c) {
        return new ExportOptions(paper, cover, c, order, title);
    }

    public ExportOptions withOrder(Order o) {
        return new ExportOptions(paper, cover, clips, o, title);
    }

    public ExportOptions withTitle(String t) {
        return new ExportOptions(paper, cover, clips, order, t);
    }
}
