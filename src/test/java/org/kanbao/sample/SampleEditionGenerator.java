package org.kanbao.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.Zone;
import org.kanbao.model.json.FixtureJson;

/**
 * Builds the sample edition in assets/sample from the markup in src/test/resources/sample-edition:
 * one newspaper-like PDF page per markup file and its truth (fixture schema, with zones).
 * The .txt dumps are then made with pdftotext (see assets/sample/README.md).
 *
 * <p>Usage: {@code SampleEditionGenerator SOURCE_DIR OUT_DIR FONT_DIR}. It fails loudly when an article
 * does not fit on its page, so the text can be trimmed by hand.
 */
public final class SampleEditionGenerator {
    static final float W = 842, H = 1191, MARGIN = 28, GUTTER = 16, GAP = 16;
    static final int GRID = 5;
    static final float COL = (W - 2 * MARGIN - (GRID - 1) * GUTTER) / GRID;
    static final float BODY = 10.5f, LEADING = 15f, PARA_GAP = 3f;
    static final String NO_START = "，。、；：？！”’）》」』…—·%,.;:?!)";
    static final String NO_END = "“‘（《「『(";

    private final PDFont regular;
    private final PDFont bold;
    private final List<Op> ops = new ArrayList<>();
    /** Printed text that belongs to no article (masthead, page header, adverts), listed in the truth. */
    private final List<String> furniture = new ArrayList<>();

    private SampleEditionGenerator(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SampleEditionGenerator SOURCE_DIR OUT_DIR FONT_DIR");
            System.exit(2);
        }
        Path src = Path.of(args[0]), out = Path.of(args[1]), fonts = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(src)) {
            files = s.filter(f -> f.getFileName().toString().matches("p\\d+\\.txt")).sorted().toList();
        }
        for (Path f : files) {
            PageSpec spec = PageSpec.parse(Files.readString(f));
            String base = "linhu-" + spec.date().toString().replace("-", "") + String.format("-p%02d", spec.page());
            Rendered truth = render(spec, fonts, out.resolve(base + ".pdf"), base + ".pdf");
            com.fasterxml.jackson.databind.node.ObjectNode json = FixtureJson.page(truth.page());
            json.putObject("generator").put("tool", "SampleEditionGenerator").putPOJO("furniture", truth.furniture());
            Files.writeString(out.resolve(base + ".expected.json"), FixtureJson.MAPPER.writeValueAsString(json) + "\n");
            System.out.println("wrote " + base + ".pdf and .expected.json (" + truth.page().articles().size() + " articles)");
        }
    }

    /** Lays out one page, writes its PDF and returns its truth. */
    record Rendered(ParsedPage page, List<String> furniture) {
    }

    static Rendered render(PageSpec spec, Path fonts, Path pdf, String source) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont reg = PDType0Font.load(doc, fonts.resolve("NotoSansSC-Regular.ttf").toFile());
            PDFont bld = PDType0Font.load(doc, fonts.resolve("NotoSansSC-Bold.ttf").toFile());
            for (PDFont f : List.of(reg, bld)) {
                // An em-box ascent/descent, as CJK newspaper PDFs usually carry: text extractors size lines
                // from these, and the font's own (1.45 em) would make them see one block per column.
                f.getFontDescriptor().setAscent(880);
                f.getFontDescriptor().setDescent(-120);
            }
            SampleEditionGenerator g = new SampleEditionGenerator(reg, bld);
            float top = g.header(spec);
            float[] colTop = new float[GRID];
            java.util.Arrays.fill(colTop, top);
            List<Article> articles = new ArrayList<>();
            List<float[]> boxes = new ArrayList<>();
            for (Item it : spec.items()) {
                float x = MARGIN + it.col() * (COL + GUTTER);
                float w = it.span() * COL + (it.span() - 1) * GUTTER;
                float y = 0;
                for (int c = it.col(); c < it.col() + it.span(); c++) y = Math.max(y, colTop[c]);
                if (it.kind() == null) { // an advertisement: fills the columns to the foot of the page
                    g.advert(it, x, y, w, H - MARGIN - y);
                    g.furniture.add(it.headline());
                    continue;
                }
                float end = g.article(it, x, y, w);
                if (end > H - MARGIN) {
                    throw new IllegalStateException("page " + spec.page() + ": \"" + it.headline() + "\" ends at "
                            + end + ", below the page (" + (H - MARGIN) + ")");
                }
                for (int c = it.col(); c < it.col() + it.span(); c++) colTop[c] = end + GAP;
                System.out.printf("  p%d %-28s cols %d-%d  y %.0f-%.0f%n", spec.page(), it.headline(), it.col(),
                        it.col() + it.span() - 1, y, end);
                boxes.add(new float[] {x, y, w, end - y});
                if (!it.banner().isEmpty()) y += 26; // the banner is furniture, not the article
                articles.add(it.article(new Zone(round(x), round(y), round(w), round(end - y))));
            }
            g.rules(boxes);
            for (int c = 0; c < GRID; c++) {
                System.out.printf("  p%d column %d: %.0f pt (%d lines) free%n", spec.page(), c, H - MARGIN - colTop[c] + GAP,
                        (int) ((H - MARGIN - colTop[c] + GAP) / LEADING));
            }
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Op op : g.ops) op.draw(cs);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.paper() + " " + spec.date() + " 第" + spec.page() + "版");
            info.setCreator("Kanbao SampleEditionGenerator");
            info.setCreationDate(java.util.GregorianCalendar.from(spec.date().atStartOfDay(java.time.ZoneOffset.UTC)));
            doc.save(pdf.toFile());
            return new Rendered(new ParsedPage(spec.paper(), spec.date(), spec.page(), spec.section(), source, articles,
                    List.of(), W, H, List.of()), g.furniture);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // ---------------------------------------------------------------- page furniture

    private float header(PageSpec s) {
        String date = dateLine(s.date());
        if (s.page() == 1) {
            furniture.addAll(List.of(s.paper(), "LINHU DAILY", date, s.get("issue") + "　" + s.get("pages"),
                    "临湖日报社出版　本报地址：临湖市湖滨路88号", "第1版　" + s.section() + "　责任编辑：" + s.get("editor")));
            text(bold, 58, MARGIN, MARGIN + 58, s.paper(), 6);
            text(regular, 11, MARGIN + 4, MARGIN + 80, "LINHU DAILY", 2.5f);
            float rx = W - MARGIN - 220;
            text(regular, 11, rx, MARGIN + 16, date, 0);
            text(regular, 11, rx, MARGIN + 34, s.get("issue") + "　" + s.get("pages"), 0);
            text(regular, 11, rx, MARGIN + 52, "临湖日报社出版　本报地址：临湖市湖滨路88号", 0);
            text(regular, 11, rx, MARGIN + 70, "第1版　" + s.section() + "　责任编辑：" + s.get("editor"), 0);
            line(MARGIN, 118, W - MARGIN, 118, 2.5f);
            line(MARGIN, 122, W - MARGIN, 122, 0.6f);
            return 136;
        }
        furniture.addAll(List.of("第" + s.page() + "版", s.section(), s.paper() + "　" + date, "责任编辑：" + s.get("editor")));
        text(bold, 18, MARGIN, MARGIN + 18, "第" + s.page() + "版", 0);
        float sw = width(bold, 24, s.section(), 8);
        text(bold, 24, (W - sw) / 2, MARGIN + 22, s.section(), 8);
        String right = s.paper() + "　" + date;
        text(regular, 10, W - MARGIN - width(regular, 10, right, 0), MARGIN + 16, right, 0);
        text(regular, 9, MARGIN, MARGIN + 38, "责任编辑：" + s.get("editor"), 0);
        line(MARGIN, 74, W - MARGIN, 74, 1.8f);
        return 88;
    }

    static String dateLine(LocalDate d) {
        String[] days = {"一", "二", "三", "四", "五", "六", "日"};
        DayOfWeek dow = d.getDayOfWeek();
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日　星期" + days[dow.getValue() - 1];
    }

    /** Hairlines between articles: under each one, and at its right where a neighbour stands. */
    private void rules(List<float[]> boxes) {
        for (float[] b : boxes) {
            float bottom = b[1] + b[3] + GAP / 2;
            if (bottom < H - MARGIN - 4) line(b[0], bottom, b[0] + b[2], bottom, 0.5f);
            float right = b[0] + b[2] + GUTTER / 2;
            if (right < W - MARGIN - 4) line(right, b[1], right, b[1] + b[3], 0.5f);
        }
    }

    /** A framed public-service advert: slogan, a line or two, the sponsor. Not an article. */
    private void advert(Item it, float x, float y, float w, float h) {
        ops.add(cs -> {
            cs.setLineWidth(2f);
            cs.addRect(x, H - (y + h), w, h);
            cs.stroke();
            cs.setLineWidth(0.5f);
            cs.addRect(x + 4, H - (y + h - 4), w - 8, h - 8);
            cs.stroke();
        });
        List<String> lines = new ArrayList<>();
        it.body().forEach(b -> lines.add(b.text()));
        float block = 40 + 22 * lines.size();
        float cy = y + (h - block) / 2;
        cy = centred(bold, 30, it.headline(), x, cy, w, 40);
        for (String l : lines) {
            cy = centred(regular, 13, l, x, cy, w, 22);
            furniture.add(l);
        }
    }

    // ---------------------------------------------------------------- articles

    /** Lays out one item from y down; returns the y where it ends. */
    private float article(Item it, float x, float y0, float w) {
        float y = y0;
        if (!it.banner().isEmpty()) {
            ops.add(cs -> {
                cs.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                cs.addRect(x, H - (y0 + 20), w, 20);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            });
            text(bold, 13, x + 8, y + 15, it.banner(), 4, 1f);
            furniture.add(it.banner());
            y += 26;
        }
        return switch (it.kind()) {
            case PHOTO -> photo(it, x, y, w);
            case BRIEF -> brief(it, x, y, w);
            default -> story(it, x, y, w);
        };
    }

    private float story(Item it, float x, float y0, float w) {
        boolean commentary = it.kind() == ArticleKind.COMMENTARY;
        float y = y0;
        if (!it.kicker().isEmpty()) {
            if (commentary) {
                ops.add(cs -> {
                    cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                    cs.addRect(x, H - (y0 + 20), width(bold, 12, it.kicker(), 2) + 12, 20);
                    cs.fill();
                    cs.setNonStrokingColor(0f, 0f, 0f);
                });
                text(bold, 12, x + 6, y + 15, it.kicker(), 2, 1f);
                y += 28;
            } else {
                y = centred(regular, 12, it.kicker(), x, y, w, 17);
            }
        }
        float hs = it.span() >= 3 ? 30 : it.span() == 2 ? 22 : 18;
        // Shrink a long headline to one line, as an editor would, down to three quarters of the size.
        hs = Math.max(hs * 0.75f, Math.min(hs, (float) Math.floor(w / width(bold, 1, it.headline(), 0))));
        y = centred(bold, hs, it.headline(), x, y + 2, w, hs * 1.3f);
        if (!it.subtitle().isEmpty()) y = centred(regular, 13, it.subtitle(), x, y + 2, w, 18);
        y += 6;
        if (!commentary && !it.bylines().isEmpty()) {
            y = wrapped(regular, 10, "■" + bylineText(it.bylines()), x, y, w, 14, false) + 4;
        }
        List<Line> lines = bodyLines(it, COL);
        if (commentary) lines.add(new Line("■" + it.bylines().get(0).names().get(0), regular, BODY, 0, Align.RIGHT, LEADING));
        return flow(lines, x, y + 2, it.span(), COL);
    }

    private float brief(Item it, float x, float y, float w) {
        y = wrapped(bold, 12, "▲ " + it.headline(), x, y, w, 17, false);
        return flow(bodyLines(it, w), x, y + 2, 1, w);
    }

    private float photo(Item it, float x, float y, float w) {
        float ih = it.image();
        float top = y;
        ops.add(cs -> placeholderImage(cs, x, top, w, ih));
        y += ih + 8;
        y = wrapped(bold, 12, it.headline(), x, y, w, 17, false);
        String caption = String.join("", it.body().stream().map(BodyBlock::text).toList());
        String credit = "■" + bylineText(it.bylines());
        return wrapped(regular, 9.5f, caption + "　" + credit, x, y, w, 14, true);
    }

    /** A grey box with hills, water and a sun: the photo is a placeholder, the caption is real. */
    private static void placeholderImage(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        float b = H - (y + h);
        cs.setNonStrokingColor(0.82f, 0.85f, 0.88f);
        cs.addRect(x, b, w, h);
        cs.fill();
        cs.setNonStrokingColor(0.55f, 0.62f, 0.58f);
        cs.moveTo(x, b + h * 0.35f);
        cs.curveTo(x + w * 0.25f, b + h * 0.75f, x + w * 0.4f, b + h * 0.7f, x + w * 0.55f, b + h * 0.45f);
        cs.curveTo(x + w * 0.7f, b + h * 0.6f, x + w * 0.85f, b + h * 0.65f, x + w, b + h * 0.4f);
        cs.lineTo(x + w, b);
        cs.lineTo(x, b);
        cs.closePath();
        cs.fill();
        cs.setNonStrokingColor(0.68f, 0.76f, 0.84f);
        cs.addRect(x, b, w, h * 0.22f);
        cs.fill();
        cs.setNonStrokingColor(0.95f, 0.93f, 0.8f);
        float r = h * 0.08f;
        cs.moveTo(x + w * 0.8f + r, b + h * 0.82f);
        cs.curveTo(x + w * 0.8f + r, b + h * 0.82f + r * 0.55f, x + w * 0.8f + r * 0.55f, b + h * 0.82f + r, x + w * 0.8f, b + h * 0.82f + r);
        cs.curveTo(x + w * 0.8f - r * 0.55f, b + h * 0.82f + r, x + w * 0.8f - r, b + h * 0.82f + r * 0.55f, x + w * 0.8f - r, b + h * 0.82f);
        cs.curveTo(x + w * 0.8f - r, b + h * 0.82f - r * 0.55f, x + w * 0.8f - r * 0.55f, b + h * 0.82f - r, x + w * 0.8f, b + h * 0.82f - r);
        cs.curveTo(x + w * 0.8f + r * 0.55f, b + h * 0.82f - r, x + w * 0.8f + r, b + h * 0.82f - r * 0.55f, x + w * 0.8f + r, b + h * 0.82f);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.5f);
        cs.addRect(x, b, w, h);
        cs.stroke();
    }

    static String bylineText(List<Byline> bylines) {
        List<String> parts = new ArrayList<>();
        for (Byline b : bylines) parts.add((b.role().isEmpty() ? "" : b.role() + " ") + String.join(" ", b.names()));
        return String.join("　", parts);
    }

    /** Body as lines of one column width: jump-from line, paragraphs (lead first), subheads, jump-to line. */
    private List<Line> bodyLines(Item it, float colWidth) {
        List<Line> out = new ArrayList<>();
        if (it.jump() != null && it.jump().direction() == Jump.Direction.FROM) {
            out.add(new Line("（上接第" + it.jump().page() + "版）", regular, BODY, 0, Align.LEFT, LEADING));
        }
        boolean first = true;
        for (BodyBlock b : it.body()) {
            if (b.type() == BodyBlock.Type.SUBHEAD) {
                List<String> parts = wrap(bold, 10.5f, b.text(), colWidth, 0);
                for (int i = 0; i < parts.size(); i++) {
                    float adv = i == 0 ? LEADING + 6 : LEADING;
                    out.add(new Line(parts.get(i), bold, 10.5f, 0, Align.CENTRE, adv));
                }
                first = false;
                continue;
            }
            String text = first && !it.lead().isEmpty() ? it.lead() + " " + b.text() : b.text();
            first = false;
            float indent = 2 * BODY;
            boolean noIndent = it.jump() != null && it.jump().direction() == Jump.Direction.FROM && out.size() == 1;
            if (noIndent) indent = 0; // a continued paragraph carries on mid-sentence
            List<String> parts = wrap(regular, BODY, text, colWidth, indent);
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                float adv = i == 0 && out.size() > 0 ? LEADING + PARA_GAP : LEADING;
                out.add(new Line(parts.get(i), regular, BODY, i == 0 ? indent : 0,
                        last ? Align.LEFT : Align.JUSTIFY, adv));
            }
        }
        if (it.jump() != null && it.jump().direction() == Jump.Direction.TO) {
            out.add(new Line("（下转第" + it.jump().page() + "版）", regular, BODY, 0, Align.RIGHT, LEADING));
        }
        return out;
    }

    /** Sets lines in n columns of equal height (the last may be shorter); returns the bottom y. */
    private float flow(List<Line> lines, float x, float y, int n, float colWidth) {
        float total = 0;
        for (Line l : lines) total += l.advance();
        // Shortest column height at which the lines fit in n columns without a subhead at a column's foot.
        float target = (float) Math.floor(total / n / LEADING) * LEADING;
        float bottom;
        do {
            target += LEADING;
            bottom = place(lines, x, y, n, colWidth, target, false);
        } while (bottom > y + target + 0.5f && target < total);
        return place(lines, x, y, n, colWidth, target, true);
    }

    private float place(List<Line> lines, float x, float y, int n, float colWidth, float target, boolean draw) {
        int col = 0;
        float cy = y, bottom = y;
        for (Line l : lines) {
            boolean subheadAtFoot = l.font() == bold && cy + l.advance() + 2 * LEADING > y + target + 0.5f;
            if (col < n - 1 && cy > y && (cy + l.advance() > y + target + 0.5f || subheadAtFoot)) {
                col++;
                cy = y;
            }
            float cx = x + col * (COL + GUTTER);
            float adv = cy == y && l.advance() > LEADING ? LEADING : l.advance(); // no extra space atop a column
            cy += adv;
            if (draw) setLine(l, cx, cy - 4, colWidth);
            bottom = Math.max(bottom, cy);
        }
        return bottom;
    }

    private void setLine(Line l, float x, float baseline, float colWidth) {
        float tw = width(l.font(), l.size(), l.text(), 0);
        float avail = colWidth - l.indent();
        switch (l.align()) {
            case RIGHT -> text(l.font(), l.size(), x + colWidth - tw, baseline, l.text(), 0);
            case CENTRE -> text(l.font(), l.size(), x + (colWidth - tw) / 2, baseline, l.text(), 0);
            case JUSTIFY -> {
                int n = l.text().codePointCount(0, l.text().length());
                float sp = n > 1 ? (avail - tw) / (n - 1) : 0;
                if (sp > l.size() * 0.3f || sp < -l.size() * 0.5f) sp = 0;
                text(l.font(), l.size(), x + l.indent(), baseline, l.text(), sp);
            }
            default -> text(l.font(), l.size(), x + l.indent(), baseline, l.text(), 0);
        }
    }

    /** Wrapped and centred lines, e.g. a headline; returns the y below them. */
    private float centred(PDFont f, float size, String s, float x, float y, float w, float lead) {
        for (String part : wrap(f, size, s, w, 0)) {
            y += lead;
            text(f, size, x + (w - width(f, size, part, 0)) / 2, y - lead * 0.22f, part, 0);
        }
        return y;
    }

    /** Wrapped left-aligned lines (justified but the last when asked); returns the y below them. */
    private float wrapped(PDFont f, float size, String s, float x, float y, float w, float lead, boolean justify) {
        List<String> parts = wrap(f, size, s, w, 0);
        for (int i = 0; i < parts.size(); i++) {
            y += lead;
            Line l = new Line(parts.get(i), f, size, 0, justify && i < parts.size() - 1 ? Align.JUSTIFY : Align.LEFT, lead);
            setLine(l, x, y - lead * 0.25f, w);
        }
        return y;
    }

    /**
     * Breaks text into lines no wider than w, Chinese style: any character may end a line, except that closing
     * punctuation never starts one (it hangs) and opening punctuation never ends one; runs of Latin letters and
     * digits stay whole.
     */
    List<String> wrap(PDFont f, float size, String text, float w, float firstIndent) {
        List<String> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        float avail = w - firstIndent;
        for (String u : units(text)) {
            if (!cur.isEmpty() && width(f, size, String.join("", cur) + u, 0) > avail) {
                // Keep text inside the column (pdftotext needs clean gutters): pull characters down instead
                // of letting closing punctuation start the next line or opening punctuation end this one.
                int cut = cur.size();
                if (NO_START.contains(u.substring(0, 1)) && cut > 1) cut--;
                while (cut > 1 && cut < cur.size() && NO_START.contains(cur.get(cut).substring(0, 1))) cut--;
                while (cut > 1 && NO_END.contains(cur.get(cut - 1))) cut--;
                List<String> carry = new ArrayList<>(cur.subList(cut, cur.size()));
                lines.add(String.join("", cur.subList(0, cut)).stripTrailing());
                cur = carry;
                avail = w;
                if (u.equals(" ") && cur.isEmpty()) continue;
            }
            cur.add(u);
        }
        if (!cur.isEmpty()) lines.add(String.join("", cur));
        return lines;
    }

    /** Characters, but Latin words and numbers as one unit. */
    static List<String> units(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (cp < 0x2E80 && Character.isLetterOrDigit(cp)) {
                while (j < s.length()) {
                    int c = s.codePointAt(j);
                    if (c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' && j + 1 < s.length()
                            && Character.isDigit(s.charAt(j + 1)))) j += Character.charCount(c);
                    else break;
                }
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- drawing primitives

    private void text(PDFont f, float size, float x, float baseline, String s, float charSpacing) {
        text(f, size, x, baseline, s, charSpacing, 0f);
    }

    private void text(PDFont f, float size, float x, float baseline, String s, float charSpacing, float grey) {
        ops.add(cs -> {
            cs.beginText();
            cs.setFont(f, size);
            cs.setCharacterSpacing(charSpacing);
            cs.setNonStrokingColor(grey, grey, grey);
            cs.newLineAtOffset(x, H - baseline);
            cs.showText(s);
            cs.endText();
            cs.setNonStrokingColor(0f, 0f, 0f);
        });
    }

    private void line(float x0, float y0, float x1, float y1, float width) {
        ops.add(cs -> {
            cs.setLineWidth(width);
            cs.moveTo(x0, H - y0);
            cs.lineTo(x1, H - y1);
            cs.stroke();
        });
    }

    static float width(PDFont f, float size, String s, float charSpacing) {
        try {
            int n = s.codePointCount(0, s.length());
            return f.getStringWidth(s) / 1000f * size + Math.max(0, n - 1) * charSpacing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Op {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private enum Align { LEFT, RIGHT, CENTRE, JUSTIFY }

    private record Line(String text, PDFont font, float size, float indent, Align align, float advance) {
    }

    // ---------------------------------------------------------------- markup

    /** One page of markup: header keys and items. */
    record PageSpec(Map<String, String> header, List<Item> items) {
        String paper() {
            return header.get("paper");
        }

        LocalDate date() {
            return LocalDate.parse(header.get("date"));
        }

        int page() {
            return Integer.parseInt(header.get("page"));
        }

        String section() {
            return header.getOrDefault("section", "");
        }

        String get(String key) {
            return header.getOrDefault(key, "");
        }

        static PageSpec parse(String markup) {
            Map<String, String> header = new LinkedHashMap<>();
            List<Item> items = new ArrayList<>();
            Item.Builder cur = null;
            for (String raw : markup.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("# ")) continue;
                if (line.startsWith("@")) {
                    if (cur != null) items.add(cur.build());
                    cur = new Item.Builder(line.substring(1));
                    continue;
                }
                int colon = line.indexOf(": ");
                String key = colon > 0 ? line.substring(0, colon) : line.endsWith(":") ? line.substring(0, line.length() - 1) : null;
                if (key != null && !key.matches("[a-z]+")) key = null;
                String value = key == null ? line : line.substring(key.length() + 1).strip();
                if (cur == null) {
                    if (key != null) header.put(key, value);
                } else if (key != null) {
                    cur.fields.put(key, value);
                } else if (line.startsWith("## ")) {
                    cur.body.add(BodyBlock.subhead(line.substring(3).strip()));
                } else {
                    cur.body.add(BodyBlock.paragraph(line));
                }
            }
            if (cur != null) items.add(cur.build());
            return new PageSpec(header, items);
        }
    }

    /** One printed item and where it goes on the grid. */
    record Item(ArticleKind kind, int col, int span, float image, String banner, String kicker, String headline,
                String subtitle, List<Byline> bylines, String lead, List<BodyBlock> body, Jump jump, boolean continues) {

        Article article(Zone zone) {
            return new Article(kind, kicker, headline, subtitle, bylines, lead, body, jump, continues, zone);
        }

        static final class Builder {
            final Map<String, String> opts = new LinkedHashMap<>();
            final Map<String, String> fields = new LinkedHashMap<>();
            final List<BodyBlock> body = new ArrayList<>();
            final ArticleKind kind;

            Builder(String head) {
                String[] parts = head.split("\\s+");
                kind = parts[0].equals("ad") ? null : ArticleKind.fromCode(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    String[] kv = parts[i].split("=", 2);
                    opts.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }

            Item build() {
                List<Byline> bylines = new ArrayList<>();
                String by = fields.getOrDefault("byline", "");
                if (!by.isBlank()) {
                    for (String part : by.split("\\|", -1)) {
                        if (part.isBlank()) continue;
                        String[] words = part.strip().split("\\s+");
                        boolean penName = by.strip().startsWith("|");
                        String role = penName ? "" : words[0];
                        List<String> names = List.of(words).subList(penName ? 0 : 1, words.length);
                        bylines.add(new Byline(role, names));
                    }
                }
                Jump jump = null;
                String j = fields.getOrDefault("jump", "");
                if (!j.isBlank()) {
                    String[] p = j.split("\\s+");
                    jump = new Jump(Jump.Direction.fromCode(p[0]), Integer.parseInt(p[1]));
                }
                return new Item(kind, Integer.parseInt(opts.getOrDefault("col", "0")),
                        Integer.parseInt(opts.getOrDefault("span", "1")),
                        Float.parseFloat(opts.getOrDefault("image", "0")), opts.getOrDefault("banner", ""),
                        fields.getOrDefault("kicker", ""), fields.getOrDefault("headline", ""),
                        fields.getOrDefault("subtitle", ""), bylines, fields.getOrDefault("lead", ""), body, jump,
                        Boolean.parseBoolean(fields.getOrDefault("continues", "false")));
            }
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
