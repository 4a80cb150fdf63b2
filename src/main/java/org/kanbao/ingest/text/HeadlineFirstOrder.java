package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.common.Block;
import org.kanbao.ingest.common.BlockKind;
import org.kanbao.ingest.common.Bylines;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;

/**
 * Reading order for dumps that print headlines before their bodies. The dump order is kept, cut into
 * drafts the way a reader would: a headline opens an article, so does a body opening with a dateline
 * lead, and a 下转 jump closes one. Then two layout effects of pdftotext are undone:
 * <ul>
 *   <li>a body printed before its headline (the headline set beside or below the first column) takes
 *       the headline that follows when it stops mid-sentence;</li>
 *   <li>headlines (and credits) of side-by-side articles come out one after the other: when a draft
 *       holds several complete headlines and a later body opens with a lead but has none, the last
 *       headline, and a second credit, move to that body.</li>
 * </ul>
 */
final class HeadlineFirstOrder {
    private HeadlineFirstOrder() {
    }

    static final class Draft {
        final List<Piece> titles = new ArrayList<>();
        final List<Piece> credits = new ArrayList<>();
        /** Body fragments, credits after the body and jumps, in dump order. */
        final List<Piece> rest = new ArrayList<>();
        boolean closed;
        /** Opened by a photo caption. */
        boolean caption;
        /** For a caption: the story printed around the photo. */
        Draft around;
        /** Its sign-off line ({@code （作者为……）}) has been read. */
        boolean signedOff;
        /** A story of its own even without headline (its headline went to another story). */
        boolean standalone;
        /** For text continued from another page printed inside a story: that story, which goes on after it. */
        Draft inside;

        /** Column width of the first well-measured body fragment, 0 if none yet. */
        double width() {
            for (Piece p : rest) if (p.kind == Piece.Kind.BODY && p.lines.size() >= 3 && p.width > 0) return p.width;
            return 0;
        }

        boolean hasJump() {
            return rest.stream().anyMatch(p -> p.kind == Piece.Kind.JUMP);
        }

        boolean hasBody() {
            return rest.stream().anyMatch(p -> p.kind == Piece.Kind.BODY);
        }

        /** A headline and nothing else: no credit, no text. */
        boolean headlineOnly() {
            return !titles.isEmpty() && credits.isEmpty() && rest.isEmpty();
        }

        Piece firstBody() {
            return rest.stream().filter(p -> p.kind == Piece.Kind.BODY).findFirst().orElse(null);
        }

        Piece lastBody() {
            Piece l = null;
            for (Piece p : rest) if (p.kind == Piece.Kind.BODY) l = p;
            return l;
        }
    }

    /**
     * More stories than any newspaper page holds: the passes that compare every story with every other
     * are skipped (their cost grows with the square), so junk input still finishes quickly.
     */
    static final int MAX_DRAFTS = 300;

    static List<Block> arrange(List<Piece> c) {
        List<Draft> drafts = drafts(c);
        dbg("DRAFTS", drafts);
        moveSideBySideTitles(drafts);
        FragmentChains.rechain(drafts);
        dbg("RECHAINED", drafts);
        mergeHeadless(drafts);
        dbg("MERGED", drafts);
        if (drafts.size() <= MAX_DRAFTS) {
            carriedStories(drafts);
            speechAddresses(drafts);
            speechSalutations(drafts);
            ColumnLabels.penNameRuns(drafts);
            secondSignOffs(drafts);
            ColumnLabels.move(drafts);
            LoneKickers.join(drafts);
            Interlopers.apply(drafts);
            TitleAffinity.photoLabels(drafts);
            TitleAffinity.adoptOrphans(drafts);
            TitleAffinity.swapHeadlines(drafts);
            TitleAffinity.moveToHeadless(drafts);
            TitleAffinity.titlePhotos(drafts);
            FragmentChains.rehomeOrphans(drafts);
            FragmentChains.pointingParagraphs(drafts);
            FragmentChains.pointingInside(drafts);
            SpeakerRuns.moveBack(drafts);
            SpeakerRuns.introducedLater(drafts);
            SpeakerRuns.sectionsToNextColumn(drafts);
            TitleAffinity.secondDispatches(drafts);
            TitleAffinity.pairLeftovers(drafts);
            TitleAffinity.headlineEchoes(drafts);
            LoneKickers.joinLate(drafts);
            FragmentChains.leadOnlyBodies(drafts);
            JumpEnds.apply(drafts);
            DeckOrder.apply(drafts);
        }
        FragmentChains.creditsInsideSentences(drafts);
        List<Block> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.hasBody() && d.credits.isEmpty() && d.rest.isEmpty()) {
                // a headline nothing could be given to: kept for review, not glued to the next headline
                for (Piece t : d.titles) out.add(org.kanbao.ingest.common.Block.of(org.kanbao.ingest.common.BlockKind.UNKNOWN, t.flat()));
                continue;
            }
            // a photo caption stands alone: the story printed around it goes on in its own draft
            if (d.caption || d.standalone && d.titles.isEmpty()) out.add(Block.of(BlockKind.BREAK, ""));
            for (Piece t : d.titles) out.add(ReadingOrder.toBlock(t));
            for (Piece y : d.credits) out.add(ReadingOrder.toBlock(y));
            List<Piece> body = new ArrayList<>();
            // a credit printed inside a sentence (…不仅有利 / ■记 者 … / 于两国和两国民众…) waits for the sentence's end
            List<Piece> held = new ArrayList<>();
            for (int i = 0; i < d.rest.size(); i++) {
                Piece p = d.rest.get(i);
                if (p.kind == Piece.Kind.BODY && !p.dispatch) {
                    body.add(p);
                    continue;
                }
                if (p.kind == Piece.Kind.BYLINE && !body.isEmpty() && !TextCleanup.endsSentence(body.get(body.size() - 1).last())
                        && i + 1 < d.rest.size() && d.rest.get(i + 1).kind == Piece.Kind.BODY && !d.rest.get(i + 1).dispatch) {
                    held.add(p);
                    continue;
                }
                paragraphs(body, out);
                body.clear();
                for (Piece h : held) out.add(ReadingOrder.toBlock(h));
                held.clear();
                if (p.kind == Piece.Kind.BODY) body.add(p);
                else out.add(ReadingOrder.toBlock(p));
            }
            paragraphs(body, out);
            for (Piece h : held) out.add(ReadingOrder.toBlock(h));
            if (d.caption) out.add(Block.of(BlockKind.BREAK, ""));
        }
        return out;
    }

    /** The fragments' paragraphs; the first is marked when it opens a later dispatch of the story. */
    private static void paragraphs(List<Piece> body, List<Block> out) {
        List<Block> ps = Paragraphs.of(body);
        if (!ps.isEmpty() && body.get(0).dispatch) ps.set(0, ps.get(0).withKind(BlockKind.DISPATCH));
        out.addAll(ps);
    }

    private static void dbg(String what, List<Draft> drafts) {
        if (!Boolean.getBoolean("kanbao.debugDrafts")) return;
        System.err.println("== " + what);
        for (Draft d : drafts) {
            System.err.println("  T" + d.titles.stream().map(Piece::first).toList() + " C" + d.credits.size() + " "
                    + d.rest.stream().map(p -> p.kind + "@" + p.start).toList());
        }
    }

    static List<Draft> drafts(List<Piece> c) {
        List<Draft> out = new ArrayList<>();
        Draft cur = null;
        Draft resume = null;
        boolean resumed = false;
        for (int i = 0; i < c.size(); i++) {
            Piece p = c.get(i);
            switch (p.kind) {
                case TITLE -> {
                    List<Piece> titles = new ArrayList<>();
                    Draft lone = null;
                    while (i < c.size() && c.get(i).kind == Piece.Kind.TITLE) {
                        Piece t = c.get(i);
                        // a kicker (ends with ——) after a complete headline opens the next article's headline
                        // so does a headline printed twice over itself (faux bold) after another: a kicker is not set
                        // in its headline's bold
                        boolean twoBold = !titles.isEmpty() && t.bold && titles.get(titles.size() - 1).bold;
                        if (twoBold || !titles.isEmpty() && !completeHeadline(t) && t.last().endsWith("——")
                                && completeHeadline(titles.get(titles.size() - 1))) {
                            lone = new Draft();
                            lone.titles.addAll(titles);
                            out.add(lone);
                            titles.clear();
                        }
                        titles.add(t);
                        i++;
                    }
                    i--;
                    if (lone == null && titles.size() == 1 && titles.get(0).stranded) {
                        // the story around it goes on: the headline waits alone for a body without one
                        Draft stranded = new Draft();
                        stranded.titles.addAll(titles);
                        out.add(stranded);
                        continue;
                    }
                    Piece last = cur == null ? null : cur.lastBody();
                    // a headline glued over a dateline lead heads that lead's story, not the cut text before it
                    Piece after = i + 1 < c.size() ? c.get(i + 1) : null;
                    boolean overLead = titles.get(titles.size() - 1).gluedToNext && after != null
                            && after.kind == Piece.Kind.BODY && Leads.startsWithLead(after.first());
                    boolean headlessCut = cur != null && cur.titles.isEmpty() && !cur.closed && last != null
                            && !TextCleanup.endsSentence(last.last()) && !overLead;
                    if (headlessCut && lone != null && lone.titles.size() == 1 && titles.size() == 3
                            && titles.get(2).first().startsWith("——") && titles.get(2).gluedToNext) {
                        // H1 / K2—— / H2 / ——S glued to its credit or body, after a body cut mid-sentence: H1 is
                        // that body's headline printed under its first column, K2 / H2 a neighbour's headline set
                        // beside it, and the subtitle under them, glued to the credit and text of H1's story, is H1's
                        List<Piece> neighbour = new ArrayList<>(titles.subList(0, 2));
                        titles = new ArrayList<>(List.of(lone.titles.get(0), titles.get(2)));
                        lone.titles.clear();
                        lone.titles.addAll(neighbour);
                        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("BESIDE " + neighbour + " / " + titles);
                    }
                    // a headline printed under its story's lead paragraph heads that paragraph's story
                    boolean underLead = cur != null && cur.titles.isEmpty() && !cur.closed && titles.size() == 1 && titles.get(0).underLead
                            && cur.rest.size() == 1 && cur.firstBody() != null && Leads.startsWithLead(cur.firstBody().first());
                    if (headlessCut || underLead) {
                        cur.titles.addAll(titles);
                    } else if (cur != null && !cur.hasBody() && cur.credits.isEmpty() && !cur.closed) {
                        cur.titles.addAll(titles);
                    } else {
                        cur = new Draft();
                        cur.titles.addAll(titles);
                        out.add(cur);
                    }
                }
                case BYLINE -> {
                    if (cur != null && cur.hasBody() && !cur.caption && opensStory(p, i + 1 < c.size() ? c.get(i + 1) : null)) {
                        // reporters' credit set apart from the text above and glued over a paragraph start: a story
                        // whose headline pdftotext printed elsewhere begins here (a story is signed under its headline)
                        cur = new Draft();
                        out.add(cur);
                    }
                    if (cur == null) {
                        cur = new Draft();
                        out.add(cur);
                    }
                    if (cur.hasBody()) cur.rest.add(p); else cur.credits.add(p);
                    if (cur.caption && resume != null) {
                        // the caption and its credit are done: the story printed around the photo goes on
                        cur.closed = true;
                        cur = resume;
                        resume = null;
                        resumed = true;
                    }
                }
                case BODY -> {
                    boolean caption = (cur == null || cur.hasBody()) && isCaption(p, i + 1 < c.size() ? c.get(i + 1) : null, cur);
                    boolean opens = cur != null && cur.hasBody() && (Leads.startsWithLead(p.first()) || p.seam) || caption;
                    // after its sign-off line a story goes on only where pdftotext came back to an earlier column
                    // of it, which its words show
                    boolean after = cur != null && cur.signedOff && !opens && !sameStory(cur, c, i);
                    if (cur == null || cur.closed || opens || after) {
                        Draft before = cur;
                        cur = new Draft();
                        cur.caption = caption;
                        if (caption) {
                            resume = before;
                            cur.around = before;
                        }
                        out.add(cur);
                    } else {
                        // after a photo the story around it goes on, unless the words say another story of that
                        // column does
                        Draft around = resumed ? openDraftOfWidth(out, p.width, cur) : null;
                        if (around != null && !sameStory(cur, c, i) && sameStory(around, c, i)) cur = around;
                        // a short fragment of a narrower column goes to the open article of that width
                        Draft narrower = narrowerDraft(out, cur, p);
                        if (narrower != null) {
                            cur = narrower;
                        } else if (otherColumn(cur, p)) {
                            // a fragment set in columns of another width belongs to another article; one glued under a
                            // reporters' credit that ended the text above opens the story that credit signs
                            Piece credit = cur.rest.get(cur.rest.size() - 1);
                            boolean signed = credit.kind == Piece.Kind.BYLINE && !p.blankBefore && c.get(i - 1) == credit
                                    && FragmentChains.paraStart(p) && reporters(credit);
                            Draft d = signed ? null : openDraftOfWidth(out, p.width, cur);
                            if (d == null) {
                                d = new Draft();
                                out.add(d);
                            }
                            if (signed) {
                                cur.rest.remove(credit);
                                d.credits.add(credit);
                            }
                            cur = d;
                        }
                    }
                    resumed = false;
                    cur.rest.add(p);
                    if (cur.inside != null && TextCleanup.endsSentence(p.last())) {
                        // its paragraph is done: the story it was printed in goes on
                        Draft back = cur.inside;
                        cur.inside = null;
                        cur = back;
                    }
                    // （作者为……）, （本报巴黎电）: the line that signs off a story
                    if (closingTag(p)) cur.signedOff = true;
                }
                default -> {
                    if (FragmentChains.isJumpFrom(p) && cur != null && cur.hasBody() && !cur.caption && !cur.closed) {
                        // （上接3版）续武汉会晤成果…… inside another story's column: text continued from another page
                        Draft carried = new Draft();
                        carried.inside = cur;
                        out.add(carried);
                        cur = carried;
                    }
                    Draft top = FragmentChains.isJumpTo(p) && p.blankBefore ? pageTopStory(out) : null;
                    if (top != null) {
                        // a 下转 line set apart from any column end belongs to the page's top story
                        top.rest.add(p);
                        continue;
                    }
                    if (cur == null) {
                        cur = new Draft();
                        out.add(cur);
                    }
                    cur.rest.add(p);
                    if (FragmentChains.isJumpTo(p)) cur.closed = true;
                }
            }
        }
        return out;
    }

    private static boolean sameStory(Draft d, List<Piece> c, int i) {
        return Cohesion.between(Cohesion.before(d.rest, d.rest.size()), Cohesion.after(c, i - 1)) >= Cohesion.TOPIC_BREAK;
    }

    /** The fragment ends with a sign-off line, on one line or wrapped onto a second. */
    static boolean closingTag(Piece p) {
        String t = p.last().strip();
        if (!t.startsWith("（") && p.lines.size() >= 2) t = p.lines.get(p.lines.size() - 2).strip() + t;
        return t.startsWith("（") && t.endsWith("）") && t.indexOf('）') == t.length() - 1
                && (t.startsWith("（作者") || t.endsWith("电）"));
    }

    private static boolean opensStory(Piece credit, Piece next) {
        if (!credit.blankBefore || next == null || next.kind != Piece.Kind.BODY || next.blankBefore) return false;
        return FragmentChains.paraStart(next) && reporters(credit);
    }

    /** A credit naming reporters (记者, 通讯员) only. */
    static boolean reporters(Piece credit) {
        return Bylines.parse(credit.text())
                .map(bs -> !bs.isEmpty() && bs.stream().allMatch(b -> b.role().contains("记者") || b.role().contains("通讯员")))
                .orElse(false);
    }

    /** The first story with a headline and a body, when no 下转 line closes it yet. */
    private static Draft pageTopStory(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (!d.titles.isEmpty() && d.hasBody() && !d.caption) return d.rest.stream().anyMatch(FragmentChains::isJumpTo) ? null : d;
        }
        return null;
    }

    /**
     * A short fragment right above a photographer's credit, set wider or narrower than the story around it (or set
     * apart as a whole paragraph), is a photo caption: its own item, not a paragraph of that story or the next.
     */
    private static boolean isCaption(Piece p, Piece next, Draft cur) {
        if (next == null || !next.photoCredit() || p.lines.size() > 8) return false;
        // one whole paragraph set apart, its credit right under it: a caption whatever its width, even with no story
        // around it yet
        if (p.blankBefore && !next.blankBefore && FragmentChains.paraStart(p) && TextCleanup.endsSentence(p.last())) return true;
        if (cur == null || p.lines.size() > 6) return false;
        double w = cur.width();
        double own = TextCleanup.widest(p.lines);
        return w > 0 && Math.abs(own - w) >= OTHER_COLUMN;
    }

    /** Column widths further apart than this (in em) are different columns. */
    private static final double OTHER_COLUMN = 2.0;

    private static boolean otherColumn(Draft d, Piece p) {
        double w = d.width();
        return w > 0 && p.lines.size() >= 3 && p.width > 0 && Math.abs(w - p.width) >= OTHER_COLUMN;
    }

    /** A paragraph's first line is set this much short of its column. */
    private static final double INDENT = 2;
    /** Most a wrapped line falls short of its column: the indent, and a character pulled onto the next line. */
    private static final double WRAP_SHORT = 4.5;

    /**
     * A two-line fragment whose first line wraps onto the next far short of the story's column was set in a
     * narrower column: a line breaks only when it is full (支部唱主角，“领唱”最 / 关键。 beside a 20-character column).
     * Its first line may be an indent short of that column.
     */
    private static boolean wrappedNarrower(Draft d, Piece p) {
        double w = d.width();
        if (w <= 0 || p.lines.size() != 2 || p.address() || TextCleanup.endsSentence(p.first())) return false;
        return TextCleanup.width(p.first()) < w - WRAP_SHORT;
    }

    /** The open article of the narrower column such a fragment was set in, if any. */
    private static Draft narrowerDraft(List<Draft> drafts, Draft cur, Piece p) {
        return wrappedNarrower(cur, p) ? openDraftOfWidth(drafts, TextCleanup.width(p.first()) + INDENT, cur) : null;
    }

    /** The latest article still open whose columns have this width. */
    private static Draft openDraftOfWidth(List<Draft> drafts, double w, Draft not) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d == not || d.closed) continue;
            if (d.width() > 0 && Math.abs(d.width() - w) < 1.0) return d;
        }
        return null;
    }

    /**
     * A body read before its headline (no title, no lead, no jump) joins the next titled article whose
     * columns have its width: first when it opens with a lead, else after that article's first fragment.
     */
    static void mergeHeadless(List<Draft> drafts) {
        if (drafts.size() <= MAX_DRAFTS) {
            lateHeadlines(drafts);
            closingLines(drafts);
            signedDispatches(drafts);
        }
        // a headline left without body (set beside a photo or another headline) goes to the next body without one
        for (int i = 0; i < drafts.size(); i++) {
            Draft t = drafts.get(i);
            if (!t.headlineOnly()) continue;
            Draft to = null;
            for (int j = i + 1; j < drafts.size() && to == null; j++) {
                Draft h = drafts.get(j);
                if (h.titles.isEmpty() && h.hasBody() && !h.caption) to = h;
            }
            // none after it: the story without headline whose text was printed right before it (a headline printed
            // after its story's column, as pdftotext does on some pages); a kicker (……——) heads what follows it, never
            // what was printed before
            boolean kicker = t.titles.get(t.titles.size() - 1).last().endsWith("——");
            if (to == null && !kicker && drafts.size() <= MAX_DRAFTS) to = headlessPrintedBefore(drafts, t.titles.get(0).start);
            if (to == null) continue;
            to.titles.addAll(0, t.titles);
            drafts.remove(i);
            i--;
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft h = drafts.get(i);
            if (h.titles.isEmpty() && !h.credits.isEmpty() && h.hasBody() && !h.caption && signedOpening(drafts, i)) i--;
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft h = drafts.get(i);
            if (!h.titles.isEmpty() || !h.hasBody() || h.hasJump() || !h.credits.isEmpty() || h.caption) continue;
            // a body opened by a dateline lead is an article of its own: inside another it would split it
            if (Leads.startsWithLead(h.firstBody().first())) continue;
            double w = h.width();
            if (w == 0) continue;
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft t = drafts.get(j);
                if (t.titles.isEmpty() || !t.hasBody() || Math.abs(t.width() - w) >= 1.0) continue;
                Piece first = t.firstBody();
                int at = t.rest.indexOf(first) + 1;
                t.rest.addAll(at, h.rest);
                drafts.remove(i);
                i--;
                break;
            }
        }
    }

    /** The draft holding the body fragment printed last before line {@code at}, if it has no headline. */
    private static Draft headlessPrintedBefore(List<Draft> drafts, int at) {
        Draft found = printedBefore(drafts, at);
        return found != null && found.titles.isEmpty() && found.credits.isEmpty() && !found.caption && found.hasBody() ? found : null;
    }

    /**
     * Text continued from another page (（上接3版）续武汉会晤成果……), printed inside another story, opens the story on
     * this page whose words it shares most among those with a headline, no text of their own continued from another
     * page and no dateline lead (a story goes on under its headline printed again). The text may be a line or two, so
     * any shared word counts, as long as no other story shares half as much.
     */
    static void carriedStories(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft c = drafts.get(i);
            if (!c.titles.isEmpty() || c.rest.isEmpty() || !FragmentChains.isJumpFrom(c.rest.get(0)) || !c.hasBody()) continue;
            String text = Cohesion.after(c.rest, -1);
            Draft best = null;
            double most = 0, second = 0;
            for (Draft d : drafts) {
                Piece first = d.firstBody();
                if (d == c || d.caption || d.titles.isEmpty() || first == null || Leads.startsWithLead(first.first())) continue;
                if (d.rest.stream().anyMatch(FragmentChains::isJumpFrom)) continue;
                double s = Cohesion.between(text, Cohesion.after(d.rest, -1));
                if (s > most) {
                    second = most;
                    best = d;
                    most = s;
                } else if (s > second) {
                    second = s;
                }
            }
            if (best == null || second >= most / 2) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("CARRIED " + c.rest + " -> " + best.titles);
            best.rest.addAll(0, c.rest);
            drafts.remove(i);
            i--;
        }
    }

    /** How a speech's headline ends (在……闭幕式上的讲话, 新年贺词). */
    private static final java.util.regex.Pattern SPEECH_TITLE = java.util.regex.Pattern.compile(".*(?:讲话|致辞|演讲|贺词)$");

    /**
     * A speech's salutation read as the headline of the text under it (女士们，先生们，朋友们！ / 几天前，我们隆重庆祝了……)
     * opens that speech's text; the speech's own headline (在2019年……闭幕式上的讲话) was printed elsewhere. The
     * salutation and its text join the nearest story under such a headline that holds no salutation yet, after the
     * fragment that headline carries over from another page (（上接2版）的体验盛会……美好。), else before its text.
     */
    static void speechSalutations(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft s = drafts.get(i);
            if (s.titles.size() != 1 || s.titles.get(0).lines.size() != 1 || !s.credits.isEmpty() || !s.hasBody() || s.caption) continue;
            Piece salutation = s.titles.get(0);
            if (!PieceReader.salutationLine(salutation.first())) continue;
            Draft speech = null;
            for (Draft d : drafts) {
                if (d == s || d.caption || d.titles.isEmpty() || d.rest.stream().anyMatch(p -> p.salutation)) continue;
                String title = TextCleanup.removeSpaces(String.join("", d.titles.get(d.titles.size() - 1).lines));
                if (!SPEECH_TITLE.matcher(title).matches()) continue;
                if (speech == null || Math.abs(d.titles.get(0).start - salutation.start) < Math.abs(speech.titles.get(0).start - salutation.start)) speech = d;
            }
            if (speech == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SPEECHSALUTATION " + salutation + " -> " + speech.titles);
            salutation.kind = Piece.Kind.BODY;
            salutation.salutation = true;
            Piece first = speech.firstBody();
            int at = first == null ? speech.rest.size() : speech.rest.indexOf(first);
            // after the fragment carried over from another page, else before the text
            if (at > 0 && at < speech.rest.size() && FragmentChains.isJumpFrom(speech.rest.get(at - 1))) at++;
            List<Piece> moved = new ArrayList<>();
            moved.add(salutation);
            moved.addAll(s.rest);
            speech.rest.addAll(at, moved);
            drafts.remove(i);
            i--;
        }
    }

    /**
     * A story signs off once: text after its sign-off line (（本报北京10月9日电）) that ends with a sign-off of its own
     * (（本报加德满都10月9日电）) is another story's end, printed after this one's. It goes to the end of the story whose
     * words it continues (cohesion 0.15 or more, the most), if any.
     */
    static void secondSignOffs(List<Draft> drafts) {
        for (Draft d : new ArrayList<>(drafts)) {
            Piece last = d.lastBody();
            if (last == null || !closingTag(last)) continue;
            List<Piece> b = FragmentChains.bodies(d);
            int first = -1;
            for (int k = 0; k + 1 < b.size() && first < 0; k++) if (closingTag(b.get(k))) first = k;
            if (first < 0) continue;
            List<Piece> tail = new ArrayList<>(b.subList(first + 1, b.size()));
            String text = Cohesion.after(tail, -1);
            Draft to = null;
            double best = Cohesion.TOPIC_BREAK;
            for (Draft o : drafts) {
                if (o == d || o.caption || !o.hasBody() || o.signedOff) continue;
                double c = Cohesion.between(Cohesion.before(o.rest, o.rest.size()), text);
                if (c >= best) {
                    best = c;
                    to = o;
                }
            }
            if (to == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SIGNEDTWICE " + tail + " -> " + to.titles);
            d.rest.removeAll(tail);
            to.rest.addAll(tail);
        }
    }

    /**
     * A speech opens with its address (尊敬的……，) and then its salutation (女士们，先生们，朋友们：). pdftotext prints the
     * address lines where their column sits, often inside another story: they go right before the salutation of the
     * next speech printed after them.
     */
    static void speechAddresses(List<Draft> drafts) {
        for (Draft d : drafts) {
            Piece first = d.firstBody();
            if (first == null || !first.salutation || first.address()) continue;
            List<Piece> found = new ArrayList<>();
            for (Draft o : drafts) {
                for (Piece p : o.rest) {
                    if (p.address() && p.start < first.start && !speechBetween(drafts, p, first)) found.add(p);
                }
            }
            if (found.isEmpty()) continue;
            found.sort((a, b) -> Integer.compare(a.start, b.start));
            for (Draft o : drafts) o.rest.removeAll(found);
            d.rest.addAll(d.rest.indexOf(first), found);
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("ADDRESS " + found + " BEFORE " + first);
        }
    }

    /** Whether another speech's salutation is printed between an address line and this salutation. */
    private static boolean speechBetween(List<Draft> drafts, Piece address, Piece salutation) {
        for (Draft d : drafts) {
            for (Piece p : d.rest) {
                if (p != salutation && p.salutation && !p.address() && p.start > address.start && p.start < salutation.start) return true;
            }
        }
        return false;
    }

    /**
     * A story opened by its reporters' credit but printed without headline: the next story with a headline, no
     * credit and a first fragment that continues a sentence (its opening is missing) and columns of its width
     * is its rest. Without one it stays a story of its own.
     */
    private static boolean signedOpening(List<Draft> drafts, int i) {
        Draft h = drafts.get(i);
        double w = h.width();
        for (int j = i + 1; j < drafts.size() && w > 0; j++) {
            Draft t = drafts.get(j);
            if (t.titles.isEmpty() || !t.credits.isEmpty() || !t.hasBody() || t.caption || Math.abs(t.width() - w) >= 1.0) continue;
            Piece first = t.firstBody();
            if (Leads.startsWithLead(first.first()) || FragmentChains.paraStart(first)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SIGNEDOPENING " + h.credits + " -> " + t.titles);
            t.credits.addAll(h.credits);
            t.rest.addAll(0, h.rest);
            drafts.remove(i);
            return true;
        }
        h.standalone = true;
        return false;
    }

    /**
     * A headline followed only by a closing line or two ({@code 杨洁篪、王毅等参加会见。}) right after a story that has no
     * headline was printed beside the end of that story: both belong to it.
     */
    static void lateHeadlines(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft t = drafts.get(i);
            if (t.titles.isEmpty() || !t.credits.isEmpty() || t.caption) continue;
            Draft h = printedBefore(drafts, t.titles.get(0).start);
            if (h == null || h == t || h.caption) continue;
            if (!h.titles.isEmpty() || !h.hasBody() || h.hasJump()) continue;
            List<Piece> bodies = FragmentChains.bodies(t);
            if (bodies.size() != 1 || t.rest.size() != 1 || bodies.get(0).lines.size() > 2) continue;
            Piece b = bodies.get(0);
            if (!TextCleanup.endsSentence(b.last()) || Leads.startsWithLead(b.first())) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LATEHEAD " + t.titles + " + " + b);
            h.titles.addAll(t.titles);
            h.rest.add(b);
            drafts.remove(i);
            i--;
        }
    }

    /**
     * A one-line "headline" that ends a sentence (风雨一甲子，大庆正青春！) and heads nothing but a bracketed closing
     * line ({@code （相关报道见第十三版）}) is the last paragraph of the finished story printed right before it.
     */
    static void closingLines(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft t = drafts.get(i);
            if (t.titles.size() != 1 || t.titles.get(0).lines.size() != 1 || t.titles.get(0).bold || !t.credits.isEmpty() || t.caption) continue;
            Piece title = t.titles.get(0);
            if (!TextCleanup.endsSentence(title.first()) || t.rest.size() != 1 || t.rest.get(0).kind != Piece.Kind.BODY) continue;
            Piece b = t.rest.get(0);
            String close = b.flat().strip();
            if (b.lines.size() > 2 || !(close.startsWith("（") && close.endsWith("）"))) continue;
            Draft h = printedBefore(drafts, title.start);
            if (h == null || h == t || h.caption || h.lastBody() == null || !TextCleanup.endsSentence(h.lastBody().last())) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("CLOSING " + title + " + " + b);
            title.kind = Piece.Kind.BODY;
            h.rest.add(title);
            h.rest.add(b);
            drafts.remove(i);
            i--;
        }
    }

    /**
     * A text signed off as a dispatch (a letter ending （新华社北京10月7日电）) printed right before the dateline lead of
     * that same dispatch (新华社北京10月7日电 在中国传统节日重阳节来临之际…): the agency sent them as one article, the
     * text first. The lead's story, if it has no headline of its own or the signed text has none, joins the signed
     * text; its lead paragraph stays a paragraph (see {@link Piece#dispatch}).
     */
    static void signedDispatches(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft e = drafts.get(i);
            Piece lead = e.firstBody();
            Leads.Lead l = lead == null ? null : Leads.split(lead.first());
            if (l == null || e.caption) continue;
            // the sign-off is the body text printed right before the lead, and its story's last
            Piece signOff = bodyPrintedBefore(drafts, lead.start);
            Draft d = signOff == null ? null : FragmentChains.owner(drafts, signOff);
            if (d == null || d == e || d.caption || signOff != d.lastBody() || !closingTag(signOff)) continue;
            if (!TextCleanup.removeSpaces(signOff.text()).equals("（" + l.lead() + "）")) continue;
            if (!d.titles.isEmpty() && !e.titles.isEmpty()) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SIGNED " + signOff + " + " + lead);
            lead.dispatch = true;
            d.titles.addAll(e.titles);
            d.credits.addAll(e.credits);
            d.rest.addAll(e.rest);
            drafts.remove(i);
            i--;
        }
    }

    /** The draft holding the body fragment printed last before this line. */
    private static Draft printedBefore(List<Draft> drafts, int line) {
        Piece p = bodyPrintedBefore(drafts, line);
        return p == null ? null : FragmentChains.owner(drafts, p);
    }

    /** The body fragment printed last before this line. */
    private static Piece bodyPrintedBefore(List<Draft> drafts, int line) {
        Piece best = null;
        for (Draft d : drafts) {
            for (Piece p : d.rest) {
                if (p.kind == Piece.Kind.BODY && p.start < line && (best == null || p.start > best.start)) best = p;
            }
        }
        return best;
    }

    /** Whether a title group reads as a whole headline rather than a kicker (引题 ends with —— or ：). */
    private static boolean completeHeadline(Piece t) {
        String l = t.last();
        return !(l.endsWith("——") || l.endsWith("：") || l.endsWith(":") || l.startsWith("——"));
    }

    private static void moveSideBySideTitles(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.titles.size() < 2) continue;
            Piece lastTitle = d.titles.get(d.titles.size() - 1);
            if (!completeHeadline(lastTitle) || !completeHeadline(d.titles.get(d.titles.size() - 2))) continue;
            if (lastTitle.gluedToNext) continue; // set right above its own credit or body
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft h = drafts.get(j);
                if (!h.titles.isEmpty()) continue;
                Piece fb = h.firstBody();
                if (fb == null || !Leads.startsWithLead(fb.first())) continue;
                h.titles.add(d.titles.remove(d.titles.size() - 1));
                // a second credit printed beside the first belongs to the same neighbour
                List<Piece> allCredits = new ArrayList<>(d.credits);
                for (Piece p : d.rest) if (p.kind == Piece.Kind.BYLINE) allCredits.add(p);
                if (h.credits.isEmpty() && allCredits.size() >= 2) {
                    Piece y = allCredits.get(allCredits.size() - 1);
                    if (!d.credits.remove(y)) d.rest.remove(y);
                    h.credits.add(y);
                }
                break;
            }
        }
    }
}
