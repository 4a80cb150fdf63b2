package org.kanbao.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kanbao.ingest.common.Bylines;
import org.kanbao.ingest.common.JumpLines;
import org.kanbao.ingest.common.Leads;
import org.kanbao.ingest.common.PageHeader;
import org.kanbao.ingest.common.TextCleanup;
import org.kanbao.ingest.common.WordJoin;
import org.kanbao.model.Jump;

/**
 * Cuts one page's dump lines into pieces: furniture (read into page metadata), credits, jump lines,
 * title groups and body fragments. Blank lines and structural lines end a fragment.
 */
final class PieceReader {
    /** Lines longer than this are body text whatever they look like (and keep the regexes cheap). */
    private static final int LONG_LINE = 120;

    final PageHeader.Meta meta = new PageHeader.Meta();
    /** Lines of a letter's signature and date (see {@link #signatures}). */
    private final java.util.Set<Integer> signed = new java.util.HashSet<>();
    final List<String> furniture = new ArrayList<>();
    /** Column widths seen on the page (em → number of lines that wide). */
    final Map<Integer, Integer> widthCounts = new HashMap<>();

    private enum LineKind { BLANK, FURNITURE, JUMP, BYLINE, TEXT }

    /** Lines known to be titles (a bold headline printed twice over itself). */
    private boolean[] titleLines = new boolean[0];
    private final java.util.Set<Integer> doubledTitles = new java.util.HashSet<>();
    /** Longest title that may be printed doubled, in lines of the dump. */
    private static final int MAX_DOUBLED_LINES = 16;

    /**
     * A bold headline overprinted on itself comes out with every line twice, sometimes shifted by a
     * character ({@code 理伊姆兰 / 理伊姆兰· / ·汗举行会谈 / 汗举行会谈}). Where a run of short lines,
     * joined, splits into doubled runs, it is replaced by one clean title line.
     */
    private List<String> undoDoubledTitles(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            String a = in.get(i).strip();
            String b = i + 1 < in.size() ? in.get(i + 1).strip() : "";
            boolean candidate = !a.isEmpty() && a.length() <= 20 && !b.isEmpty()
                    && (b.startsWith(a) || a.length() > 1 && b.startsWith(a.substring(1)) || b.equals(a));
            int best = -1;
            String clean = null;
            if (candidate) {
                StringBuilder cat = new StringBuilder();
                for (int j = i; j < in.size() && j < i + MAX_DOUBLED_LINES; j++) {
                    String l = in.get(j).strip();
                    if (l.isEmpty() || l.length() > 24) break;
                    cat.append(TextCleanup.removeSpaces(l));
                    if (j > i && cat.length() % 2 == 0) {
                        String u = TextCleanup.undoFauxBold(cat.toString());
                        if (!u.equals(cat.toString())) {
                            best = j;
                            clean = u;
                        }
                    }
                }
            }
            if (best > i) {
                doubledTitles.add(out.size());
                out.add(clean);
                i = best + 1;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return out;
    }

    /** pdftotext may glue the first text line after a 上接 line to it: （上接第1版）蹲助跑”，原 becomes two lines. */
    static List<String> splitLeadingJumps(List<String> in) {
        List<String> out = null;
        for (int i = 0; i < in.size(); i++) {
            String l = in.get(i);
            int end = JumpLines.leadingEnd(l);
            if (end > 0 && out == null) out = new ArrayList<>(in.subList(0, i));
            if (end > 0) {
                out.add(l.substring(0, end));
                out.add(l.substring(end));
            } else if (out != null) {
                out.add(l);
            }
        }
        return out == null ? in : out;
    }

    List<Piece> read(List<String> raw) {
        List<String> lines = undoDoubledTitles(splitInlineBylines(splitLeadingJumps(raw)));
        int n = lines.size();
        titleLines = new boolean[n];
        for (int i = 0; i < n; i++) titleLines[i] = doubledTitles.contains(i);
        LineKind[] kinds = new LineKind[n];
        PageHeader.Kind[] fk = new PageHeader.Kind[n];
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                kinds[i] = LineKind.BLANK;
                continue;
            }
            if (l.length() <= LONG_LINE) {
                fk[i] = PageHeader.classify(l);
                if (fk[i] != null) {
                    kinds[i] = LineKind.FURNITURE;
                    continue;
                }
                if (JumpLines.parse(l) != null) {
                    kinds[i] = LineKind.JUMP;
                    continue;
                }
                if (Bylines.parse(l).isPresent()) {
                    kinds[i] = LineKind.BYLINE;
                    continue;
                }
                if (i > 0 && kinds[i - 1] == LineKind.BYLINE && isCreditContinuation(l)) {
                    kinds[i] = LineKind.BYLINE;
                    continue;
                }
            }
            kinds[i] = LineKind.TEXT;
        }
        signatures(lines, kinds, fk);
        sections(lines, kinds, fk);
        for (int i = 0; i < n; i++) if (kinds[i] == LineKind.FURNITURE) furniture.add(lines.get(i).strip());
        return pieces(lines, kinds);
    }

    /** A letter's date on a line of its own, under its signature. */
    private static final Pattern LETTER_DATE = Pattern.compile("^(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日$");

    /**
     * A letter printed on the page ends with its signer's name and the date on lines of their own, under a sentence
     * end (…健康长寿、生活幸福！ / 习近平 / 2019年10月6日): the date is the letter's, not the page header's, and both
     * lines are paragraphs of the letter, never a headline.
     */
    private void signatures(List<String> lines, LineKind[] kinds, PageHeader.Kind[] fk) {
        for (int i = 0; i < lines.size(); i++) {
            if (fk[i] != PageHeader.Kind.DATE || !LETTER_DATE.matcher(TextCleanup.removeSpaces(lines.get(i))).matches()) continue;
            int j = prev(kinds, i);
            int k = j < 0 ? -1 : prev(kinds, j);
            if (k < 0 || kinds[j] != LineKind.TEXT || kinds[k] != LineKind.TEXT) continue;
            String name = TextCleanup.removeSpaces(lines.get(j));
            if (name.length() < 2 || name.length() > 4 || !allHan(name)) continue;
            if (!TextCleanup.endsSentence(lines.get(k))) continue;
            kinds[i] = LineKind.TEXT;
            fk[i] = null;
            signed.add(j);
            signed.add(i);
        }
    }

    /** Splits {@code 长10.3%。 ■摄影 陈文武} into the text and its credit. */
    private static final Pattern LEADING_JUMP =
            Pattern.compile("^\\s*[（(]\\s*(?:上接|接)\\s*(?:第\\s*)?[A-Za-z]?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版\\s*[）)]");

    private static List<String> splitInlineBylines(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String l : raw) {
            java.util.regex.Matcher jm = l.length() <= LONG_LINE ? LEADING_JUMP.matcher(l) : null;
            if (jm != null && jm.find() && jm.end() < l.strip().length()) {
                out.add(l.substring(0, jm.end()));
                l = l.substring(jm.end());
            }
            int k = l.length() <= LONG_LINE ? l.indexOf('■', 1) : -1;
            if (k > 0 && Bylines.parse(l.substring(k)).isPresent()) {
                out.add(l.substring(0, k).stripTrailing());
                out.add(l.substring(k));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** The second line of a credit: {@code 通讯员 张佶为 陆 超} or more names ({@code 赵永平 余建斌 王 珂}). */
    private static boolean isCreditContinuation(String l) {
        String t = l.strip();
        if (t.length() > 40) return false;
        if (Bylines.parse("记者 " + t).isEmpty()) return false;
        // names only: tokens of 1–4 Han characters, at least two tokens or one of 2–3 characters
        String[] toks = t.split("\\s+");
        if (toks.length == 1) return t.length() >= 2 && t.length() <= 3;
        return true;
    }

    /** A short line next to header furniture names the section; a name after it finishes 责任编辑. */
    private void sections(List<String> lines, LineKind[] kinds, PageHeader.Kind[] fk) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == LineKind.FURNITURE) meta.add(fk[i], lines.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != LineKind.TEXT || !PageHeader.isSectionCandidate(lines.get(i))) continue;
            int p = prev(kinds, i);
            int q = next(kinds, i);
            boolean furnBefore = p >= 0 && kinds[p] == LineKind.FURNITURE;
            boolean furnAfter = q >= 0 && kinds[q] == LineKind.FURNITURE;
            // or opens the page right above the header (综合 / 第2版 / 临湖日报 …)
            boolean pageTop = p < 0 && furnAfter && fk[q] != null;
            if ((pageTop || furnBefore && fk[p] != null && PageHeader.precedesSection(fk[p])) && meta.section == null
                    && (furnAfter || (q >= 0 && PageHeader.isSectionCandidate(lines.get(q)) && meta.editor != null))) {
                kinds[i] = LineKind.FURNITURE;
                meta.add(PageHeader.Kind.SECTION, lines.get(i));
                // the second editor's name may follow the section on its own line
                if (q >= 0 && kinds[q] == LineKind.TEXT && meta.editor != null && lines.get(q).strip().length() <= 3
                        && PageHeader.isSectionCandidate(lines.get(q))) {
                    kinds[q] = LineKind.FURNITURE;
                    meta.editor = meta.editor + " " + lines.get(q).strip();
                }
            }
        }
        int e = secondEditor(lines, kinds, meta.editor);
        if (e >= 0) {
            kinds[e] = LineKind.FURNITURE;
            meta.editor = meta.editor + " " + lines.get(e).strip();
        }
    }

    /**
     * The second editor's name of a 责任编辑 line that names one editor, printed elsewhere on the page on a line of
     * its own: the one lone line of two or three Han characters that starts with a common surname and is no
     * dictionary word (观察 and 习近平 are words).
     */
    static int secondEditor(List<String> lines, LineKind[] kinds, String editor) {
        if (editor == null) return -1;
        int colon = Math.max(editor.indexOf('：'), editor.indexOf(':'));
        String names = editor.substring(colon + 1).strip();
        if (names.isEmpty() || names.contains(" ") || names.contains("\u3000")) return -1;
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != LineKind.TEXT) continue;
            if (i > 0 && kinds[i - 1] != LineKind.BLANK || i + 1 < lines.size() && kinds[i + 1] != LineKind.BLANK) continue;
            String t = lines.get(i).strip();
            if (t.length() < 2 || t.length() > 3 || !allHan(t)) continue;
            if (!org.kanbao.tags.Lexicon.isSurname(t.charAt(0)) || WordJoin.isWord(t)) continue;
            if (found >= 0) return -1; // two candidates: no evidence which
            found = i;
        }
        return found;
    }

    private static boolean allHan(String s) {
        return s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static int prev(LineKind[] k, int i) {
        for (int j = i - 1; j >= 0; j--) if (k[j] != LineKind.BLANK) return j;
        return -1;
    }

    private static int next(LineKind[] k, int i) {
        for (int j = i + 1; j < k.length; j++) if (k[j] != LineKind.BLANK) return j;
        return -1;
    }

    private List<Piece> pieces(List<String> lines, LineKind[] kinds) {
        List<Piece> out = new ArrayList<>();
        Piece cur = null;
        boolean blank = true;
        for (int i = 0; i < lines.size(); i++) {
            LineKind k = kinds[i];
            if (k == LineKind.BLANK) {
                cur = null;
                blank = true;
                continue;
            }
            Piece.Kind pk = switch (k) {
                case FURNITURE -> Piece.Kind.FURNITURE;
                case JUMP -> Piece.Kind.JUMP;
                case BYLINE -> Piece.Kind.BYLINE;
                default -> Piece.Kind.BODY;
            };
            boolean newByline = pk == Piece.Kind.BYLINE && Bylines.hasMarker(lines.get(i));
            if (signed.contains(i) || titleLines[i]) {
                // a letter's signature or date is a paragraph of its own; a title printed twice over itself, a title
                Piece one = new Piece(titleLines[i] ? Piece.Kind.TITLE : Piece.Kind.BODY, i);
                one.bold = titleLines[i];
                one.label = !titleLines[i];
                one.blankBefore = blank;
                one.lines.add(lines.get(i).strip());
                out.add(one);
                cur = null;
                blank = false;
                continue;
            }
            if (cur == null || cur.kind != pk || pk == Piece.Kind.JUMP || pk == Piece.Kind.FURNITURE || newByline) {
                cur = new Piece(pk, i);
                cur.blankBefore = blank;
                out.add(cur);
            }
            cur.lines.add(lines.get(i).strip());
            blank = false;
        }
        for (Piece p : out) if (p.kind == Piece.Kind.BODY) measure(p);
        List<Piece> split = new ArrayList<>();
        for (Piece p : out) {
            if (p.kind != Piece.Kind.BODY) {
                split.add(p);
                continue;
            }
            List<Piece> run = new ArrayList<>();
            for (Piece d : splitAtSpeechDate(p)) {
                if (d.kind == Piece.Kind.TITLE || d.underGluedTitle) run.add(d);
                else for (Piece q : splitAtLeads(d)) for (Piece r : splitAtSeams(q)) run.addAll(splitTitles(r));
            }
            wideSubtitles(run);
            split.addAll(run);
        }
        split = subtitleRuns(split);
        split = boxLabels(split);
        subheadRuns(split);
        split = bodyFirstLines(split);
        loneParagraphStarts(split);
        split = splitAddresses(split);
        salutations(split);
        letterOpenings(split);
        split = gluedHeadlines(split);
        split = afterJumpFrom(split);
        beforeJumpTo(split);
        for (Piece p : split) if (p.kind == Piece.Kind.BODY) SubheadMarks.mark(p);
        for (int i = 0; i + 1 < split.size(); i++) split.get(i).gluedToNext = !split.get(i + 1).blankBefore;
        return split;
    }

    /**
     * People's Daily opens a long report with a summary box headed 核心阅读: the label is the body's first
     * paragraph, not a headline, whether it stands alone or pdftotext glued it under the headline.
     */
    static final java.util.Set<String> BOX_LABELS = java.util.Set.of("核心阅读");

    private List<Piece> boxLabels(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece t : in) {
            if (t.kind != Piece.Kind.TITLE || t.bold || !BOX_LABELS.contains(TextCleanup.removeSpaces(t.last()))) {
                out.add(t);
                continue;
            }
            Piece label = t;
            if (t.lines.size() > 1) {
                out.add(t.firstLines(t.lines.size() - 1, Piece.Kind.TITLE));
                label = t.linesFrom(t.lines.size() - 1);
            }
            label.kind = Piece.Kind.BODY;
            label.label = true;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("BOXLABEL " + label);
            out.add(label);
        }
        return out;
    }

    /**
     * A short title-like line standing between two body fragments of the same column, the first ending
     * a sentence and the second opening without a lead, is an in-body subhead, not a new headline.
     */
    private static void subheadRuns(List<Piece> ps) {
        subheadPairs(ps);
        for (int i = 1; i + 1 < ps.size(); i++) {
            Piece t = ps.get(i);
            if (t.kind != Piece.Kind.TITLE || t.bold || t.lines.size() > 2 || t.gluedToNext && ps.get(i + 1).kind != Piece.Kind.BODY) continue;
            if (ps.get(i - 1).kind == Piece.Kind.TITLE || ps.get(i + 1).kind == Piece.Kind.TITLE) continue;
            Piece prev = neighbour(ps, i, -1);
            Piece next = neighbour(ps, i, +1);
            if (prev == null || next == null || prev.kind != Piece.Kind.BODY || next.kind != Piece.Kind.BODY) continue;
            if (prev.width <= 0 || next.width <= 0 || prev.lines.size() < 2 || next.lines.size() < 2) continue;
            if (Math.abs(prev.width - next.width) > 1.0 || !TextCleanup.endsSentence(prev.last())) continue;
            // a subhead opens a paragraph: never before a fragment that continues a sentence
            if (Leads.startsWithLead(next.first()) || FragmentChains.contStart(next)) continue;
            if (TextCleanup.widest(t.lines) > next.width + 0.5) continue;
            if (SubheadMarks.runsOn(t.last(), next.first(), next.width)) {
                // running text cut off from the paragraph it begins, not a title
                t.kind = Piece.Kind.BODY;
                t.width = next.width;
                continue;
            }
            // a subhead sits inside one story: where the words on either side have little in common, the
            // line is the next story's headline (a salutation opening a speech stays in the text)
            boolean oneStory = Cohesion.between(Cohesion.before(ps, i), Cohesion.after(ps, i)) >= Cohesion.TOPIC_BREAK;
            // two lines that would fit on one line of the column are no subhead (a subhead is set to the column's
            // measure) but a headline wrapped at its own: under a lone lead paragraph, that paragraph's headline;
            // inside a story that goes on around it, a headline whose body pdftotext printed elsewhere
            if (t.lines.size() == 2 && TextCleanup.width(t.first()) + TextCleanup.width(t.last()) <= next.width) {
                t.underLead = Leads.startsWithLead(prev.first());
                t.stranded = !t.underLead && oneStory;
                if (t.stranded && Boolean.getBoolean("kanbao.debugPieces")) System.err.println("STRANDED " + t);
                continue;
            }
            if (!TextCleanup.endsSentence(t.last()) && !oneStory) {
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("TOPICBREAK " + t);
                continue;
            }
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SUBHEAD " + t + " between " + prev.last() + " / " + next.first());
            t.kind = Piece.Kind.BODY;
            t.width = next.width;
            for (int k = 0; k < t.lines.size(); k++) t.subheads.add(k);
        }
    }

    /**
     * Two subheads of one column that pdftotext printed one after the other (each over its own section, the
     * sections after them): two title pieces between body fragments of one column, each wrapped close to that
     * column's measure (a headline is set to its own), after a sentence end and before a paragraph start.
     */
    private static void subheadPairs(List<Piece> ps) {
        for (int i = 1; i + 2 < ps.size(); i++) {
            Piece prev = ps.get(i - 1), a = ps.get(i), b = ps.get(i + 1), next = ps.get(i + 2);
            if (prev.kind != Piece.Kind.BODY || next.kind != Piece.Kind.BODY || a.kind != Piece.Kind.TITLE || b.kind != Piece.Kind.TITLE) continue;
            if (prev.width <= 0 || Math.abs(prev.width - next.width) > 1.0 || !TextCleanup.endsSentence(prev.last())) continue;
            if (next.lines.size() < 2 || Leads.startsWithLead(next.first()) || FragmentChains.contStart(next)) continue;
            if (!columnSubhead(a, next.width) || !columnSubhead(b, next.width)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SUBHEADPAIR " + a + " / " + b);
            for (Piece t : List.of(a, b)) {
                t.kind = Piece.Kind.BODY;
                t.width = next.width;
                for (int k = 0; k < t.lines.size(); k++) t.subheads.add(k);
            }
            i++;
        }
    }

    /** One or two lines, none wider than the column, the first within two and a half characters of it. */
    private static boolean columnSubhead(Piece t, double col) {
        if (t.bold || t.lines.size() > 2) return false;
        return TextCleanup.widest(t.lines) <= col + 0.5 && TextCleanup.width(t.first()) >= col - 2.5;
    }

    /**
     * Text right under a 上接 line continues the story (its headline is printed above the jump line): lines there
     * that look like a title are the first lines of the body.
     */
    private List<Piece> afterJumpFrom(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Piece t = in.get(i);
            Piece prev = i > 0 ? in.get(i - 1) : null;
            Piece next = i + 1 < in.size() ? in.get(i + 1) : null;
            Jump j = prev != null && prev.kind == Piece.Kind.JUMP && !t.blankBefore ? JumpLines.parse(prev.first()) : null;
            boolean underJump = j != null && j.direction() == Jump.Direction.FROM;
            if (underJump && t.kind == Piece.Kind.TITLE && !t.bold) {
                Piece b = new Piece(Piece.Kind.BODY, t.start);
                b.blankBefore = t.blankBefore;
                b.lines.addAll(t.lines);
                if (next != null && next.kind == Piece.Kind.BODY && !next.blankBefore) {
                    b.lines.addAll(next.lines);
                    i++;
                }
                measure(b);
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("UNDERJUMP " + b);
                out.add(b);
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A story cut off by a 下转 line ends in mid-sentence right above it: a short line there
     * ({@code 李克强同与会外方嘉宾还 / （下转第3版）}) is the body's last line, never a headline.
     */
    private void beforeJumpTo(List<Piece> ps) {
        for (int i = 0; i + 1 < ps.size(); i++) {
            Piece t = ps.get(i);
            Piece j = ps.get(i + 1);
            if (t.kind != Piece.Kind.TITLE || t.bold || t.lines.size() > 2 || j.kind != Piece.Kind.JUMP || j.blankBefore) continue;
            Jump jump = JumpLines.parse(j.first());
            if (jump == null || jump.direction() != Jump.Direction.TO || TextCleanup.endsSentence(t.last())) continue;
            Piece before = i > 0 ? ps.get(i - 1) : null;
            if (paragraphStartAfterOpenEnd(t, before)) {
                // no paragraph starts after a sentence left open: that sentence is the one the story leaves the page
                // with, and the line opens a paragraph whose column went on elsewhere (防范化解重大风险攻坚战的推进取得
                // under …打开了农场的网店, its text 明显成效，… printed under the subhead ——坚守底线，防范风险力度强。)
                if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LONESTART BEFOREJUMP " + t);
                t.kind = Piece.Kind.BODY;
                t.width = before.width;
                t.loneStart = true;
                continue;
            }
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("BEFOREJUMP " + t);
            t.kind = Piece.Kind.BODY;
            measure(t);
            // the last line of a column its story leaves, set in the column of the text before it
            t.cutOff = true;
            if (t.width <= 0 && before != null && before.kind == Piece.Kind.BODY && before.width >= TextCleanup.widest(t.lines)) {
                t.width = before.width;
            }
        }
    }

    /** One line indented as a paragraph's first, printed after a fragment that stops mid-sentence on a full line. */
    private boolean paragraphStartAfterOpenEnd(Piece t, Piece before) {
        if (t.lines.size() != 1 || before == null || before.kind != Piece.Kind.BODY || !isColumnWidth(before.width)
                || !FragmentChains.openEnd(before)) return false;
        return indentedLine(t.first().strip(), before.width);
    }

    /** The indent (two characters) short of the column, one character more at most: digits and Latin letters measure half. */
    private static boolean indentedLine(String line, double col) {
        double gap = col - (TextCleanup.width(line) + 2);
        return col > 0 && gap >= -0.25 && gap <= 1.0;
    }

    /**
     * A lone short line read as a title but glued to a body fragment that starts inside a sentence (its first
     * line fills the column) is that fragment's first line: a paragraph start cut short by a column break
     * or by a Latin word that did not fit ({@code 在距浦东机场3公里的 / C919总装车间，…}).
     */
    private List<Piece> bodyFirstLines(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Piece t = in.get(i);
            Piece next = i + 1 < in.size() ? in.get(i + 1) : null;
            if (t.kind == Piece.Kind.TITLE && !t.bold && t.lines.size() == 1 && next != null && next.kind == Piece.Kind.BODY
                    && !next.blankBefore && next.lines.size() >= 3 && FragmentChains.contStart(next)) {
                String l = t.first();
                double w = TextCleanup.width(l);
                if (!l.strip().contains(" ") && w <= next.width - 0.75 && w >= next.width * 0.4 && !l.endsWith("——")) {
                    Piece b = new Piece(Piece.Kind.BODY, t.start);
                    b.blankBefore = t.blankBefore;
                    b.lines.addAll(t.lines);
                    b.lines.addAll(next.lines);
                    measure(b);
                    if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("FIRSTLINE " + t + " / " + next.first());
                    out.add(b);
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A lone line set apart between a finished story and a headline, two characters (the paragraph indent) short
     * of the column width of the story before it (up to three when it holds digits), is a paragraph's first line whose column went on
     * elsewhere, not a kicker: a headline does not stand on its own right above another headline unless it
     * is a kicker (ending in —— or ：). So are two such lines, the second full, above a fragment that continues
     * their sentence; when the story before ends in a one-line paragraph, the column is the continuation's.
     */
    private void loneParagraphStarts(List<Piece> ps) {
        for (int i = 0; i < ps.size(); i++) {
            Piece t = ps.get(i);
            if (t.kind == Piece.Kind.FURNITURE || t.bold || t.lines.size() > 2 || !t.blankBefore) continue;
            Piece prev = neighbour(ps, i, -1), next = neighbour(ps, i, 1);
            if (prev == null || next == null || prev.kind != Piece.Kind.BODY || !next.blankBefore) continue;
            // the column: the story's before it, or (a one-line paragraph before) the continuation's after it
            double col = isColumnWidth(prev.width) ? prev.width
                    : next.kind == Piece.Kind.BODY && next.lines.size() >= 3 && isColumnWidth(next.width) ? next.width : 0;
            // two lines: a paragraph's first two, the second full, its sentence running on in the fragment after
            boolean two = t.lines.size() == 2;
            if (two && (t.kind != Piece.Kind.TITLE || next.kind != Piece.Kind.BODY || !FragmentChains.contStart(next, col)
                    || TextCleanup.endsSentence(t.last()) || TextCleanup.width(t.last()) < col - 1.0)) continue;
            // a title line right above a headline or a dateline lead (either opens the next story); between two body
            // fragments, a body line, or a title line when the second fragment continues a sentence (a subhead opens
            // a paragraph)
            boolean beforeTitle = t.kind == Piece.Kind.TITLE
                    && (next.kind == Piece.Kind.TITLE || next.kind == Piece.Kind.BODY && Leads.startsWithLead(next.first()));
            boolean betweenBodies = next.kind == Piece.Kind.BODY && (t.kind == Piece.Kind.BODY && t.subheads.isEmpty() && !t.label
                    || t.kind == Piece.Kind.TITLE && FragmentChains.contStart(next, col));
            if (!beforeTitle && !betweenBodies) continue;
            String l = t.first().strip();
            // after an open end too when a clause runs through it and a word on into the fragment after it (林郑月娥强调，
            // 无论任何 / 人，尤其是……): a headline has no clause cut off mid-word
            boolean runsOn = betweenBodies && !two && hasClauseMark(l) && WordJoin.wordAcross(l, next.first());
            if (!TextCleanup.endsSentence(prev.last()) && !runsOn) continue;
            if (l.contains(" ") || l.endsWith("——") || l.endsWith("：") || l.endsWith(":") || TextCleanup.endsSentence(l)) continue;
            if (!indentedLine(l, col)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LONESTART " + t);
            t.kind = Piece.Kind.BODY;
            t.width = col;
            t.loneStart = true;
        }
    }

    /** Vocatives separated by commas, one of them a plural (……们), ending in ！ or ：. */
    private static final Pattern SALUTATION =
            Pattern.compile("(\\p{IsHan}{1,6}[，、]){1,5}\\p{IsHan}{1,6}[！：]");

    /** Share of a glued headline's character pairs the story text before its second line's head must hold. */
    private static final double GLUED_HEADLINE_WORDS = 0.5;

    /**
     * A headline glued over a column that continues another fragment (中宣部授予陈俊武“时代楷模”称号 / 年，仍然…
     * after …进入耄耋之): the first line looks like an indented paragraph start, but it has no punctuation, no word
     * runs from it into the second line, a word does run into the second line from an open end printed earlier,
     * and the story around that open end speaks of it. The line is a headline and the rest a body of its own.
     */
    private List<Piece> gluedHeadlines(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Piece p = in.get(i);
            if (p.kind != Piece.Kind.BODY || p.lines.size() < 3 || !p.subheads.isEmpty() || p.loneStart || p.width <= 0) {
                out.add(p);
                continue;
            }
            String first = p.first(), second = p.lines.get(1);
            double w = TextCleanup.width(first);
            Piece head = w <= p.width - 1.5 && w >= 6 && bare(first) && isTitleLike(first) && !Leads.startsWithLead(first)
                    && !WordJoin.wordAcross(first, second) ? headOf(in, i, first, second) : null;
            if (head == null) {
                out.add(p);
                continue;
            }
            Piece t = p.firstLines(1, Piece.Kind.TITLE);
            Piece b = p.linesFrom(1);
            b.width = p.width;
            b.underGluedTitle = true;
            b.head = head;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("GLUEDHEAD " + t);
            out.add(t);
            out.add(b);
        }
        return out;
    }

    /** No punctuation but quotes (a headline's). */
    private static boolean bare(String l) {
        for (int k = 0; k < l.length(); k++) if ("，。、；：！？…（）《》".indexOf(l.charAt(k)) >= 0) return false;
        return true;
    }

    /** Pieces searched back for the open end a glued headline's text continues (a column or two of a page). */
    private static final int HEAD_LOOKBACK = 30;

    /** The nearest earlier open end that a word joins to this line, when the text up to it holds most of the title's words. */
    private static Piece headOf(List<Piece> ps, int i, String title, String line) {
        for (int j = i - 1; j >= Math.max(0, i - HEAD_LOOKBACK); j--) {
            Piece h = ps.get(j);
            if (h.kind != Piece.Kind.BODY || h.width <= 0 || TextCleanup.width(h.last()) < h.width - 1.5) continue;
            // stops mid-sentence on a line within a character of full (commas may be set half-width)
            if (TextCleanup.endsSentence(h.last()) || !WordJoin.wordAcross(h.last(), line)) continue;
            return TitleAffinity.score(title, Cohesion.before(ps, j + 1)) >= GLUED_HEADLINE_WORDS ? h : null;
        }
        return null;
    }

    /** A speech's opening address: 尊敬的…… up to its comma, on one or two lines. */
    private static boolean address(List<String> ls) {
        if (ls.isEmpty() || ls.size() > 2 || !ls.get(0).strip().startsWith("尊敬的")) return false;
        String t = TextCleanup.removeSpaces(String.join("", ls));
        return t.endsWith("，") && t.indexOf('。') < 0;
    }

    /**
     * The address lines that open a speech (尊敬的各位政府首脑、副首脑和夫 / 人，) glued under the end of another
     * column are split off it: they are the speech's first paragraph.
     */
    private List<Piece> splitAddresses(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : in) {
            int n = p.lines.size();
            int at = -1;
            for (int k = Math.max(1, n - 2); k < n && p.kind == Piece.Kind.BODY; k++) {
                if (address(p.lines.subList(k, n)) && !TextCleanup.endsSentence(p.lines.get(k - 1))) {
                    at = k;
                    break;
                }
            }
            if (at < 0) {
                out.add(p);
                continue;
            }
            Piece a = p.firstLines(at, Piece.Kind.BODY);
            a.width = p.width;
            Piece b = p.linesFrom(at);
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("ADDRESS split " + b);
            out.add(a);
            out.add(b);
        }
        return out;
    }

    /** Whether the line is a speech's salutation (女士们，先生们，朋友们！). */
    static boolean salutationLine(String l) {
        return l.indexOf('们') >= 0 && SALUTATION.matcher(TextCleanup.removeSpaces(l)).matches();
    }

    /** A salutation on a line of its own is a paragraph of a speech, not a subhead, nor a headline under its speech's title. */
    private static void salutations(List<Piece> ps) {
        for (int i = 0; i < ps.size(); i++) {
            Piece t = ps.get(i);
            if (t.kind != Piece.Kind.BODY && t.kind != Piece.Kind.TITLE) continue;
            if (address(t.lines)) {
                markSalutation(t);
                continue;
            }
            if (t.lines.size() != 1 || !salutationLine(t.first())) continue;
            // read as a title, it is a paragraph only right under its speech's headline: elsewhere it opens a speech
            // whose headline pdftotext printed far away, and as a title it keeps that speech apart from the story before
            Piece prev = neighbour(ps, i, -1), next = neighbour(ps, i, 1);
            if (t.kind == Piece.Kind.TITLE && (prev == null || prev.kind != Piece.Kind.TITLE && !prev.underGluedTitle)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SALUTATION " + t);
            markSalutation(t);
            if (next != null && next.kind == Piece.Kind.BODY && next.width > 0) t.width = next.width;
        }
    }

    /** A letter's greeting, which opens the paragraph right under its salutation. */
    private static final Pattern GREETING = Pattern.compile("^(?:你们好|您们好|您好|你好|大家好)[！!，,]");
    /** How a letter printed on the page is labelled over its salutation (回信, 贺信, 贺电 …). */
    private static final Pattern LETTER_LABEL = Pattern.compile("^\\p{IsHan}{0,3}[信电函]$");

    /**
     * A letter printed on the page opens with its salutation, one or two lines ending with ： over a greeting
     * (澳门街坊总会颐骏中心长者义工组全 / 体成员： / 你们好！…), perhaps under a label (回信): both are the letter's
     * first paragraphs, not a kicker and headline.
     */
    private static void letterOpenings(List<Piece> ps) {
        for (int i = 0; i < ps.size(); i++) {
            Piece t = ps.get(i);
            if (t.kind != Piece.Kind.BODY && t.kind != Piece.Kind.TITLE || t.lines.size() > 2) continue;
            String text = TextCleanup.removeSpaces(t.flat());
            if (!text.endsWith("：") || text.length() < 3 || hasProseMark(text.substring(0, text.length() - 1))) continue;
            Piece next = neighbour(ps, i, 1);
            if (next == null || next.kind != Piece.Kind.BODY || !GREETING.matcher(TextCleanup.removeSpaces(next.first())).find()) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LETTER " + t);
            markSalutation(t);
            Piece label = neighbour(ps, i, -1);
            if (label != null && label.kind == Piece.Kind.TITLE && label.lines.size() == 1
                    && LETTER_LABEL.matcher(TextCleanup.removeSpaces(label.first())).matches()) {
                label.kind = Piece.Kind.BODY;
                label.label = true;
            }
        }
    }

    private static void markSalutation(Piece t) {
        t.kind = Piece.Kind.BODY;
        t.subheads.clear();
        t.salutation = true;
    }

    private static Piece neighbour(List<Piece> ps, int i, int step) {
        for (int j = i + step; j >= 0 && j < ps.size(); j += step) {
            if (ps.get(j).kind != Piece.Kind.FURNITURE) return ps.get(j);
        }
        return null;
    }

    /**
     * One or two lines of one run between its headline and a dateline lead, wider than the lead's column (no
     * body line overflows its column), are the headline's subtitle ({@code 审议通过《……》} under a 国务院常务会议
     * headline), even when they hold commas.
     */
    private static void wideSubtitles(List<Piece> run) {
        for (int i = 0; i + 1 < run.size(); i++) {
            Piece t = i > 0 ? run.get(i - 1) : null, x = run.get(i), lead = run.get(i + 1);
            if (x.kind != Piece.Kind.BODY || lead.kind != Piece.Kind.BODY) continue;
            if (x.lines.size() > 2 || !Leads.startsWithLead(lead.first()) || lead.lines.size() < 3) continue;
            if (TextCleanup.width(x.first()) < TextCleanup.widest(lead.lines) + 4) continue;
            boolean titled = t != null && t.kind == Piece.Kind.TITLE;
            // without a headline above, only lines glued to the lead with no sentence in them (their headline was
            // printed elsewhere)
            if (!titled && (lead.blankBefore || x.text().indexOf('。') >= 0 || x.text().indexOf('！') >= 0)) continue;
            x.kind = Piece.Kind.TITLE;
            x.deck = !titled;
        }
    }

    /** A body run opening with a —— line right after a title: that line, with any it wraps onto, is the title's subtitle. */
    private List<Piece> subtitleRuns(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : in) {
            Piece prev = out.isEmpty() ? null : out.get(out.size() - 1);
            String f = p.first();
            if (p.kind == Piece.Kind.BODY && prev != null && prev.kind == Piece.Kind.TITLE && p.lines.size() > 1
                    && f.startsWith("——") && isTitleLike(f) && !f.contains("，")) {
                int n = 1;
                while (n < p.lines.size() && subtitleGoesOn(p.lines.get(n - 1), p.lines.get(n))) n++;
                out.add(p.firstLines(n, Piece.Kind.TITLE));
                if (n < p.lines.size()) {
                    Piece b = p.linesFrom(n);
                    measure(b);
                    out.add(b);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The date and place a speech was given, printed under its title: （2019年10月9日，北京）. */
    private static final Pattern SPEECH_DATE =
            Pattern.compile("（\\d{4}年\\d{1,2}月\\d{1,2}日，\\p{IsHan}{2,10}）");

    /**
     * A speech's title is printed with the date and place it was given under it: up to three title-like lines over
     * that line are a headline and its subtitle, and any text glued under them is body.
     */
    private List<Piece> splitAtSpeechDate(Piece p) {
        List<String> ls = p.lines;
        for (int d = 1; d < Math.min(4, ls.size()); d++) {
            if (!ls.get(d).strip().startsWith("（") || !SPEECH_DATE.matcher(TextCleanup.removeSpaces(ls.get(d))).matches()
                    || !allTitleLike(ls, 0, d)) continue;
            Piece t = p.firstLines(d + 1, Piece.Kind.TITLE);
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SPEECHTITLE " + t);
            if (d + 1 == ls.size()) return List.of(t);
            Piece b = p.linesFrom(d + 1);
            b.underGluedTitle = true;
            measure(b);
            return List.of(t, b);
        }
        return List.of(p);
    }

    /**
     * A dateline lead inside a run of body lines opens another article's body that pdftotext glued to the
     * end of a column fragment without a blank line: the run is cut before it (unless the lines before are
     * title lines, which {@link #splitTitles} handles).
     */
    private List<Piece> splitAtLeads(Piece p) {
        List<String> ls = p.lines;
        int from = 0;
        List<Piece> out = new ArrayList<>();
        for (int i = 1; i < ls.size(); i++) {
            if (!Leads.startsWithLead(ls.get(i))) continue;
            if (from == 0 && i < 5 && allTitleLike(ls, 0, i)) continue;
            if (i - from < 2) continue;
            Piece a = new Piece(Piece.Kind.BODY, p.start + from);
            a.blankBefore = from == 0 ? p.blankBefore : false;
            a.lines.addAll(ls.subList(from, i));
            out.add(a);
            from = i;
        }
        if (from == 0) return List.of(p);
        Piece b = new Piece(Piece.Kind.BODY, p.start + from);
        b.lines.addAll(ls.subList(from, ls.size()));
        out.add(b);
        for (Piece q : out) {
            measure(q);
            if (q.width <= 0 || q.lines.size() < 3) q.width = p.width;
        }
        if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("LEADSPLIT " + out);
        return out;
    }

    /**
     * Cuts a fragment where pdftotext glued the top of another story's column under a column end with no blank line:
     * under a full line left open, a line three characters or more short of the column that ends no clause, with
     * full lines under it (no line inside a paragraph is that short, and a paragraph's first line is only two short;
     * 几内亚长期坚定奉行一个中国 / “好一朵美丽的茉莉), or a line a number in digits cannot run on into
     * (中几关系的60 / 文化桥梁). The text after the first kind of cut opens a story of its own.
     */
    private List<Piece> splitAtSeams(Piece p) {
        List<String> ls = p.lines;
        double col = p.width;
        if (col < 8) return List.of(p);
        List<Integer> cuts = new ArrayList<>();
        List<Boolean> numbers = new ArrayList<>();
        for (int i = 1; i < ls.size(); i++) {
            boolean number = FragmentChains.numberCannotRunOn(ls.get(i - 1), ls.get(i));
            if (!number && !shortSeam(ls, i, col)) continue;
            if (Boolean.getBoolean("kanbao.debugPieces")) System.err.println("SEAM " + ls.get(i - 1) + " / " + ls.get(i));
            cuts.add(i);
            numbers.add(number);
            // a column glued to a handful of others at most: more cuts than that is no page's text
            if (cuts.size() > MAX_SEAMS) return List.of(p);
        }
        if (cuts.isEmpty()) return List.of(p);
        List<Piece> out = new ArrayList<>();
        cuts.add(ls.size());
        int from = 0;
        for (int k = 0; k < cuts.size(); k++) {
            Piece q = new Piece(Piece.Kind.BODY, p.start + from);
            q.lines.addAll(ls.subList(from, cuts.get(k)));
            q.blankBefore = from == 0 && p.blankBefore;
            q.seam = from > 0 && !numbers.get(k - 1);
            q.width = col;
            out.add(q);
            from = cuts.get(k);
        }
        return out;
    }

    /** Most seams one run of lines may have (see {@link #splitAtSeams}). */
    private static final int MAX_SEAMS = 8;

    private static boolean shortSeam(List<String> ls, int i, double col) {
        if (i < 2 || i + 2 >= ls.size()) return false;
        String up = ls.get(i - 1), l = ls.get(i);
        return TextCleanup.width(up) >= col - 0.5 && TextCleanup.isHan(up.charAt(up.length() - 1))
                && TextCleanup.width(l) <= col - 3 && TextCleanup.isHan(l.charAt(l.length() - 1))
                && TextCleanup.width(ls.get(i + 1)) >= col - 1 && TextCleanup.width(ls.get(i + 2)) >= col - 1;
    }

    /** Records the fragment's column width: the most common width of its lines but the last. */
    private void measure(Piece p) {
        Map<Integer, Integer> c = new HashMap<>();
        // a paragraph's indented first line tells nothing of the column when lines enough are left to count
        boolean indented = p.lines.size() >= 4
                && TextCleanup.width(p.lines.get(0)) <= TextCleanup.widest(p.lines.subList(1, p.lines.size() - 1)) - 1.5;
        for (int i = 0; i < p.lines.size() - 1; i++) {
            int w = (int) Math.round(TextCleanup.width(p.lines.get(i)) * 2);
            if (i > 0 || !indented) c.merge(w, 1, Integer::sum);
            widthCounts.merge(w, 1, Integer::sum);
        }
        int best = 0;
        int bestN = 0;
        for (var e : c.entrySet()) {
            if (e.getValue() > bestN || e.getValue() == bestN && e.getKey() > best) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        p.width = best / 2.0;
        // short lines (a subhead, paragraph ends) can outnumber the full ones in a small fragment: a page column
        // width among its lines is the better reading when the most common width is none
        int widest = c.keySet().stream().max(Integer::compare).orElse(0);
        if (widest > best && !isColumnWidth(best / 2.0) && isColumnWidth(widest / 2.0)) p.width = widest / 2.0;
        // two lines, the second running on: it is a full line, the first may be indented
        if (p.lines.size() == 2 && !TextCleanup.endsSentence(p.last())) p.width = Math.max(p.width, TextCleanup.width(p.last()));
    }

    /** Whether many body lines on the page are exactly this wide (a column width). */
    boolean isColumnWidth(double w) {
        Integer n = widthCounts.get((int) Math.round(w * 2));
        return n != null && n >= 8;
    }

    /**
     * Title lines at the start of a text run: lines before a dateline lead, lines before a —— subtitle,
     * or a whole short run that never ends a sentence.
     */
    private List<Piece> splitTitles(Piece p) {
        if (p.label) return List.of(p);
        List<String> ls = p.lines;
        int k = -1;
        boolean full = false;
        for (int i = 1; i < Math.min(ls.size(), 5); i++) {
            if (Leads.startsWithLead(ls.get(i)) && allTitleLike(ls, 0, i)) {
                k = i;
                break;
            }
        }
        if (k < 0) {
            for (int i = 1; i < Math.min(ls.size(), 4); i++) {
                if (ls.get(i).startsWith("——") && allTitleLike(ls, 0, i) && TextCleanup.width(ls.get(i)) < 40) {
                    k = i + 1;
                    // the subtitle wraps onto lines no wider than it that hold no mark, fill no column and indent none
                    // (——印度和尼泊尔各界人士 / 热切期待习近平主席访问)
                    while (k < ls.size() && subtitleGoesOn(ls.get(k - 1), ls.get(k))) k++;
                    break;
                }
            }
            if (k >= ls.size()) k = -1;
        }
        double col = p.width;
        if (k < 0 && ls.size() >= 3 && isTitleLike(ls.get(0)) && !isColumnWidth(col)) {
            // the run's own width may be the title's: take a wider page column width among its lines
            for (String l : ls) {
                double w = TextCleanup.width(l);
                if (isColumnWidth(w) && w > col) col = w;
            }
        }
        if (k < 0 && ls.size() >= 3 && col > 0) {
            // title lines clearly narrower than the column they sit on
            int i = 0;
            while (i < 3 && i < ls.size() - 1 && isTitleLike(ls.get(i)) && TextCleanup.width(ls.get(i)) < col - 3) i++;
            // a word running on into the next line (在四川盆 / 地……) is body text cut short, not a title
            if (i > 0 && !WordJoin.wordAcross(ls.get(i - 1), ls.get(i))) k = i;
        }
        if (k < 0 && ls.size() >= 4 && p.width > 0) {
            // two or more short lines over a full one: a paragraph has one short first line at most
            int i = 0;
            while (i < 3 && isTitleLike(ls.get(i)) && !ls.get(i).contains("，") && TextCleanup.width(ls.get(i)) <= p.width - 1.5) i++;
            if (i >= 2 && TextCleanup.width(ls.get(i)) >= p.width - 0.5 && !WordJoin.wordAcross(ls.get(i - 1), ls.get(i))) k = i;
        }
        if (k < 0 && ls.size() >= 3 && p.width > 0) {
            // title lines wider than the column below them: no body line overflows its column
            int i = 0;
            while (i < 3 && i < ls.size() - 2 && isTitleLike(ls.get(i)) && TextCleanup.width(ls.get(i)) > p.width + 2) i++;
            if (i > 0) k = i;
        }
        if (k < 0 && ls.size() >= 4 && p.width > 0) {
            // title lines right above an indented paragraph start (a first line two characters short, then a full line)
            for (int i = 1; i <= 3 && i + 1 < ls.size(); i++) {
                String l = ls.get(i - 1);
                if (!isTitleLike(l) || l.endsWith("！") || l.endsWith("？")) break;
                // a full first line is a title too when no word runs on into the paragraph under it
                if (TextCleanup.width(l) >= p.width - 0.75 && (i > 1 || TextCleanup.width(l) > p.width + 0.5
                        || l.contains("，") || WordJoin.wordAcross(l, ls.get(i)))) break;
                double wi = TextCleanup.width(ls.get(i)), wn = TextCleanup.width(ls.get(i + 1));
                if (Math.abs(wi - (p.width - 2)) <= 0.5 && wn >= p.width - 0.5 && !TextCleanup.endsSentence(ls.get(i))) {
                    k = i;
                    break;
                }
            }
        }
        // a short line over a full one that goes on: a body line that short ends a paragraph, and the next
        // paragraph's first line is indented (人间重晚晴 / 各地举行丰富多彩的活动，处处洋溢着尊)
        if (k < 0 && ls.size() == 2 && isTitleLike(ls.get(0)) && !ls.get(0).contains("，") && !ls.get(0).endsWith("：")
                && isColumnWidth(TextCleanup.width(ls.get(1))) && TextCleanup.width(ls.get(0)) < TextCleanup.width(ls.get(1)) - 3
                && !TextCleanup.endsSentence(ls.get(1)) && !WordJoin.wordAcross(ls.get(0), ls.get(1))) {
            k = 1;
            full = true;
        }
        boolean glued = k < 0 && isTitleGluedOverSentenceEnd(p);
        if (glued) k = ls.size() - 1;
        if (k < 0) k = unpunctuatedHead(ls);
        if (k < 0) {
            if (isTitleRun(p)) p.kind = Piece.Kind.TITLE;
            return List.of(p);
        }
        Piece t = p.firstLines(k, Piece.Kind.TITLE);
        Piece b = p.linesFrom(k);
        b.underGluedTitle = glued;
        measure(b);
        if (full) {
            // the line under the headline was found to fill a page column: it takes up a sentence
            b.width = TextCleanup.width(b.first());
            b.fullLine = true;
        }
        return List.of(t, b);
    }

    /** Holds a mark of {@link #PROSE_MARKS}. */
    private static boolean hasProseMark(String s) {
        return s.chars().anyMatch(c -> PROSE_MARKS.indexOf(c) >= 0);
    }

    /** Marks that body prose uses every clause or so; a headline may do without any. */
    private static final String PROSE_MARKS = "，。、；：！？“”‘’《》（）…—·,.;:!?()";

    /**
     * Three or four lines in a row without a single mark opening a run of text are a headline glued over it
     * (习近平将赴印度…第二 / 次非正式会晤… / 外交部举行中外媒体吹风会介绍有关情况 / 总是坚持原则、…): prose that long
     * always has a comma somewhere. Returns the number of title lines, or -1.
     */
    static int unpunctuatedHead(List<String> ls) {
        int i = 0;
        while (i < ls.size() && i < 5 && isTitleLike(ls.get(i)) && ls.get(i).strip().length() >= 6
                && !hasProseMark(ls.get(i))) i++;
        if (i < 3 || i > 4 || i >= ls.size()) return -1;
        return WordJoin.wordAcross(ls.get(i - 1), ls.get(i)) ? -1 : i;
    }

    /**
     * Title lines no page column is as narrow as, glued over one line that ends a sentence
     * (栗战书出席庆祝中俄 / … / 70周年招待会并致辞 / 展作出新的贡献。): the last line is body text printed
     * under the headline, not part of it.
     */
    private boolean isTitleGluedOverSentenceEnd(Piece p) {
        List<String> ls = p.lines;
        int n = ls.size();
        if (n < 3 || n > 5 || p.width <= 0 || isColumnWidth(p.width)) return false;
        String last = ls.get(n - 1);
        if (!TextCleanup.endsSentence(last) || !allTitleLike(ls, 0, n - 1)) return false;
        double total = 0;
        for (int i = 0; i < n - 1; i++) {
            String l = ls.get(i);
            if (hasClauseMark(l) || isColumnWidth(TextCleanup.width(l))) return false;
            // a word running on into the next line (尼泊尔各 / 界人士) is body text, not a headline
            if (WordJoin.wordAcross(l, ls.get(i + 1))) return false;
            total += TextCleanup.width(l);
        }
        return total <= 60;
    }

    private boolean isTitleRun(Piece p) {
        List<String> ls = p.lines;
        if (isNarrowTitle(ls)) return true;
        if (ls.size() > 4) return false;
        String joined = String.join("", ls).strip();
        if ((joined.startsWith("（") || joined.startsWith("(")) && (joined.endsWith("）") || joined.endsWith(")"))) return false;
        double total = 0;
        for (String l : ls) {
            if (!isTitleLike(l)) return false;
            total += TextCleanup.width(l);
        }
        if (total > 60) return false;
        int full = 0;
        for (String l : ls) {
            if ((isColumnWidth(TextCleanup.width(l)) || sameWidthLines(ls, l) >= 3) && hasClauseMark(l)) full++;
        }
        if (full >= 1 && ls.size() > 1) return false;
        // a single line exactly as wide as a column, with a comma inside, is body text cut by a column break
        if (ls.size() == 1 && isColumnWidth(TextCleanup.width(ls.get(0))) && hasClauseMark(ls.get(0))
                && !ls.get(0).contains(" ") && !ls.get(0).endsWith("——")) return false;
        return true;
    }

    /** A comma or enumeration comma inside: a clause of prose. */
    private static boolean hasClauseMark(String l) {
        return l.contains("，") || l.contains("、");
    }

    /** A —— subtitle's line wrapping onto the next: no wider than it, no mark, filling no column and indenting none. */
    private boolean subtitleGoesOn(String above, String l) {
        double w = TextCleanup.width(l);
        return isTitleLike(l) && !hasProseMark(l) && w <= TextCleanup.width(above) + 1
                && !isColumnWidth(w) && !isColumnWidth(w + 2) && !Leads.startsWithLead(l);
    }

    /** How many of the lines are as wide as the given one: three alike are a column even on a page too small to count. */
    private static int sameWidthLines(List<String> ls, String l) {
        double w = TextCleanup.width(l);
        int n = 0;
        for (String o : ls) if (Math.abs(TextCleanup.width(o) - w) < 0.25) n++;
        return n;
    }

    /** Widest line of a headline set in a narrow strip beside its story (支部， / 如何在 / 基层工作 / …). */
    private static final double NARROW = 7;

    /**
     * Five to eight lines no wider than {@link #NARROW}, no column of the page being that narrow, with no sentence
     * end among them: a headline (and its —— subtitle) set in a strip a few characters wide. Its lines may end on
     * a comma, as a headline's do where it breaks.
     */
    private boolean isNarrowTitle(List<String> ls) {
        if (ls.size() < 5 || ls.size() > 8) return false;
        for (String l : ls) {
            String t = l.strip();
            double w = TextCleanup.width(t);
            if (w > NARROW || w < 1 || isColumnWidth(w) || Leads.startsWithLead(t)) return false;
            if (t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || t.indexOf('！') >= 0 || t.indexOf('？') >= 0) return false;
        }
        return true;
    }

    private static final Pattern PACKAGE_CREDIT = Pattern.compile("^(?:本期统筹|本期策划|本组稿件统筹)[：:]");

    static boolean isTitleLike(String l) {
        String t = l.strip();
        if (t.isEmpty() || t.length() > 40) return false;
        if (Leads.startsWithLead(t)) return false;
        // （本报巴黎电） （新华社电） （作者为…）: the closing line of a body
        if ((t.startsWith("（") || t.startsWith("(")) && (t.endsWith("）") || t.endsWith(")"))) return false;
        // 本期统筹：杨烁壁 credits the report (or series) it closes, unlike the page's 责任编辑
        if (PACKAGE_CREDIT.matcher(t).find()) return false;
        char c = t.charAt(t.length() - 1);
        if ("。，、；…".indexOf(c) >= 0) return false;
        if (t.indexOf('。') >= 0 || t.indexOf('；') >= 0) return false;
        if (t.endsWith("”") && t.length() > 1 && "。！？".indexOf(t.charAt(t.length() - 2)) >= 0) return false;
        return true;
    }

    private static boolean allTitleLike(List<String> ls, int from, int to) {
        for (int i = from; i < to; i++) if (!isTitleLike(ls.get(i)) || ls.get(i).endsWith("！") || ls.get(i).endsWith("？") && i < to - 1) return false;
        return true;
    }
}
