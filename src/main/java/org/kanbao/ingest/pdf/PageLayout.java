package org.kanbao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.common.ArticleAssembler;
import org.kanbao.ingest.common.Bylines;
import org.kanbao.ingest.common.JumpLines;
import org.kanbao.ingest.common.PageHeader;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Jump;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.Zone;
import org.kanbao.ingest.pdf.PageGeometry.Glyph;
import org.kanbao.ingest.pdf.PageGeometry.Rect;
import org.kanbao.ingest.pdf.RuleCells.Cell;

/**
 * Reads one page's geometry into a {@link ParsedPage}: the page is cut into cells along its rules, the
 * header cells give the page metadata, and every other cell is read as an article: title lines by font
 * size, credits and jump lines by their text, body lines in column order, photos from drawn images.
 */
final class PageLayout {
    /** Title lines are at least this much larger than the body text. */
    private static final double TITLE_RATIO = 1.08;
    private static final Pattern JUMP_FROM_PREFIX = Pattern.compile(
            "^\\s*[（(]\\s*(上接|接)\\s*(?:第\\s*)?[A-Za-z]?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})\\s*版\\s*[）)]\\s*");

    private final PageGeometry g;
    private final String source;
    private double bodySize;
    private double inset;
    private double cx0, cy0, cx1, cy1;

    private PageLayout(PageGeometry g, String source) {
        this.g = g;
        this.source = source;
    }

    static ParsedPage read(PageGeometry g, String source, ImportHints hints) {
        return new PageLayout(g, source).read(hints);
    }

    private ParsedPage read(ImportHints hints) {
        if (g.glyphs.isEmpty()) {
            return new ParsedPage(hints.paper(), hints.date(), hints.page(), "", source, List.of(), List.of(), g.width,
                    g.height, List.of("no text layer: kept as an image; its text could not be read"));
        }
        bodySize = modeSize(g.glyphs);
        contentArea();
        List<Label> labels = labels();
        // a label's panel is ruled off from the stories it heads
        List<Rect> rules = new ArrayList<>(g.rects);
        for (Label lb : labels) rules.add(new Rect(lb.panel().x(), lb.panel().y1(), lb.panel().w(), 0, true, false));
        List<Cell> cells = RuleCells.cut(cx0, cy0, cx1, cy1, rules, g.frames, g.images, g.glyphs, bodySize);
        Map<Cell, List<Glyph>> byCell = assign(cells);
        inset = estimateInset(byCell);
        PageHeader.Meta meta = new PageHeader.Meta();
        boolean front = false;
        List<Article> articles = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<Cell> order = new ArrayList<>(byCell.keySet());
        order.sort(Comparator.comparingDouble(Cell::y0).thenComparingDouble(Cell::x0));
        java.util.Set<Label> closed = new java.util.HashSet<>();
        for (Cell c : order) {
            List<Glyph> gs = byCell.get(c);
            if (isHeader(c, gs)) {
                front |= readHeader(gs, meta);
                continue;
            }
            if (labelOnly(gs, labels)) continue;
            int before = articles.size();
            new CellReader(c, gs).read(articles, unplaced);
            // the items under a 简讯 label are briefs, down to the first that is not (a photo, a long story)
            Label over = labelAbove(c, labels);
            if (over == null || !over.briefs() || closed.contains(over)) continue;
            for (int i = before; i < articles.size(); i++) {
                Article a = articles.get(i);
                if (a.kind() == ArticleKind.PHOTO || bodyChars(a) > MAX_BRIEF) {
                    closed.add(over);
                    break;
                }
                articles.set(i, new Article(ArticleKind.BRIEF, a.kicker(), a.headline(), a.subtitle(), a.bylines(),
                        a.lead(), a.body(), a.jump(), a.continues(), a.zone()));
            }
        }
        articles.sort(Comparator.comparingDouble((Article a) -> Math.round(a.zone().y() / 4.0))
                .thenComparingDouble(a -> a.zone().x()));
        Integer page = meta.page != null ? meta.page : front ? Integer.valueOf(1) : hints.page();
        // The front page of a Chinese daily is its 要闻 page even though its masthead does not say so.
        String section = meta.section != null ? meta.section : front ? "要闻" : "";
        String paper = meta.paper != null ? meta.paper : hints.paper();
        return new ParsedPage(paper, meta.date != null ? meta.date : hints.date(), page, section, source, articles,
                unplaced, g.width, g.height, List.of());
    }

    // ---- column labels ----

    /** Longest body, in characters, of an item under a 简讯 label. */
    private static final int MAX_BRIEF = 400;
    /** Labels over a run of short news items. */
    private static final Pattern BRIEF_LABEL = Pattern.compile("(?:新闻|要闻|本地|国内|国际|社会|文化|体育)?(?:简讯|快讯|短讯|简报|速览|速递|快报|一句话新闻)");

    /** A short label printed on a filled panel (简讯, 图片新闻) heading the stories below it. */
    private record Label(Rect panel, String text, boolean briefs) {
    }

    private List<Label> labels() {
        List<Label> out = new ArrayList<>();
        for (Rect r : g.rects) {
            if (!r.filled() || r.horizontalRule() || r.verticalRule()) continue;
            if (r.h() > 3 * bodySize || r.h() < bodySize || r.w() < 4 * bodySize) continue;
            StringBuilder text = new StringBuilder();
            double textW = 0;
            for (Glyph gl : g.glyphs) {
                if (gl.cx() > r.x() && gl.cx() < r.x1() && gl.cy() > r.y() && gl.cy() < r.y1()) {
                    text.append(gl.text());
                    textW += gl.w();
                }
            }
            String t = TextCleanup.removeSpaces(text.toString());
            if (t.isEmpty() || t.length() > 8 || textW > r.w() * 0.5) continue;
            out.add(new Label(r, t, BRIEF_LABEL.matcher(t).matches()));
        }
        return out;
    }

    private static boolean labelOnly(List<Glyph> gs, List<Label> labels) {
        if (labels.isEmpty()) return false;
        for (Glyph gl : gs) {
            boolean in = false;
            for (Label lb : labels) {
                Rect r = lb.panel();
                if (gl.cx() > r.x() && gl.cx() < r.x1() && gl.cy() > r.y() && gl.cy() < r.y1()) in = true;
            }
            if (!in) return false;
        }
        return true;
    }

    /** The label whose panel heads the column this cell sits in: nearest above, spanning the cell. */
    private static Label labelAbove(Cell c, List<Label> labels) {
        Label best = null;
        for (Label lb : labels) {
            Rect r = lb.panel();
            if (r.y1() > c.y0() + 2 || r.x() < c.x0() - 4 || r.x1() > c.x1() + 4 || r.w() < 0.6 * c.w()) continue;
            if (best == null || r.y() > best.panel().y()) best = lb;
        }
        return best;
    }

    private static int bodyChars(Article a) {
        int n = 0;
        for (BodyBlock b : a.body()) n += b.text().length();
        return n;
    }

    // ---- page-wide measures ----

    private static double modeSize(List<Glyph> glyphs) {
        Map<Long, Integer> count = new HashMap<>();
        for (Glyph gl : glyphs) count.merge(Math.round(gl.size() * 2), 1, Integer::sum);
        long best = 0;
        int n = -1;
        for (var e : count.entrySet()) {
            if (e.getValue() > n) {
                n = e.getValue();
                best = e.getKey();
            }
        }
        return best / 2.0;
    }

    /** The printed area: glyphs and the rules that frame them. */
    private void contentArea() {
        cx0 = cy0 = Double.MAX_VALUE;
        cx1 = cy1 = -Double.MAX_VALUE;
        for (Glyph gl : g.glyphs) {
            cx0 = Math.min(cx0, gl.x());
            cy0 = Math.min(cy0, gl.y());
            cx1 = Math.max(cx1, gl.x1());
            cy1 = Math.max(cy1, gl.y1());
        }
        for (Rect r : g.rects) {
            if (!r.horizontalRule() && !r.verticalRule()) continue;
            if (r.x1() < 0 || r.y1() < 0 || r.x() > g.width || r.y() > g.height) continue;
            cx0 = Math.min(cx0, Math.max(0, r.x()));
            cy0 = Math.min(cy0, Math.max(0, r.y()));
            cx1 = Math.max(cx1, Math.min(g.width, r.x1()));
            cy1 = Math.max(cy1, Math.min(g.height, r.y1()));
        }
    }

    private Map<Cell, List<Glyph>> assign(List<Cell> cells) {
        Map<Cell, List<Glyph>> out = new HashMap<>();
        for (Glyph gl : g.glyphs) {
            for (Cell c : cells) {
                if (c.contains(gl.cx(), gl.cy())) {
                    out.computeIfAbsent(c, k -> new ArrayList<>()).add(gl);
                    break;
                }
            }
        }
        return out;
    }

    /** The white space kept between a rule and the text beside it: the median over the page's columns. */
    private double estimateInset(Map<Cell, List<Glyph>> byCell) {
        List<Double> gaps = new ArrayList<>();
        for (var e : byCell.entrySet()) {
            Cell c = e.getKey();
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
            for (Glyph gl : e.getValue()) {
                minX = Math.min(minX, gl.x());
                maxX = Math.max(maxX, gl.x1());
            }
            if (c.ruleLeft() && minX - c.x0() < 4 * bodySize) gaps.add(minX - c.x0());
            if (c.ruleRight() && c.x1() - maxX < 4 * bodySize) gaps.add(c.x1() - maxX);
        }
        if (gaps.isEmpty()) return bodySize * 0.8;
        gaps.sort(Comparator.naturalOrder());
        return gaps.get(gaps.size() / 2);
    }

    // ---- page header ----

    /** A cell at the top of the page printing the date, the page number or the paper's name in large type. */
    private boolean isHeader(Cell c, List<Glyph> gs) {
        double minY = Double.MAX_VALUE, maxY = 0;
        for (Glyph gl : gs) {
            minY = Math.min(minY, gl.y());
            maxY = Math.max(maxY, gl.y1());
        }
        // a header band at the top, or a footer band at the bottom
        boolean top = maxY <= cy0 + (cy1 - cy0) * 0.2, bottom = minY >= cy1 - (cy1 - cy0) * 0.1;
        if (!top && !bottom) return false;
        // furniture must make up a good part of it: an article beside the masthead may print a date too
        List<TextLine> lines = TextLine.build(gs, 0.8);
        int furniture = 0;
        boolean anchor = false;
        for (TextLine l : lines) {
            boolean any = false;
            for (Piece p : pieces(l)) {
                if (p.kind() == null) continue;
                any = true;
                PageHeader.Kind k = p.kind();
                if (k == PageHeader.Kind.DATE || k == PageHeader.Kind.PAGE || k == PageHeader.Kind.ISSUE
                        || k == PageHeader.Kind.REGISTRATION) anchor = true;
            }
            if (any) furniture++;
        }
        return anchor && furniture * 10 >= lines.size() * 3;
    }

    private record Candidate(TextLine line, String text) {
    }

    private record Piece(PageHeader.Kind kind, String text) {
    }

    /**
     * A header line as furniture: the whole line when it classifies, else its space-separated parts
     * (人民日报 2019年10月8日 星期二 printed as one line), a date with its weekday kept together.
     */
    private static List<Piece> pieces(TextLine l) {
        PageHeader.Kind whole = PageHeader.classify(l.text);
        if (whole != null) return List.of(new Piece(whole, l.text));
        List<Piece> out = new ArrayList<>();
        String[] toks = l.text.strip().split("\\s+");
        for (int i = 0; i < toks.length; i++) {
            if (i + 1 < toks.length) {
                String two = toks[i] + " " + toks[i + 1];
                PageHeader.Kind k2 = PageHeader.classify(two);
                if (k2 != null && k2 != PageHeader.Kind.LATIN_PAPER) {
                    out.add(new Piece(k2, two));
                    i++;
                    continue;
                }
            }
            out.add(new Piece(PageHeader.classify(toks[i]), toks[i]));
        }
        return out;
    }

    /** Reads header lines into the metadata; true when the cell is a front-page masthead. */
    private boolean readHeader(List<Glyph> gs, PageHeader.Meta meta) {
        List<TextLine> lines = TextLine.build(gs, 0.8);
        boolean masthead = false;
        double biggest = 0;
        TextLine paperLine = null;
        List<Candidate> sectionCandidates = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.size >= 3 * bodySize) masthead = true;
            List<Piece> ps = pieces(l);
            boolean furniture = false;
            for (Piece p : ps) {
                if (p.kind() != null) {
                    meta.add(p.kind(), p.text());
                    furniture = true;
                } else if (PageHeader.isSectionCandidate(p.text())) {
                    sectionCandidates.add(new Candidate(l, p.text()));
                }
            }
            if (l.size > biggest && !furniture) {
                biggest = l.size;
                paperLine = l;
            }
        }
        if (masthead && meta.paper == null && paperLine != null) meta.paper = TextCleanup.removeSpaces(paperLine.text);
        // the section: a short Han word, the largest such, that is not the paper's name
        sectionCandidates.removeIf(c -> meta.paper != null && TextCleanup.removeSpaces(c.text()).equals(meta.paper));
        // the largest, then the one nearest the middle of the page (names after 责任编辑 sit at the side)
        double mid = g.width / 2;
        sectionCandidates.sort(Comparator.comparingDouble((Candidate c) -> -Math.round(c.line().size * 2))
                .thenComparingDouble(c -> Math.abs(c.line().cx() - mid)));
        if (meta.section == null && !sectionCandidates.isEmpty() && !masthead) {
            meta.section = TextCleanup.removeSpaces(sectionCandidates.get(0).text());
        }
        return masthead;
    }

    // ---- one cell ----

    private final class CellReader {
        private final Cell cell;
        private final List<Glyph> glyphs;
        private final List<Rect> photos = new ArrayList<>();

        CellReader(Cell cell, List<Glyph> glyphs) {
            this.cell = cell;
            this.glyphs = glyphs;
            for (Rect r : allPictures()) {
                if (!cell.contains(r.x() + r.w() / 2, r.y() + r.h() / 2)) continue;
                if (r.w() < 4 * bodySize || r.h() < 4 * bodySize) continue;
                boolean text = false;
                for (Glyph gl : glyphs) {
                    if (gl.cx() > r.x() && gl.cx() < r.x1() && gl.cy() > r.y() && gl.cy() < r.y1()) {
                        text = true;
                        break;
                    }
                }
                if (!text && photos.stream().noneMatch(p -> p.x() <= r.x() && p.y() <= r.y() && p.x1() >= r.x1() && p.y1() >= r.y1())) {
                    photos.add(r);
                }
            }
        }

        private List<Rect> allPictures() {
            List<Rect> out = new ArrayList<>(g.images);
            for (Rect r : g.rects) if (r.filled() && !r.horizontalRule() && !r.verticalRule()) out.add(r);
            out.sort(Comparator.comparingDouble((Rect r) -> -r.w() * r.h()));
            return out;
        }

        void read(List<Article> articles, List<String> unplaced) {
            List<TextLine> lines = TextLine.build(glyphs, 1.5);
            List<TextLine> titles = new ArrayList<>();
            List<TextLine> rest = new ArrayList<>();
            for (TextLine l : lines) (l.size >= bodySize * TITLE_RATIO ? titles : rest).add(l);
            List<List<TextLine>> groups = groupTitles(titles);
            int main = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (main < 0 || size(groups.get(i)) > size(groups.get(main)) + 0.5) main = i;
            }
            String kicker = "", headline = "", subtitle = "";
            if (main >= 0) {
                List<TextLine> h = groups.get(main);
                headline = join(h);
                // kicker above the headline, subtitle below it; both close to it
                List<String> kick = new ArrayList<>(), sub = new ArrayList<>();
                for (int i = 0; i < groups.size(); i++) {
                    if (i == main) continue;
                    List<TextLine> gr = groups.get(i);
                    double gy0 = gr.get(0).y0, gy1 = gr.get(gr.size() - 1).y1;
                    double hy0 = h.get(0).y0, hy1 = h.get(h.size() - 1).y1;
                    if (gy1 <= hy0 + 1 && hy0 - gy1 < 3 * bodySize) {
                        kick.add(join(gr));
                    } else if (gy0 >= hy1 - 1 && gy0 - hy1 < 3 * bodySize) {
                        sub.add(join(gr));
                    } else {
                        rest.addAll(gr);
                    }
                }
                kicker = String.join("", kick);
                subtitle = String.join("", sub);
            }
            ArticleAssembler.Draft d = new ArticleAssembler.Draft();
            d.caption = !photos.isEmpty();
            if (!headline.isEmpty()) d.headline.add(List.of(headline));
            readBody(rest, d);
            Article a = ArticleAssembler.build(d);
            if (a == null) {
                for (TextLine l : lines) unplaced.add(l.text);
                return;
            }
            // the kicker is read here from sizes, after the assembler chose the kind without it
            ArticleKind kind = a.kind() == ArticleKind.NEWS && ArticleAssembler.commentaryColumn(kicker)
                    ? ArticleKind.COMMENTARY : a.kind();
            a = new Article(kind, kicker, headline, subtitle, a.bylines(), a.lead(), a.body(), a.jump(),
                    a.continues(), zone());
            articles.add(a);
        }

        private Zone zone() {
            double x0 = cell.x0() + (cell.ruleLeft() ? inset : 0);
            double x1 = cell.x1() - (cell.ruleRight() ? inset : 0);
            double y0 = cell.y0() + (cell.ruleTop() ? inset : 0);
            double y1 = cell.y1() - (cell.ruleBottom() ? inset : 0);
            // sides cut along white space hug the printed matter
            double tx0 = Double.MAX_VALUE, ty0 = Double.MAX_VALUE, tx1 = -Double.MAX_VALUE, ty1 = -Double.MAX_VALUE;
            for (Glyph gl : glyphs) {
                tx0 = Math.min(tx0, gl.x());
                ty0 = Math.min(ty0, gl.y());
                tx1 = Math.max(tx1, gl.x1());
                ty1 = Math.max(ty1, gl.y1());
            }
            for (Rect r : photos) {
                tx0 = Math.min(tx0, r.x());
                ty0 = Math.min(ty0, r.y());
                tx1 = Math.max(tx1, r.x1());
                ty1 = Math.max(ty1, r.y1());
            }
            if (cell.open(Cell.LEFT)) x0 = tx0;
            if (cell.open(Cell.RIGHT)) x1 = tx1;
            if (cell.open(Cell.TOP)) y0 = ty0;
            if (cell.open(Cell.BOTTOM)) y1 = ty1;
            return new Zone(round(x0), round(y0), round(x1 - x0), round(y1 - y0));
        }

        /** Credits, jump lines and body lines, in column order, into the draft. */
        private void readBody(List<TextLine> lines, ArticleAssembler.Draft d) {
            List<TextLine> body = new ArrayList<>();
            lines = new ArrayList<>(lines);
            lines.sort(Comparator.comparingDouble((TextLine l) -> l.y0).thenComparingDouble(l -> l.x0));
            java.util.Set<TextLine> used = new java.util.HashSet<>();
            for (TextLine l : lines) {
                if (used.contains(l)) continue;
                String t = l.text.strip();
                Jump j = JumpLines.parse(t);
                if (j != null) {
                    if (d.jump == null || j.direction() == Jump.Direction.TO) d.jump = j;
                    continue;
                }
                var by = Bylines.parse(t);
                if (by.isPresent()) {
                    // names set close together without a padding space: split at the wider glyph gaps
                    var spaced = Bylines.parse(l.spacedText().strip());
                    if (spaced.isPresent() && names(spaced.get()) > names(by.get())) {
                        by = spaced;
                        t = l.spacedText().strip();
                    }
                }
                if (by.isPresent() && t.length() <= 60) {
                    // a credit may wrap: names go on in the lines right below it
                    TextLine last = l;
                    String joined = t;
                    for (TextLine n : lines) {
                        if (n == l || used.contains(n) || n.y0 < last.y1 - 1) continue;
                        if (n.y0 - last.y1 > 0.9 * n.size) break;
                        if (n.x0 >= last.x1 || n.x1 <= last.x0 - 2 * n.size) continue;
                        String nt = n.text.strip();
                        var more = Bylines.parse(joined + " " + n.spacedText().strip());
                        if (more.isPresent()) nt = n.spacedText().strip();
                        else more = Bylines.parse(joined + " " + nt);
                        if (more.isEmpty()) break;
                        joined = joined + " " + nt;
                        by = more;
                        used.add(n);
                        last = n;
                    }
                    d.bylines.addAll(by.get());
                    continue;
                }
                body.add(l);
            }
            List<double[]> cols = columns(body);
            body.sort(Comparator.comparingInt((TextLine l) -> column(cols, l)).thenComparingDouble(l -> l.y0));
            List<String> para = new ArrayList<>();
            boolean paraSub = false;
            TextLine prev = null;
            int prevCol = -1;
            for (TextLine l : body) {
                int ci = column(cols, l);
                double[] col = cols.get(ci);
                boolean sub = l.boldShare > 0.9 && Math.abs(l.size - bodySize) < 0.6 || Math.abs(l.size - bodySize) >= 0.6;
                boolean indented = l.x0 - col[0] > 0.8 * l.size;
                boolean prevShort = prev != null && prevCol == ci && prev.x1 < col[1] - 1.2 * prev.size;
                boolean start = para.isEmpty() || indented || prevShort || sub != paraSub
                        || (prev != null && prevCol == ci && l.y0 - prev.y1 > 1.6 * l.size);
                if (start && !para.isEmpty()) {
                    flush(d, para, paraSub);
                    para = new ArrayList<>();
                }
                para.add(l.text);
                paraSub = sub;
                prev = l;
                prevCol = ci;
            }
            if (!para.isEmpty()) flush(d, para, paraSub);
            // a continued story opens with （上接第N版）
            if (!d.body.isEmpty()) {
                BodyBlock first = d.body.get(0);
                Matcher m = JUMP_FROM_PREFIX.matcher(first.text());
                if (m.find()) {
                    Jump j = JumpLines.parse("（上接" + m.group(2) + "版）");
                    if (d.jump == null && j != null) d.jump = j;
                    String restText = first.text().substring(m.end()).strip();
                    if (restText.isEmpty()) d.body.remove(0);
                    else d.body.set(0, new BodyBlock(first.type(), restText));
                }
            }
            // a credit printed at the end of the last paragraph: …增长10.3%。 ■摄影 陈文武
            if (!d.body.isEmpty()) {
                BodyBlock last = d.body.get(d.body.size() - 1);
                int at = last.text().lastIndexOf('■');
                if (at > 0) {
                    var by = Bylines.parse(last.text().substring(at));
                    if (by.isPresent()) {
                        d.bylines.addAll(by.get());
                        d.body.set(d.body.size() - 1, new BodyBlock(last.type(), last.text().substring(0, at).strip()));
                    }
                }
            }
        }

        private void flush(ArticleAssembler.Draft d, List<String> para, boolean sub) {
            String text = TextCleanup.joinLines(para);
            if (text.isEmpty()) return;
            d.body.add(sub ? BodyBlock.subhead(text) : BodyBlock.paragraph(text));
        }
    }

    private static int names(List<org.kanbao.model.Byline> bylines) {
        int n = 0;
        for (var b : bylines) n += b.names().size();
        return n;
    }

    /** Body columns of a cell: the x ranges its lines fill, merged where they overlap. */
    private static List<double[]> columns(List<TextLine> lines) {
        List<double[]> spans = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (TextLine l : lines) widths.add(l.width());
        widths.sort(Comparator.naturalOrder());
        double typical = widths.isEmpty() ? 0 : widths.get(widths.size() * 3 / 4);
        for (TextLine l : lines) {
            if (typical > 0 && l.width() > typical * 1.6) continue; // spans several columns
            spans.add(new double[] {l.x0, l.x1});
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> cols = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last != null && s[0] < last[1] - 1) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                cols.add(new double[] {s[0], s[1]});
            }
        }
        if (cols.isEmpty()) cols.add(new double[] {0, Double.MAX_VALUE});
        return cols;
    }

    private static int column(List<double[]> cols, TextLine l) {
        for (int i = cols.size() - 1; i >= 0; i--) if (l.x0 >= cols.get(i)[0] - 1) return i;
        return 0;
    }

    /** Title lines grouped where they follow each other closely in one size. */
    private List<List<TextLine>> groupTitles(List<TextLine> titles) {
        List<List<TextLine>> groups = new ArrayList<>();
        for (TextLine l : titles) {
            List<TextLine> home = null;
            for (List<TextLine> gr : groups) {
                TextLine last = gr.get(gr.size() - 1);
                boolean sameSize = Math.abs(last.size - l.size) < 0.5;
                boolean below = l.y0 >= last.y0 && l.y0 - last.y1 < 0.8 * l.size;
                boolean overlapX = l.x0 < last.x1 && l.x1 > last.x0;
                if (sameSize && below && overlapX) {
                    home = gr;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(l);
        }
        groups.sort(Comparator.comparingDouble(gr -> gr.get(0).y0));
        return groups;
    }

    private static double size(List<TextLine> group) {
        return group.get(0).size;
    }

    private static String join(List<TextLine> group) {
        List<String> parts = new ArrayList<>();
        for (TextLine l : group) parts.add(l.text);
        // a bullet before a title (▲市图书馆推出…) marks it; it is not part of it
        String t = String.join("", parts).replaceFirst("^\\s*[▲△▶►●◆■□◇★☆]\\s*", "");
        return org.kanbao.ingest.common.HeadlineSplitter.tidyTitle(t);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
