package org.kanbao.ingest.text;

import java.util.List;
import org.kanbao.ingest.common.ArticleAssembler;
import org.kanbao.ingest.common.Bylines;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;

/**
 * An opinion column's name (人民论坛, 短评 …) heads a commentary; it is never a middle part of a news title. When
 * pdftotext prints it between a story's kicker and headline (中办通知……如何？ / 人民论坛 / 减负看得见), it moves to
 * the next story whose title has no kicker and whose body opens without a dateline lead and
 * which no reporter signs.
 */
final class ColumnLabels {
    private ColumnLabels() {
    }

    static void move(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft d = drafts.get(i);
            for (int k = 1; k + 1 < d.titles.size(); k++) {
                Piece label = d.titles.get(k);
                if (label.lines.size() != 1 || !ArticleAssembler.commentaryColumn(TextCleanup.removeSpaces(label.first()))) continue;
                if (k + 2 < d.titles.size() && d.titles.get(k + 2).first().startsWith("——") && !isKicker(d.titles.get(k - 1).last())
                        && !d.titles.get(k + 1).first().startsWith("——")) {
                    // headline / label / its headline / ——subtitle: the commentary's title printed between a headline
                    // and that headline's subtitle goes, label and headline, to the commentary signed by a pen name
                    HeadlineFirstOrder.Draft to = penNameStory(drafts, d);
                    if (to == null) continue;
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("COLUMNTITLE " + label + " -> " + to.rest.get(0));
                    to.titles.add(d.titles.remove(k));
                    to.titles.add(d.titles.remove(k));
                    break;
                }
                // only between a kicker and the headline it announces; after a whole headline the label opens
                // another story's title, which this rule cannot place
                if (!isKicker(d.titles.get(k - 1).last()) || d.titles.get(k + 1).first().startsWith("——")) continue;
                HeadlineFirstOrder.Draft to = target(drafts, i);
                if (to == null) continue;
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("COLUMNLABEL " + label + " -> " + to.titles);
                d.titles.remove(k);
                to.titles.add(0, label);
                break;
            }
        }
    }

    /**
     * A reporters' story does not end on a pen name: a pen-name credit (■齐平) inside a story its reporters sign
     * (■记 者 吴 刚) closes a commentary printed inside it. The commentary is the run of whole paragraphs before the
     * pen name from the paragraph start where the words change most (least cohesion with the text before); it
     * becomes a story of its own, right after the one it was printed in.
     */
    static void penNameRuns(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft d = drafts.get(i);
            if (d.caption || d.credits.isEmpty() || !d.credits.stream().allMatch(HeadlineFirstOrder::reporters)) continue;
            int y = -1;
            for (int k = 1; k < d.rest.size() && y < 0; k++) if (d.rest.get(k).kind == Piece.Kind.BYLINE && penName(d.rest.get(k))) y = k;
            if (y < 0) continue;
            List<Piece> before = d.rest.subList(0, y);
            int cut = -1;
            double least = Double.MAX_VALUE;
            for (int s = 1; s < before.size(); s++) {
                Piece p = before.get(s), q = before.get(s - 1);
                if (p.kind != Piece.Kind.BODY || q.kind != Piece.Kind.BODY || !FragmentChains.paraStart(p) || !TextCleanup.endsSentence(q.last())) continue;
                double c = Cohesion.between(Cohesion.before(before, s), Cohesion.after(before, s - 1));
                if (c < least) {
                    least = c;
                    cut = s;
                }
            }
            if (cut < 0) continue;
            HeadlineFirstOrder.Draft c = new HeadlineFirstOrder.Draft();
            c.rest.addAll(d.rest.subList(cut, y + 1));
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("PENNAME " + c.rest);
            d.rest.removeAll(c.rest);
            drafts.add(i + 1, c);
        }
    }

    /** The first story without headline that ends on a pen-name credit. */
    private static HeadlineFirstOrder.Draft penNameStory(List<HeadlineFirstOrder.Draft> drafts, HeadlineFirstOrder.Draft not) {
        for (HeadlineFirstOrder.Draft t : drafts) {
            if (t == not || t.caption || !t.titles.isEmpty() || t.rest.isEmpty()) continue;
            Piece last = t.rest.get(t.rest.size() - 1);
            if (last.kind == Piece.Kind.BYLINE && penName(last) && t.hasBody()) return t;
        }
        return null;
    }

    private static boolean isKicker(String l) {
        String t = l.strip();
        return t.endsWith("——") || t.endsWith("：") || t.endsWith(":") || t.endsWith("？") || t.endsWith("?");
    }

    /** A commentary is signed with a pen name (■言成声), a news story by its reporters. */
    private static boolean penName(Piece credit) {
        return Bylines.parse(credit.text()).map(bs -> bs.stream().allMatch(b -> b.role().isEmpty())).orElse(false);
    }

    private static HeadlineFirstOrder.Draft target(List<HeadlineFirstOrder.Draft> drafts, int from) {
        for (int j = from + 1; j < drafts.size(); j++) {
            HeadlineFirstOrder.Draft t = drafts.get(j);
            if (t.caption || t.titles.size() != 1 || !t.credits.stream().allMatch(ColumnLabels::penName)) continue;
            Piece b = t.firstBody();
            if (b == null || Leads.startsWithLead(b.first()) || isKicker(t.titles.get(0).last())) continue;
            return t;
        }
        return null;
    }
}
