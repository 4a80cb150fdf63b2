package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.common.Block;
import org.kanbao.ingest.common.BlockKind;

/**
 * Decides the reading order of a dump and hands the assembler blocks in headline-first order.
 * Some dumps print each headline block after its body (the seed page: the page starts with a body
 * opened by 本报讯 and ends with a headline); most print it first.
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    static List<Block> arrange(List<Piece> pieces, PieceReader reader) {
        List<Piece> content = new ArrayList<>();
        for (Piece p : pieces) if (p.kind != Piece.Kind.FURNITURE) content.add(p);
        if (content.isEmpty()) return List.of();
        return headlineAfter(content) ? fromHeadlineAfter(content) : HeadlineFirstOrder.arrange(content);
    }

    /** Evidence for headlines printed after their bodies: where the page starts and ends. */
    static boolean headlineAfter(List<Piece> c) {
        int score = 0;
        Piece first = c.get(0);
        if (first.kind == Piece.Kind.BODY) score += org.kanbao.ingest.common.Leads.startsWithLead(first.first()) ? 2 : 1;
        if (first.kind == Piece.Kind.TITLE) score -= 1;
        int i = c.size() - 1;
        while (i > 0 && (c.get(i).kind == Piece.Kind.BYLINE || c.get(i).kind == Piece.Kind.JUMP)) i--;
        if (c.get(i).kind == Piece.Kind.TITLE) score += 1;
        if (c.get(i).kind == Piece.Kind.BODY) score -= 1;
        return score >= 2;
    }

    /**
     * Headline-after: an article is everything up to and including its headline block; the first credit
     * right after the headline belongs to it when it has none yet, later credits open the next article.
     */
    static List<Block> fromHeadlineAfter(List<Piece> c) {
        List<Block> out = new ArrayList<>();
        List<Piece> pending = new ArrayList<>();
        int i = 0;
        while (i < c.size()) {
            Piece p = c.get(i);
            if (p.kind != Piece.Kind.TITLE) {
                pending.add(p);
                i++;
                continue;
            }
            List<Piece> titles = new ArrayList<>();
            while (i < c.size() && c.get(i).kind == Piece.Kind.TITLE) titles.add(c.get(i++));
            List<Piece> credits = new ArrayList<>();
            List<Piece> jumps = new ArrayList<>();
            for (Piece q : pending) if (q.kind == Piece.Kind.BYLINE) credits.add(q);
            while (i < c.size() && c.get(i).kind == Piece.Kind.JUMP) jumps.add(c.get(i++));
            if (i < c.size() && c.get(i).kind == Piece.Kind.BYLINE && credits.isEmpty()) {
                Piece y = c.get(i);
                boolean closeToTitle = !y.blankBefore || y.lines.size() > 1 || y.first().matches("^\\s*■?\\s*记\\s+者.*");
                if (closeToTitle) {
                    credits.add(y);
                    i++;
                }
            }
            while (i < c.size() && c.get(i).kind == Piece.Kind.JUMP) jumps.add(c.get(i++));
            for (Piece t : titles) out.add(toBlock(t));
            for (Piece y : credits) out.add(toBlock(y));
            List<Piece> body = new ArrayList<>();
            for (Piece q : pending) {
                if (q.kind == Piece.Kind.BODY) {
                    body.add(q);
                } else if (q.kind != Piece.Kind.BYLINE) {
                    out.addAll(Paragraphs.of(body));
                    body.clear();
                    out.add(toBlock(q));
                }
            }
            out.addAll(Paragraphs.of(body));
            for (Piece j : jumps) out.add(toBlock(j));
            pending.clear();
        }
        // bodies after the last headline: an article without a headline
        List<Piece> body = new ArrayList<>();
        for (Piece q : pending) {
            if (q.kind == Piece.Kind.BODY) body.add(q);
            else out.add(toBlock(q));
        }
        out.addAll(Paragraphs.of(body));
        return out;
    }

    static Block toBlock(Piece p) {
        BlockKind k = switch (p.kind) {
            case TITLE -> BlockKind.HEADLINE;
            case BYLINE -> BlockKind.BYLINE;
            case JUMP -> BlockKind.JUMP;
            case FURNITURE -> BlockKind.FURNITURE;
            case BODY -> BlockKind.BODY;
            default -> BlockKind.UNKNOWN;
        };
        return Block.of(k, p.lines);
    }
}
