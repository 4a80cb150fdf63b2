package org.kanbao.ingest.text;

import java.util.List;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A kicker printed on its own over a dateline lead ({@code 林郑月娥：} / 新华社香港10月8日电 …) has lost its headline
 * to another column: pdftotext put the headline above the story's second paragraph. The kicker and the lead
 * paragraph go to the front of the story whose title has no kicker, whose body opens without a lead, and whose
 * opening names what the kicker names; the nearest such story in the dump when several do.
 */
final class LoneKickers {
    private LoneKickers() {
    }

    static void join(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft k = drafts.get(i);
            if (k.caption || k.titles.size() != 1 || !k.credits.isEmpty()) continue;
            Piece kicker = k.titles.get(0);
            String name = kickerText(kicker);
            Piece lead = k.firstBody();
            if (name == null || lead == null || !Leads.startsWithLead(lead.first())) continue;
            HeadlineFirstOrder.Draft best = null;
            for (HeadlineFirstOrder.Draft t : drafts) {
                if (t == k || t.caption || t.titles.size() != 1 || kickerText(t.titles.get(0)) != null) continue;
                Piece first = t.firstBody();
                if (first == null || Leads.startsWithLead(first.first()) || !opening(t).contains(name)) continue;
                if (best == null || Math.abs(t.titles.get(0).start - kicker.start) < Math.abs(best.titles.get(0).start - kicker.start)) best = t;
            }
            if (best == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LONEKICKER " + kicker + " + " + lead + " -> " + best.titles);
            best.titles.add(0, kicker);
            best.rest.addAll(0, k.rest);
            drafts.remove(i);
            i--;
        }
    }

    /** Share of a headline's character pairs a lead paragraph holds when it speaks of that headline. */
    private static final double LEAD_SPEAKS = 0.4;

    /**
     * Once headlines have found their stories, a story titled by a kicker alone over a dateline lead (各地开展尊老敬老爱老
     * 孝老活动—— / 本报讯 农历九月初九为中国传统节日重阳节。九九重阳，……) joins the one story with a headline and no
     * kicker, no lead and no credit of its own whose headline its lead speaks of (九九重阳 其乐融融): the kicker goes
     * over that headline, the lead before its text and the rest after it, the credits with them.
     */
    static void joinLate(List<HeadlineFirstOrder.Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            HeadlineFirstOrder.Draft k = drafts.get(i);
            if (k.caption || k.titles.size() != 1 || kickerText(k.titles.get(0)) == null) continue;
            Piece lead = k.firstBody();
            if (lead == null || k.rest.get(0) != lead || !Leads.startsWithLead(lead.first())) continue;
            HeadlineFirstOrder.Draft best = null;
            for (HeadlineFirstOrder.Draft t : drafts) {
                if (t == k || t.caption || t.titles.size() != 1 || kickerText(t.titles.get(0)) != null || !t.credits.isEmpty()) continue;
                Piece first = t.firstBody();
                if (first == null || Leads.startsWithLead(first.first())) continue;
                if (TitleAffinity.score(t.titles, lead.flat()) < LEAD_SPEAKS) continue;
                if (best != null) {
                    best = null; // two headlines the lead speaks of: no evidence which
                    break;
                }
                best = t;
            }
            if (best == null) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LATEKICKER " + k.titles + " + " + lead + " -> " + best.titles);
            best.titles.add(0, k.titles.get(0));
            best.credits.addAll(k.credits);
            best.rest.add(0, lead);
            best.rest.addAll(k.rest.subList(1, k.rest.size()));
            drafts.remove(i);
            i--;
        }
    }

    /** The words of a one-line kicker ending in ： or ——, or null for any other title. */
    private static String kickerText(Piece t) {
        if (t.lines.size() != 1) return null;
        String l = TextCleanup.removeSpaces(t.first());
        for (String end : List.of("：", ":", "——")) {
            if (l.endsWith(end) && l.length() > end.length() + 1) return l.substring(0, l.length() - end.length());
        }
        return null;
    }

    private static String opening(HeadlineFirstOrder.Draft d) {
        Piece p = d.firstBody();
        return p == null ? "" : p.flat();
    }
}
