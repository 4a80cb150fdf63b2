package org.kanbao.ingest.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.Jump;

/**
 * Builds articles from classified blocks given in headline-first reading order: a headline starts an
 * article, bylines, paragraphs, subheads and jump lines attach to the current one. The first paragraph's
 * dateline lead and a bracketed credit inside it are split off; the kind is decided from the credits.
 */
public final class ArticleAssembler {
    /** Longest body, in characters, that still counts as a photo caption. */
    private static final int MAX_CAPTION = 400;

    private ArticleAssembler() {
    }

    /** Articles and the text that could not be placed, in page order. */
    public record Assembly(List<Article> articles, List<String> unplaced) {
    }

    /** Collects the parts of one article while blocks stream in. */
    public static final class Draft {
        public final List<List<String>> headline = new ArrayList<>();
        public final List<Byline> bylines = new ArrayList<>();
        public final List<BodyBlock> body = new ArrayList<>();
        public Jump jump;
        public boolean caption;

        public boolean hasBody() {
            return !body.isEmpty();
        }

        public boolean isEmpty() {
            return headline.isEmpty() && bylines.isEmpty() && body.isEmpty() && jump == null;
        }
    }

    public static Assembly assemble(List<Block> blocks) {
        List<Article> out = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Draft cur = null;
        for (Block b : blocks) {
            switch (b.kind()) {
                case HEADLINE -> {
                    if (cur != null && (cur.hasBody() || cur.jump != null || !cur.bylines.isEmpty())) {
                        finish(cur, out, unplaced);
                        cur = null;
                    }
                    if (cur == null) cur = new Draft();
                    cur.headline.add(b.lines());
                }
                case BYLINE -> {
                    if (cur == null) cur = new Draft();
                    cur.bylines.addAll(Bylines.parse(b.text()).orElse(List.of(new Byline("", List.of(b.text().strip())))));
                }
                case BODY, CAPTION, DISPATCH -> {
                    // a dateline lead opens a new body, unless known to be a later dispatch of the same article; a
                    // 下转 jump has closed the one before
                    boolean opens = cur != null && cur.hasBody() && b.kind() != BlockKind.DISPATCH && Leads.startsWithLead(b.text());
                    boolean closed = cur != null && cur.jump != null && cur.jump.direction() == Jump.Direction.TO;
                    if (opens || closed) {
                        finish(cur, out, unplaced);
                        cur = null;
                    }
                    if (cur == null) cur = new Draft();
                    if (b.kind() == BlockKind.CAPTION) cur.caption = true;
                    if (!b.text().isBlank()) cur.body.add(BodyBlock.paragraph(b.text()));
                }
                case SUBHEAD -> {
                    if (cur == null) cur = new Draft();
                    cur.body.add(BodyBlock.subhead(b.text()));
                }
                case JUMP -> {
                    Jump j = JumpLines.parse(b.text());
                    if (cur == null || j == null) {
                        unplaced.add(b.text());
                    } else {
                        cur.jump = j;
                    }
                }
                case BREAK -> {
                    if (cur != null) finish(cur, out, unplaced);
                    cur = null;
                }
                case FURNITURE -> {
                    // page metadata; the caller has read it
                }
                default -> unplaced.add(b.text());
            }
        }
        if (cur != null) finish(cur, out, unplaced);
        return new Assembly(out, unplaced);
    }

    private static void finish(Draft d, List<Article> out, List<String> unplaced) {
        Article a = build(d);
        if (a == null) {
            for (List<String> g : d.headline) unplaced.add(String.join("", g));
            for (Byline b : d.bylines) unplaced.add(b.role() + " " + String.join(" ", b.names()));
        } else {
            out.add(a);
        }
    }

    /** The article a draft makes, or null when it has no body (a lone headline or byline). */
    public static Article build(Draft d) {
        if (!d.hasBody()) return null;
        List<List<String>> groups = new ArrayList<>(d.headline);
        boolean brief = briefMarker(groups);
        HeadlineParts h = HeadlineSplitter.splitGroups(groups);
        List<Byline> bylines = new ArrayList<>(d.bylines);
        List<BodyBlock> body = new ArrayList<>(d.body);
        String lead = "";
        BodyBlock first = body.get(0);
        if (first.type() == BodyBlock.Type.PARAGRAPH) {
            Leads.Lead l = Leads.split(first.text());
            String text = first.text();
            if (l != null) {
                lead = l.lead();
                text = l.rest();
            }
            // a bracketed credit right after the lead: 本报北京10月9日电 （记者王远）
            Optional<Bylines.Parenthetical> p = Bylines.findParenthetical(text);
            if (p.isPresent() && p.get().start() <= 2) {
                if (bylines.isEmpty()) bylines.addAll(p.get().bylines());
                text = (text.substring(0, p.get().start()) + text.substring(p.get().end())).strip();
            }
            body.set(0, BodyBlock.paragraph(text));
        }
        // a jump line glued to the last paragraph
        Jump jump = d.jump;
        BodyBlock last = body.get(body.size() - 1);
        JumpLines.Trailing tj = JumpLines.trailing(last.text());
        if (tj != null && jump == null) {
            jump = tj.jump();
            body.set(body.size() - 1, new BodyBlock(last.type(), last.text().substring(0, tj.start()).strip()));
        }
        String lastText = "";
        for (int i = body.size() - 1; i >= 0 && lastText.isEmpty(); i--) lastText = body.get(i).text();
        boolean continues = jump != null && jump.direction() == Jump.Direction.TO || !TextCleanup.endsSentence(lastText);
        ArticleKind kind = brief ? ArticleKind.BRIEF : kindOf(h.kicker(), bylines, body, d.caption);
        return new Article(kind, h.kicker(), h.headline(), h.subtitle(), bylines, lead, body, jump, continues, null);
    }

    /**
     * A headline opened by ▲ is an item of a briefs column (简讯): the marker is dropped, and so is a short
     * column label printed right before the first item's headline.
     */
    static boolean briefMarker(List<List<String>> groups) {
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            if (g.isEmpty() || !g.get(0).strip().startsWith("▲")) continue;
            List<String> ng = new ArrayList<>(g);
            ng.set(0, ng.get(0).strip().substring(1).strip());
            groups.set(i, ng);
            while (i > 0 && String.join("", groups.get(i - 1)).strip().length() <= 4) {
                groups.remove(--i);
            }
            return true;
        }
        return false;
    }

    /**
     * Opinion columns name themselves in the kicker (人民论坛, 今日谈, 短评, 人民论坛·70华诞·…): such a piece is a
     * commentary even where its signature is printed on another page or not at all.
     */
    private static final List<String> COMMENTARY_COLUMNS = List.of("今日谈", "人民论坛", "短评", "社论", "评论员文章",
            "本报评论员", "时评", "快评", "锐评", "观察", "人民时评", "望海楼", "钟声");

    public static boolean commentaryColumn(String kicker) {
        if (kicker == null) return false;
        String k = kicker.strip();
        for (String c : COMMENTARY_COLUMNS) {
            if (k.equals(c) || k.startsWith(c + "·") || k.startsWith(c + "•") || k.startsWith(c + "：")) return true;
        }
        return false;
    }

    /**
     * Photo when credited to a photographer and short; commentary when signed with a pen name or printed under a
     * commentary column's name.
     */
    public static ArticleKind kindOf(String kicker, List<Byline> bylines, List<BodyBlock> body, boolean caption) {
        int chars = 0;
        for (BodyBlock b : body) chars += b.text().length();
        boolean photographer = bylines.stream().anyMatch(b -> b.role().contains("摄影"));
        boolean writer = bylines.stream().anyMatch(b -> b.role().contains("记者") && !b.role().contains("摄影"));
        if ((photographer && !writer || caption) && chars <= MAX_CAPTION) return ArticleKind.PHOTO;
        if (!bylines.isEmpty() && bylines.stream().allMatch(b -> b.role().isEmpty())) return ArticleKind.COMMENTARY;
        return commentaryColumn(kicker) ? ArticleKind.COMMENTARY : ArticleKind.NEWS;
    }
}
