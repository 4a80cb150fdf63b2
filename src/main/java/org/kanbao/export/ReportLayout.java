package org.kanbao.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.kanbao.export.Layout.Anchor;
import org.kanbao.export.Layout.Builder;
import org.kanbao.export.Layout.Geometry;
import org.kanbao.export.Typesetter.Align;
import org.kanbao.export.Typesetter.Span;
import org.kanbao.export.Typesetter.Style;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.StoredArticle;

/** Lays out the clipping report: cover with contents, then the articles one after another. */
final class ReportLayout {
    static final float BODY = 10.5f; // 五号, the usual size of Chinese body text
    private static final float BODY_LEADING = BODY * 1.75f;

    /** The text styles of the report. */
    static final class Styles {
        final Style source, kicker, headline, subtitle, byline, body, bold, note, title, coverInfo, tocHead, tocEntry,
                tocSource, footer;

        Styles(FontChain regular, FontChain bold) {
            source = new Style(regular, 8.5f, 0.45f);
            kicker = new Style(regular, 11.5f, 0.2f);
            headline = new Style(bold, 18f, 0f);
            subtitle = new Style(regular, 12f, 0.2f);
            byline = new Style(regular, 9.5f, 0.3f);
            body = new Style(regular, BODY, 0f);
            this.bold = new Style(bold, BODY, 0f);
            note = new Style(regular, 9f, 0.45f);
            title = new Style(bold, 26f, 0f);
            coverInfo = new Style(regular, 11f, 0.3f);
            tocHead = new Style(bold, 14f, 0f);
            tocEntry = new Style(regular, BODY, 0f);
            tocSource = new Style(regular, 8f, 0.5f);
            footer = new Style(regular, 8f, 0.5f);
        }
    }

    /** One article ready to lay out, with its clip when it has one. */
    record Item(StoredArticle stored, Layout.Clip clip) {
    }

    private final Geometry g;
    private final Styles st;
    private final Typesetter ts;
    private final ExportOptions options;
    private final LocalDate today;

    ReportLayout(Geometry g, Styles st, Typesetter ts, ExportOptions options, LocalDate today) {
        this.g = g;
        this.st = st;
        this.ts = ts;
        this.options = options;
        this.today = today;
    }

    /** The whole report: pages plus where each article starts. Returns null when cancelled. */
    record Report(List<Layout.Page> pages, List<Anchor> anchors, int contentsPages) {
    }

    Report layout(List<Item> items, BooleanSupplier cancelled, IntConsumer articleDone) {
        int front = 0;
        if (options.cover()) front = cover(items, null).pages.size();
        for (int attempt = 0; attempt < 3; attempt++) {
            Builder b = new Builder(g, front, true);
            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (cancelled.getAsBoolean()) return null;
                anchors.add(article(b, items.get(i), i == 0));
                articleDone.accept(i + 1);
            }
            if (!options.cover()) return new Report(b.pages, anchors, 0);
            Builder c = cover(items, anchors);
            if (c.pages.size() == front) {
                List<Layout.Page> all = new ArrayList<>(c.pages);
                all.addAll(b.pages);
                return new Report(all, anchors, front);
            }
            front = c.pages.size(); // the real numbers changed the contents' length: lay out again
        }
        throw new IllegalStateException("table of contents did not settle");
    }

    // ---- cover and contents

    private Builder cover(List<Item> items, List<Anchor> anchors) {
        Builder b = new Builder(g, 0, false);
        b.y = g.top() + 70;
        text(b, List.of(new Span(st.title, options.title())), Align.CENTER, 1.3f);
        b.y += 14;
        text(b, List.of(new Span(st.coverInfo, dateRange(items))), Align.CENTER, 1.6f);
        text(b, List.of(new Span(st.coverInfo, "共 " + items.size() + " 篇文章 · " + papers(items))), Align.CENTER, 1.6f);
        text(b, List.of(new Span(st.coverInfo, "生成于 " + chineseDate(today) + " · Kanbao 看报")), Align.CENTER, 1.6f);
        b.y += 22;
        b.add(new Layout.Rule(g.left(), b.y, g.right(), 0.6f, 0.55f, false));
        b.y += 20;
        text(b, List.of(new Span(st.tocHead, "目录")), Align.LEFT, 1.4f);
        b.y += 6;
        b.footers(true);
        float numberColumn = 34;
        float textWidth = g.column() - numberColumn - 14;
        for (int i = 0; i < items.size(); i++) {
            StoredArticle s = items.get(i).stored();
            var lines = ts.set(List.of(new Span(st.tocEntry, tocTitle(s.article()))), textWidth, 0, Align.LEFT);
            var src = ts.set(List.of(new Span(st.tocSource, sourceLine(s))), textWidth, 0, Align.LEFT);
            float lh = BODY * 1.5f, slh = 8f * 1.6f;
            float h = lines.size() * lh + src.size() * slh;
            b.ensure(h);
            float top = b.y;
            b.lines(lines, g.left(), lh);
            // dotted leader from the end of the title's last line to the page number
            Typesetter.Line last = lines.get(lines.size() - 1);
            float end = g.left() + lastRunEnd(last) + 6;
            float leaderY = b.y - lh + (lh - BODY) / 2 + BODY * 0.85f;
            float numRight = g.right();
            String number = anchors == null ? "000" : String.valueOf(anchors.get(i).page() + 1);
            var num = ts.set(List.of(new Span(st.tocEntry, number)), numberColumn, 0, Align.RIGHT);
            if (end < numRight - numberColumn) {
                b.add(new Layout.Rule(end, leaderY, numRight - numberColumn + 4, 0.8f, 0.55f, true));
            }
            b.add(new Layout.Text(numRight - numberColumn, b.y - lh, num.get(0), lh));
            b.lines(src, g.left(), slh);
            b.add(new Layout.Link(g.left(), top, g.column(), b.y - top, i));
            b.y += 7;
        }
        return b;
    }

    private static float lastRunEnd(Typesetter.Line l) {
        return l.runs().isEmpty() ? 0 : l.runs().get(0).x() + l.width();
    }

    private void text(Builder b, List<Span> spans, Align align, float leading) {
        float size = spans.stream().map(s -> s.style().size()).max(Float::compare).orElse(BODY);
        b.lines(ts.set(spans, g.column(), 0, align), g.left(), size * leading);
    }

    static String tocTitle(Article a) {
        String t = a.headline().isBlank() ? a.title() : a.headline();
        if (!t.isBlank()) return t;
        String body = a.bodyText().strip();
        return body.isEmpty() ? "（无标题）" : "（无标题）" + body.substring(0, body.offsetByCodePoints(0, Math.min(20, body.codePointCount(0, body.length())))) + "…";
    }

    private static String dateRange(List<Item> items) {
        List<LocalDate> dates = items.stream().map(i -> i.stored().date()).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) return "日期不详";
        LocalDate a = dates.get(0), z = dates.get(dates.size() - 1);
        return a.equals(z) ? chineseDate(a) : chineseDate(a) + " — " + chineseDate(z);
    }

    private static String papers(List<Item> items) {
        Set<String> names = new LinkedHashSet<>();
        for (Item i : items) if (!i.stored().paper().isBlank()) names.add(i.stored().paper());
        if (names.isEmpty()) return "来源不详";
        List<String> l = new ArrayList<>(names);
        return l.size() <= 4 ? String.join("、", l) : String.join("、", l.subList(0, 4)) + " 等 " + l.size() + " 种报纸";
    }

    static String chineseDate(LocalDate d) {
        return d == null ? "日期不详" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "人民日报 · 2019年10月8日 · 第3版 · 要闻". */
    static String sourceLine(StoredArticle s) {
        List<String> parts = new ArrayList<>();
        if (!s.paper().isBlank()) parts.add(s.paper());
        parts.add(chineseDate(s.date()));
        if (s.pageNumber() > 0) parts.add("第" + s.pageNumber() + "版");
        if (s.section() != null && !s.section().isBlank()) parts.add(s.section());
        return String.join(" · ", parts);
    }

    // ---- articles

    private Anchor article(Builder b, Item item, boolean first) {
        StoredArticle s = item.stored();
        Article a = s.article();
        float w = g.column();
        var source = ts.set(List.of(new Span(st.source, sourceLine(s) + kindLabel(a.kind()))), w, 0, Align.LEFT);
        var kicker = a.kicker().isBlank() ? List.<Typesetter.Line>of() : ts.set(List.of(new Span(st.kicker, a.kicker())), w, 0, Align.CENTER);
        var head = a.headline().isBlank() ? List.<Typesetter.Line>of() : ts.set(List.of(new Span(st.headline, a.headline())), w, 0, Align.CENTER);
        var sub = a.subtitle().isBlank() ? List.<Typesetter.Line>of() : ts.set(List.of(new Span(st.subtitle, a.subtitle())), w, 0, Align.CENTER);
        String by = bylineText(a.bylines());
        var byline = by.isEmpty() ? List.<Typesetter.Line>of() : ts.set(List.of(new Span(st.byline, by)), w, 0, Align.CENTER);

        float srcLh = 8.5f * 1.6f, kLh = 11.5f * 1.5f, hLh = 18f * 1.35f, sLh = 12f * 1.5f, bLh = 9.5f * 1.6f;
        float headerH = source.size() * srcLh + 12 + kicker.size() * kLh + head.size() * hLh + sub.size() * sLh
                + (byline.isEmpty() ? 0 : 6 + byline.size() * bLh) + 14;
        if (!first) b.space(30);
        // keep the heading with the first lines of the text
        b.ensure(Math.min(headerH + 3 * BODY_LEADING, g.usable()));
        Anchor anchor = b.anchor();
        b.lines(source, g.left(), srcLh);
        b.y += 3;
        b.add(new Layout.Rule(g.left(), b.y, g.right(), 0.5f, 0.6f, false));
        b.y += 9;
        b.lines(kicker, g.left(), kLh);
        b.lines(head, g.left(), hLh);
        b.lines(sub, g.left(), sLh);
        if (!byline.isEmpty()) {
            b.y += 6;
            b.lines(byline, g.left(), bLh);
        }
        b.y += 14;

        List<BodyBlock> blocks = a.body();
        boolean leadDone = a.lead().isBlank();
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlock blk = blocks.get(i);
            if (blk.text().isBlank()) continue;
            if (blk.type() == BodyBlock.Type.SUBHEAD) {
                if (!leadDone) {
                    paragraph(b, List.of(new Span(st.bold, a.lead())));
                    leadDone = true;
                }
                var lines = ts.set(List.of(new Span(st.bold, blk.text().strip())), w, 0, Align.LEFT);
                b.space(BODY * 0.6f);
                b.ensure(Math.min((lines.size() + 2) * BODY_LEADING, g.usable()));
                b.lines(lines, g.left(), BODY_LEADING);
                continue;
            }
            List<Span> spans = new ArrayList<>();
            if (!leadDone) {
                spans.add(new Span(st.bold, a.lead().strip()));
                spans.add(new Span(st.body, "\u2002"));
                leadDone = true;
            }
            spans.add(new Span(st.body, blk.text().strip()));
            paragraph(b, spans);
        }
        if (!leadDone) paragraph(b, List.of(new Span(st.bold, a.lead())));

        String jump = jumpNote(a);
        if (!jump.isEmpty()) {
            var lines = ts.set(List.of(new Span(st.note, jump)), w, 0, Align.RIGHT);
            b.lines(lines, g.left(), 9f * 1.6f);
        }
        if (item.clip() != null) clip(b, s, item.clip());
        return anchor;
    }

    private void paragraph(Builder b, List<Span> spans) {
        var lines = ts.set(spans, g.column(), 2 * BODY, Align.JUSTIFY);
        // no paragraph's first line alone at the foot of a page, nor its last alone at the head of the next
        int n = lines.size();
        if (n > 1) b.ensure(2 * BODY_LEADING);
        for (int j = 0; j < n; j++) {
            float room = b.remaining() + 0.01f;
            if (j == n - 2 && n >= 3 && room >= BODY_LEADING && room < 2 * BODY_LEADING) b.newPage();
            b.lines(List.of(lines.get(j)), g.left(), BODY_LEADING);
        }
    }

    private static String kindLabel(ArticleKind k) {
        return switch (k) {
            case PHOTO -> " · 图片";
            case COMMENTARY -> " · 评论";
            case BRIEF -> " · 简讯";
            default -> "";
        };
    }

    /** "记者 张三 李四 通讯员 王五" (groups half an em apart); a pen name (empty role) is printed as the paper does, after ■. */
    static String bylineText(List<Byline> bylines) {
        return bylines.stream().filter(b -> !b.names().isEmpty()).map(b -> {
            String names = String.join(" ", b.names());
            return b.role().isBlank() ? "■" + names : b.role() + " " + names;
        }).collect(Collectors.joining("\u2002"));
    }

    private static String jumpNote(Article a) {
        if (a.jump() != null) {
            return (a.jump().direction() == Jump.Direction.TO ? "（下转第" : "（上接第") + a.jump().page() + "版）";
        }
        return a.continues() ? "（未完）" : "";
    }

    private void clip(Builder b, StoredArticle s, Layout.Clip clip) {
        var zone = clip.zone();
        float w = (float) Math.min(g.column(), zone.w());
        float h = (float) (zone.h() * w / zone.w());
        var caption = ts.set(List.of(new Span(st.note, "原版剪影 · " + sourceLine(s))), g.column(), 0, Align.LEFT);
        float capH = caption.size() * 9f * 1.6f + 4;
        float maxH = g.usable() - capH - 12;
        if (h > maxH) {
            w = w * maxH / h;
            h = maxH;
        }
        b.y += 12;
        // rather than leave most of a page empty, shrink a tall clip (to no less than 60 %) into the space left
        float room = b.remaining() - capH;
        if (h > room && room >= 0.6f * h && room >= 120) {
            w = w * room / h;
            h = room;
        }
        b.ensure(capH + h);
        b.lines(caption, g.left(), 9f * 1.6f);
        b.y += 4;
        float x = g.left() + (g.column() - w) / 2;
        b.add(new Layout.Image(x, b.y, w, h, clip));
        b.y += h;
    }

    /** Whether the kept PDF of a clip is there to crop. */
    static boolean clipAvailable(Path pdf) {
        return pdf != null && Files.isRegularFile(pdf);
    }
}
