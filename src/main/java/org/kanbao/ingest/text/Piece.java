package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.common.TextCleanup;

/**
 * A run of dump lines with one role, before assembly: a title group, a credit, a body fragment
 * (the lines between two blank lines or structural lines), a jump line, furniture.
 */
final class Piece {
    enum Kind { TITLE, BYLINE, BODY, JUMP, FURNITURE, UNKNOWN }

    Kind kind;
    final List<String> lines = new ArrayList<>();
    /** Line index in the page where the piece starts (dump order). */
    final int start;
    /** Whether a blank line (or page start) comes right before the piece. */
    boolean blankBefore;
    /** Body fragments: index of lines that are subheads. */
    final List<Integer> subheads = new ArrayList<>();
    /** Whether the next piece follows without a blank line (a title set right above its credit or body). */
    boolean gluedToNext;
    /** A title printed in faux bold (doubled): surely a headline. */
    boolean bold;
    /** A lone paragraph start whose column went on elsewhere (see PieceReader#loneParagraphStarts). */
    boolean loneStart;
    /** Body text split off from under title lines it was glued to; it may continue an earlier open end. */
    boolean underGluedTitle;
    /** For text split off under a glued headline: the open end a word joins it to (see PieceReader#gluedHeadlines). */
    Piece head;
    /** A headline printed under its story's lead paragraph (see PieceReader#subheadRuns). */
    boolean underLead;
    /** A headline printed inside another story's column; its body is elsewhere (see PieceReader#subheadRuns). */
    boolean stranded;
    /** A speech's salutation on its own line (女士们，先生们，朋友们！): a paragraph, perhaps the first of a speech. */
    boolean salutation;
    /** A box label such as 核心阅读: a paragraph of its own at the head of a body. */
    boolean label;
    /** A subtitle glued over its story's dateline lead, its headline printed elsewhere. */
    boolean deck;
    /** A lone line known to fill its column (measured against the page's column widths). */
    boolean fullLine;
    /** A dateline lead opening a later dispatch of the story before it: a paragraph, not a new article. */
    boolean dispatch;
    /** Body text right above a 下转 line: the last line of a column its story leaves. */
    boolean cutOff;
    /** Body text glued under another story's column with no blank line (see PieceReader#splitAtSeams). */
    boolean seam;
    /** The lower part of a fragment cut where words cross to text elsewhere (see CrossedLines#split). */
    boolean crossed;
    /** Body fragments: column width in em (0 unknown). */
    double width;

    Piece(Kind kind, int start) {
        this.kind = kind;
        this.start = start;
    }

    /** Its first {@code k} lines as a piece of that kind, keeping the blank line before it. */
    Piece firstLines(int k, Kind as) {
        Piece p = new Piece(as, start);
        p.blankBefore = blankBefore;
        p.lines.addAll(lines.subList(0, k));
        return p;
    }

    /** Its lines from {@code k} on, as body text starting on that line (glued under the lines before it). */
    Piece linesFrom(int k) {
        Piece p = new Piece(Kind.BODY, start + k);
        p.lines.addAll(lines.subList(k, lines.size()));
        return p;
    }

    /** A speech's opening address (尊敬的……，), as opposed to its salutation. */
    boolean address() {
        return salutation && first().startsWith("尊敬的");
    }

    /** A photographer's credit (■摄影 X). */
    boolean photoCredit() {
        return kind == Kind.BYLINE && TextCleanup.removeSpaces(first()).replace("■", "").startsWith("摄影");
    }

    String text() {
        return String.join("\n", lines);
    }

    /** Its lines without the breaks between them (a word or name may be cut by one). */
    String flat() {
        return String.join("", lines);
    }

    /** A subhead standing alone on one line (领会精神牢记嘱托). */
    boolean loneSubhead() {
        return lines.size() == 1 && subheads.contains(0);
    }

    String first() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    String last() {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public String toString() {
        return kind + "@" + start + (width > 0 ? "/w" + width : "") + ":" + text().replace('\n', '|');
    }
}
