package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A headline speaks of its story: most of its two-character pieces come back in the story's opening
 * paragraphs. pdftotext prints the headlines of side-by-side stories next to each other, and the draft
 * order then gives a headline to the neighbour's body; the words say which body is its own.
 */
final class TitleAffinity {
    private TitleAffinity() {
    }

    /** Opening text of a story that is compared with a headline. */
    private static final int OPENING = 400;
    /** Fewest character pairs a headline needs before its words are trusted. */
    private static final int MIN_PAIRS = 4;
    /** How much better the swapped pairing must read before headlines change place. */
    private static final double MARGIN = 0.4;

    static void swapHeadlines(List<HeadlineFirstOrder.Draft> drafts) {
        int n = drafts.size();
        String[] open = new String[n];
        for (int i = 0; i < n; i++) open[i] = opening(drafts.get(i));
        for (int i = 0; i < n; i++) {
            HeadlineFirstOrder.Draft a = drafts.get(i);
            List<Piece> ta = swapUnit(a);
            if (ta.isEmpty() || open[i].isEmpty()) continue;
            for (int j = i + 1; j < n; j++) {
                HeadlineFirstOrder.Draft b = drafts.get(j);
                List<Piece> tb = swapUnit(b);
                if (open[j].isEmpty() || b.caption) continue;
                if (tb.isEmpty()) continue;
                double aa = score(ta, open[i]), bb = score(tb, open[j]);
                double ab = score(ta, open[j]), ba = score(tb, open[i]);
                if (ab > aa && ba > bb && ab + ba > aa + bb + MARGIN) {
                    // a kicker alone changes place with the other story's whole title: kicker and headline go together
                    boolean whole = unit(a).isEmpty() || unit(b).isEmpty();
                    List<Piece> ma = whole ? new ArrayList<>(a.titles) : ta, mb = whole ? new ArrayList<>(b.titles) : tb;
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SWAP " + ma + " <-> " + mb);
                    int at = a.titles.indexOf(ma.get(0));
                    int bt = b.titles.indexOf(mb.get(0));
                    a.titles.removeAll(ma);
                    b.titles.removeAll(mb);
                    a.titles.addAll(at, mb);
                    b.titles.addAll(bt, ma);
                    moveCredits(a, b);
                    break;
                }
            }
        }
    }

    /**
     * Credits printed under a swapped headline go with it: when only one of the two stories holds credits
     * (in its head, before the body), they move to the other story along with the headline.
     */
    static void moveCredits(HeadlineFirstOrder.Draft a, HeadlineFirstOrder.Draft b) {
        if (a.credits.isEmpty() == b.credits.isEmpty()) return;
        HeadlineFirstOrder.Draft from = a.credits.isEmpty() ? b : a, to = from == a ? b : a;
        // a credit glued over the body's first lines signs that body, wherever its headline was printed
        if (gluedOpening(from) != null) return;
        to.credits.addAll(from.credits);
        from.credits.clear();
    }

    /**
     * A story without headline takes the headline that speaks of it far better than of its own story (a
     * headline printed beside another story's body, or after its own).
     */
    static void moveToHeadless(List<HeadlineFirstOrder.Draft> drafts) {
        // a story that gave its headline away may take another one: a second round looks again
        if (moveOnce(drafts)) moveOnce(drafts);
    }

    private static boolean moveOnce(List<HeadlineFirstOrder.Draft> drafts) {
        boolean moved = false;
        for (HeadlineFirstOrder.Draft b : drafts) {
            // a subtitle glued over the lead heads nothing by itself: its headline was printed elsewhere
            if (!b.titles.isEmpty() && !deckOnly(b) || b.caption) continue;
            String ob = opening(b);
            if (ob.isEmpty()) continue;
            HeadlineFirstOrder.Draft best = null;
            List<Piece> bestUnit = null;
            double bestGain = MARGIN;
            for (HeadlineFirstOrder.Draft a : drafts) {
                List<Piece> ta = unit(a);
                if (a == b || ta.isEmpty()) continue;
                double ab = score(ta, ob);
                double gain = ab - score(ta, opening(a));
                if (ab >= ADOPT && gain > bestGain) {
                    best = a;
                    bestUnit = ta;
                    bestGain = gain;
                }
            }
            if (best == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("MOVE " + bestUnit + " -> " + ob.substring(0, Math.min(20, ob.length())));
            best.titles.removeAll(bestUnit);
            best.standalone = true;
            if (best.titles.isEmpty()) takeHead(best, b);
            headOver(b, bestUnit);
            moved = true;
        }
        return moved;
    }

    /**
     * A story without a headline, opened by a dateline lead, that speaks of the headline of a story made of that
     * headline and its own lead alone is that story's second dispatch (习近平将赴印度… / 新华社… 华春莹9日宣布… /
     * 本报北京10月9日电 外交部9日举行中外媒体吹风会…): both leads speak of the one headline, so it cannot move to
     * either, and the two read as one article under it.
     */
    static void secondDispatches(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft b = drafts.get(i);
            Piece first = b.firstBody();
            if (!b.titles.isEmpty() || b.caption || first == null || !Leads.startsWithLead(first.first())) continue;
            String ob = opening(b);
            HeadlineFirstOrder.Draft best = null;
            double bestScore = ADOPT;
            for (HeadlineFirstOrder.Draft a : drafts) {
                if (a == b || !leadOnly(a)) continue;
                double s = score(unit(a), ob);
                if (s >= bestScore && score(unit(a), opening(a)) >= ADOPT) {
                    best = a;
                    bestScore = s;
                }
            }
            if (best == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("DISPATCH " + first + " -> " + best.titles);
            first.dispatch = true;
            best.rest.addAll(b.rest);
            best.credits.addAll(b.credits);
            drafts.remove(i);
            i--;
        }
    }

    /** A story of a headline over one complete paragraph opened by a dateline lead, and nothing else. */
    private static boolean leadOnly(HeadlineFirstOrder.Draft d) {
        Piece first = d.firstBody();
        return !d.titles.isEmpty() && !d.caption && first != null && d.rest.size() == 1
                && Leads.startsWithLead(first.first()) && TextCleanup.endsSentence(first.last());
    }

    /**
     * What was printed in one block with a headline goes with it: its credits, and a whole paragraph glued under
     * them (浦江恒流，上海恒新。), which opens the story ahead of its body.
     */
    private static void takeHead(HeadlineFirstOrder.Draft from, HeadlineFirstOrder.Draft to) {
        if (from.credits.isEmpty() || !to.credits.isEmpty()) return;
        to.credits.addAll(from.credits);
        from.credits.clear();
        Piece first = gluedOpening(from);
        Piece theirs = to.firstBody();
        if (first == null || theirs == null) return;
        if (!TextCleanup.endsSentence(first.last()) || !FragmentChains.paraStart(theirs)) return;
        from.rest.remove(first);
        to.rest.add(0, first);
    }

    /** The draft's body fragment printed glued under its head (no blank line, nothing between), if any. */
    private static Piece gluedOpening(HeadlineFirstOrder.Draft d) {
        Piece first = d.firstBody();
        return first != null && d.rest.get(0) == first && !first.blankBefore ? first : null;
    }

    /** Whether the draft's only titles are a subtitle glued over its lead, its headline printed elsewhere. */
    private static boolean deckOnly(HeadlineFirstOrder.Draft d) {
        return !d.titles.isEmpty() && d.titles.stream().allMatch(t -> t.deck);
    }

    /** Puts the headline over the draft's titles; a lone subtitle joins the headline's group, as it is printed under it. */
    private static void headOver(HeadlineFirstOrder.Draft d, List<Piece> headline) {
        if (deckOnly(d)) {
            // several title groups read as kicker and headline: the subtitle goes into the headline's group
            Piece head = headline.get(headline.size() - 1);
            for (Piece deck : d.titles) head.lines.addAll(deck.lines);
            d.titles.clear();
        }
        d.titles.addAll(0, headline);
    }

    /** Longest picture title (in characters) given to a photo by nearness alone. */
    private static final int SHORT_TITLE = 10;
    /** A headline sharing less than this with its story does not speak of it. */
    private static final double STRANGER = 0.2;

    /**
     * A photo without a title takes a one-line title printed on its own (blank lines around it) that does
     * not speak of the story it was given to: the one that shares most words with the caption, else the
     * nearest in the dump.
     */
    static void titlePhotos(List<HeadlineFirstOrder.Draft> drafts) {
        List<HeadlineFirstOrder.Draft> photos = new ArrayList<>();
        List<HeadlineFirstOrder.Draft> loose = new ArrayList<>();
        for (HeadlineFirstOrder.Draft d : drafts) {
            if (d.caption && d.titles.isEmpty() && d.hasBody()) photos.add(d);
            if (d.caption || d.titles.size() != 1) continue;
            Piece t = d.titles.get(0);
            if (t.lines.size() != 1 || !t.blankBefore || t.gluedToNext || unit(d).isEmpty()) continue;
            if (!d.hasBody() || score(d.titles, opening(d)) < STRANGER) loose.add(d);
        }
        // best pairs first: shared words, then nearness in the dump
        while (!photos.isEmpty() && !loose.isEmpty()) {
            HeadlineFirstOrder.Draft bp = null, bt = null;
            double bestScore = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (HeadlineFirstOrder.Draft p : photos) {
                String caption = opening(p);
                for (HeadlineFirstOrder.Draft t : loose) {
                    if (t == p.around) continue; // the story printed around the photo keeps its headline
                    double sc = score(t.titles, caption);
                    // without words shared only a short picture title goes by nearness, and only from a story
                    // it cannot head (none, or one that starts inside a paragraph)
                    if (sc < STRANGER && (t.titles.get(0).first().replace(" ", "").length() > SHORT_TITLE || heads(t))) continue;
                    int dist = Math.abs(t.titles.get(0).start - p.firstBody().start);
                    if (sc > bestScore || sc == bestScore && dist < bestDistance) {
                        bp = p;
                        bt = t;
                        bestScore = sc;
                        bestDistance = dist;
                    }
                }
            }
            if (bp == null) break;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("PHOTOTITLE " + bt.titles + " -> " + bp.firstBody());
            bp.titles.addAll(bt.titles);
            bt.titles.clear();
            photos.remove(bp);
            loose.remove(bt);
        }
        for (HeadlineFirstOrder.Draft p : photos) subheadAsTitle(p, drafts);
    }

    /** Whether the draft's body opens a paragraph (or a dateline lead), as a story under its headline does. */
    private static boolean heads(HeadlineFirstOrder.Draft d) {
        // the text printed under the title, not text put in front of it (a signed story whose headline is elsewhere)
        Piece first = null;
        int at = d.titles.get(0).start;
        for (Piece p : d.rest) {
            if (p.kind == Piece.Kind.BODY && p.start > at && (first == null || p.start < first.start)) first = p;
        }
        if (first == null) first = d.firstBody();
        return first != null && FragmentChains.paraStart(first);
    }

    /** Names of a photo feature: a title for a picture, never for a story. */
    static final Set<String> PHOTO_LABELS = Set.of("图片报道", "图片新闻");

    /**
     * A photo feature's name (图片报道) on a line of its own, wherever pdftotext put it (as a headline or as a subhead
     * inside a story), titles the photo: a caption (one short fragment) over a photographer's credit. A headline
     * the photo held goes back to the page as a headline left without body.
     */
    static void photoLabels(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft photo = drafts.get(i);
            if (!isPhoto(photo)) continue;
            Piece best = null;
            HeadlineFirstOrder.Draft owner = null;
            int at = photo.firstBody().start;
            for (HeadlineFirstOrder.Draft d : drafts) {
                List<Piece> cands = new ArrayList<>(d.titles);
                for (Piece p : d.rest) if (p.kind == Piece.Kind.BODY && p.subheads.equals(List.of(0))) cands.add(p);
                for (Piece p : cands) {
                    if (p.lines.size() != 1 || !PHOTO_LABELS.contains(p.first().replace(" ", ""))) continue;
                    if (best == null || Math.abs(p.start - at) < Math.abs(best.start - at)) {
                        best = p;
                        owner = d;
                    }
                }
            }
            if (best == null || owner == photo) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("PHOTOLABEL " + best + " -> " + photo.firstBody());
            owner.titles.remove(best);
            int k = owner.rest.indexOf(best);
            owner.rest.remove(best);
            if (k >= 0) textUnderLabel(drafts, owner, k);
            best.kind = Piece.Kind.TITLE;
            best.subheads.clear();
            if (!photo.titles.isEmpty()) {
                HeadlineFirstOrder.Draft lone = new HeadlineFirstOrder.Draft();
                lone.titles.addAll(photo.titles);
                photo.titles.clear();
                drafts.add(i + 1, lone);
            }
            photo.titles.add(best);
        }
    }

    /**
     * The text after a photo label read as a subhead, up to the story's end: when its words leave the story before the
     * label and go on in another story, it is that story's last text, printed where the photo broke its column
     * (苏伊士运河大学语言学院院长哈桑·拉杰卜表示…… under 图片报道 inside the 国务院常务会议 story goes to 做埃中友好的传颂者).
     */
    private static void textUnderLabel(List<HeadlineFirstOrder.Draft> drafts, HeadlineFirstOrder.Draft owner, int k) {
        List<Piece> after = new ArrayList<>(owner.rest.subList(k, owner.rest.size()));
        List<Piece> before = FragmentChains.bodies(owner);
        before.removeAll(after);
        if (after.isEmpty() || before.isEmpty() || after.get(0).kind != Piece.Kind.BODY || !FragmentChains.paraStart(after.get(0))) return;
        if (after.stream().anyMatch(p -> p.kind != Piece.Kind.BODY)) return;
        String text = Cohesion.after(after, -1);
        if (Cohesion.between(text, Cohesion.before(before, before.size())) >= Cohesion.TOPIC_BREAK) return;
        HeadlineFirstOrder.Draft to = Interlopers.closer(drafts, after, owner);
        if (to == null) return;
        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("UNDERLABEL " + after.get(0).first() + " -> " + to.titles);
        owner.rest.removeAll(after);
        to.rest.addAll(after);
    }

    /** One short fragment over a photographer's credit. */
    private static boolean isPhoto(HeadlineFirstOrder.Draft d) {
        if (d.caption) return d.hasBody();
        List<Piece> bodies = new ArrayList<>();
        boolean credit = false;
        for (Piece p : d.rest) {
            if (p.kind == Piece.Kind.BODY) bodies.add(p);
            if (p.photoCredit()) credit = true;
        }
        return credit && bodies.size() == 1 && bodies.get(0).lines.size() <= 8;
    }

    /** A subhead set on its own line that shares words with a caption is that photo's title, read into a story. */
    private static void subheadAsTitle(HeadlineFirstOrder.Draft photo, List<HeadlineFirstOrder.Draft> drafts) {
        String caption = opening(photo);
        Piece best = null;
        HeadlineFirstOrder.Draft owner = null;
        double bestScore = STRANGER;
        for (HeadlineFirstOrder.Draft d : drafts) {
            for (Piece p : d.rest) {
                if (p.kind != Piece.Kind.BODY || p.lines.size() != 1 || !p.subheads.equals(List.of(0)) || !p.blankBefore || p.gluedToNext) continue;
                double sc = score(List.of(p), caption);
                if (sc >= bestScore) {
                    best = p;
                    owner = d;
                    bestScore = sc;
                }
            }
        }
        if (best == null) return;
        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("PHOTOTITLE subhead " + best + " -> " + photo.firstBody());
        owner.rest.remove(best);
        best.kind = Piece.Kind.TITLE;
        best.subheads.clear();
        photo.titles.add(best);
    }

    /** A headline shares at least this much with the story it is given to when nothing else places it. */
    private static final double ADOPT = 0.3;

    /**
     * A headline left without a body (printed between other headlines) goes to the story that speaks of it,
     * before that story's own headline (it was set above it as a kicker).
     */
    static void adoptOrphans(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft t = drafts.get(i);
            if (!t.headlineOnly()) continue;
            // a title block with its own —— subtitle is a whole headline, never a kicker over another one
            if (t.titles.stream().anyMatch(x -> x.lines.stream().anyMatch(l -> l.startsWith("——")))) continue;
            // a headline printed twice over itself (faux bold) is no kicker: it heads only a story without headline
            boolean bold = t.titles.stream().anyMatch(x -> x.bold);
            HeadlineFirstOrder.Draft best = null;
            double bestScore = ADOPT;
            for (HeadlineFirstOrder.Draft d : drafts) {
                if (d == t || !d.hasBody() || d.caption || bold && !d.titles.isEmpty()) continue;
                double s = score(t.titles, opening(d));
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            if (best == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("ADOPT " + t.titles + " -> " + best.titles);
            headOver(best, t.titles);
            drafts.remove(i);
            i--;
        }
    }

    /**
     * Once every other rule has had its turn, a headline still without body and a story still without headline
     * pair up when the headline's words come back in the story's opening at all (支部，如何在基层工作中唱主角, printed
     * after all the text, and 支部，是党的全部工作和战斗力的基础。…, whose photo took the headline it sat under): one
     * such headline, and the story that shares most with it. Stories without headline printed one after another read
     * as one article, so they are compared, and headed, as one.
     */
    static void pairLeftovers(List<HeadlineFirstOrder.Draft> drafts) {
        HeadlineFirstOrder.Draft title = null;
        for (HeadlineFirstOrder.Draft t : drafts) {
            if (!t.headlineOnly()) continue;
            if (title != null) return; // several: words alone would have to decide between them
            title = t;
        }
        if (title == null) return;
        HeadlineFirstOrder.Draft best = null;
        double bestScore = STRANGER;
        for (int i = 0; i < drafts.size(); i++) {
            // a run starts after a story with a headline, or where a story that gave its headline away stands alone
            if (!headless(drafts.get(i)) || i > 0 && headless(drafts.get(i - 1)) && !drafts.get(i).standalone) continue;
            StringBuilder run = new StringBuilder(opening(drafts.get(i)));
            for (int j = i + 1; j < drafts.size() && headless(drafts.get(j)) && !drafts.get(j).standalone && run.length() < OPENING; j++) {
                run.append(opening(drafts.get(j)));
            }
            double s = score(title.titles, run.toString());
            if (s >= bestScore) {
                best = drafts.get(i);
                bestScore = s;
            }
        }
        if (best == null) return;
        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("PAIR " + title.titles + " -> " + best.firstBody());
        best.titles.addAll(title.titles);
        drafts.remove(title);
    }

    /** Han characters in a row a paragraph must repeat of another story's headline to be taken for that story's. */
    private static final int ECHO = 10;

    /**
     * A whole paragraph inside one story that opens with ten characters of another story's headline word for word
     * (支部如何在基层工作中唱主角？唱得怎么样？… under 支部，如何在基层工作中唱主角, found inside the 国务院常务会议
     * story), while it shares no four with its own headline, belongs to the story it echoes: it goes there, before
     * that story's first fragment printed after it.
     */
    static void headlineEchoes(List<HeadlineFirstOrder.Draft> drafts) {
        // headlines long enough to be echoed, in Han characters only
        java.util.Map<HeadlineFirstOrder.Draft, String> heads = new java.util.HashMap<>();
        for (HeadlineFirstOrder.Draft t : drafts) {
            String h = t.titles.isEmpty() || t.caption ? "" : hanOnly(joined(t.titles));
            if (h.length() >= ECHO && t.hasBody()) heads.put(t, h);
        }
        if (heads.isEmpty()) return;
        for (HeadlineFirstOrder.Draft s : drafts) {
            if (s.titles.isEmpty() || s.caption) continue;
            List<Piece> bodies = FragmentChains.bodies(s);
            for (int i = 1; i < bodies.size(); i++) {
                Piece p = bodies.get(i);
                if (!FragmentChains.paraStart(p) || !TextCleanup.endsSentence(p.last()) || !TextCleanup.endsSentence(bodies.get(i - 1).last())) continue;
                // the paragraph opens with the echo (a question restating the headline); names met in a sentence
                // (……李克强同巴基斯坦总理伊姆兰·汗、……) are no echo
                String opening = hanOnly(p.first() + (p.lines.size() > 1 ? p.lines.get(1) : ""));
                if (opening.length() < ECHO) continue;
                opening = opening.substring(0, ECHO);
                HeadlineFirstOrder.Draft to = null;
                for (java.util.Map.Entry<HeadlineFirstOrder.Draft, String> e : heads.entrySet()) {
                    if (e.getKey() == s || !e.getValue().contains(opening)) continue;
                    if (to != null) return; // two stories echoed: no evidence which
                    to = e.getKey();
                }
                if (to == null || shares(hanOnly(joined(s.titles)), hanOnly(p.flat()), 4)) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("ECHO " + p + " -> " + to.titles);
                s.rest.remove(p);
                int at = to.rest.size();
                for (int k = 0; k < to.rest.size(); k++) {
                    if (to.rest.get(k).kind == Piece.Kind.BODY && to.rest.get(k).start > p.start) {
                        at = k;
                        break;
                    }
                }
                to.rest.add(at, p);
                return; // one per page: the stories it compared have changed
            }
        }
    }

    private static String joined(List<Piece> titles) {
        StringBuilder sb = new StringBuilder();
        for (Piece t : titles) for (String l : t.lines) sb.append(l);
        return sb.toString();
    }

    private static String hanOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) if (han(s.charAt(k))) sb.append(s.charAt(k));
        return sb.toString();
    }

    /** Whether {@code text} holds {@code n} characters in a row of {@code title}. */
    private static boolean shares(String title, String text, int n) {
        for (int k = 0; k + n <= title.length(); k++) if (text.contains(title.substring(k, k + n))) return true;
        return false;
    }

    private static boolean headless(HeadlineFirstOrder.Draft d) {
        return d.titles.isEmpty() && d.hasBody() && !d.caption;
    }

    /** What changes place in a swap: the headline proper, or a kicker that is all the story holds. */
    private static List<Piece> swapUnit(HeadlineFirstOrder.Draft d) {
        List<Piece> u = unit(d);
        return u.isEmpty() && !d.caption ? new ArrayList<>(d.titles) : u;
    }

    /** The headline proper: the draft's title groups after its kicker (a group ending with —— or ：). */
    private static List<Piece> unit(HeadlineFirstOrder.Draft d) {
        if (d.titles.isEmpty() || d.caption) return List.of();
        int from = 0;
        for (int k = 0; k < d.titles.size(); k++) {
            String l = d.titles.get(k).last();
            if (l.endsWith("——") || l.endsWith("：")) from = k + 1;
        }
        return new ArrayList<>(d.titles.subList(from, d.titles.size()));
    }

    private static String opening(HeadlineFirstOrder.Draft d) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : d.rest) {
            if (p.kind != Piece.Kind.BODY) continue;
            for (String l : p.lines) sb.append(l);
            if (sb.length() >= OPENING) break;
        }
        return sb.toString();
    }

    /** Share of the title's Han character pairs found in the text. */
    static double score(List<Piece> titles, String text) {
        return score(joined(titles), text);
    }

    /** Share of a title's Han character pairs found in the text. */
    static double score(String t, String text) {
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k + 1 < t.length(); k++) {
            if (han(t.charAt(k)) && han(t.charAt(k + 1))) pairs.add(t.substring(k, k + 2));
        }
        // a name or a word alone (a letter's signature) says too little to move
        if (pairs.size() < MIN_PAIRS) return 0;
        int hit = 0;
        for (String p : pairs) if (text.contains(p)) hit++;
        return hit / (double) pairs.size();
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
