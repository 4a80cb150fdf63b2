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
