package org.kanbao.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Zone;

/**
 * Pages laid out as drawing operations in points from the page's top-left corner, before anything
 * is drawn: the table of contents needs the articles' page numbers, so the report is laid out first
 * and drawn once the numbers are known.
 */
final class Layout {
    sealed interface Op permits Text, Rule, Image, Link {
    }

    /** A set line whose line box starts at {@code top}. */
    record Text(float x, float top, Typesetter.Line line, float lineHeight) implements Op {
        float baseline() {
            float size = line.size();
            return top + (lineHeight - size) / 2 + size * 0.88f;
        }
    }

    record Rule(float x1, float y, float x2, float width, float gray, boolean dotted) implements Op {
    }

    /** The article's zone of a kept PDF page, drawn into the box. */
    record Image(float x, float y, float w, float h, Clip clip) implements Op {
    }

    /** A clickable area that jumps to an article. */
    record Link(float x, float y, float w, float h, int article) implements Op {
    }

    record Clip(Path pdf, int pageIndex, Zone zone, long articleId) {
    }

    /** Where an article starts: page index in the whole report and y. */
    record Anchor(int page, float y) {
    }

    static final class Page {
        final List<Op> ops = new ArrayList<>();
        final boolean footer;

        Page(boolean footer) {
            this.footer = footer;
        }
    }

    /** Page size and the text column. */
    record Geometry(float width, float height, float left, float top, float column, float bottom) {
        static Geometry of(ExportOptions.Paper paper, float bodySize) {
            // a column of whole body characters, so lines of Chinese text end flush without stretching
            int chars = (int) Math.floor((paper.width - 2 * 62) / bodySize);
            float column = chars * bodySize;
            float left = (paper.width - column) / 2;
            return new Geometry(paper.width, paper.height, left, 66, column, paper.height - 70);
        }

        float right() {
            return left + column;
        }

        float usable() {
            return bottom - top;
        }
    }

    /** Fills pages from top to bottom. */
    static final class Builder {
        final Geometry g;
        final int pageOffset;
        final List<Page> pages = new ArrayList<>();
        float y;
        private boolean footer;

        Builder(Geometry g, int pageOffset, boolean footer) {
            this.g = g;
            this.pageOffset = pageOffset;
            this.footer = footer;
            newPage();
        }

        void footers(boolean on) {
            footer = on;
        }

        void newPage() {
            pages.add(new Page(footer));
            y = g.top();
        }

        Page page() {
            return pages.get(pages.size() - 1);
        }

        boolean atTop() {
            return y <= g.top() + 0.01f;
        }

        float remaining() {
            return g.bottom() - y;
        }

        /** Starts a new page unless {@code h} fits below the cursor (or the page is still empty). */
        void ensure(float h) {
            if (h > remaining() + 0.01f && !atTop()) newPage();
        }

        void space(float h) {
            if (!atTop()) y += h;
        }

        Anchor anchor() {
            return new Anchor(pageOffset + pages.size() - 1, y);
        }

        void add(Op op) {
            page().ops.add(op);
        }

        /** Adds lines one by one, moving to a new page when one does not fit. */
        void lines(List<Typesetter.Line> lines, float x, float lineHeight) {
            for (Typesetter.Line l : lines) {
                ensure(lineHeight);
                add(new Text(x, y, l, lineHeight));
                y += lineHeight;
            }
        }
    }
}
