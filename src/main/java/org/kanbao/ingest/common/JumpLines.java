package org.kanbao.ingest.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.model.Jump;

/** Jump lines: {@code （下转2版）}, {@code （下转第二版）}, {@code （上接第1版）}, {@code 上接A3版}. */
public final class JumpLines {
    private static final Pattern JUMP = Pattern.compile(
            "^\\s*[（(]?\\s*(下转|转|上接|接)\\s*(?:第\\s*)?[A-Za-z]?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,4})\\s*版\\s*[）)]?\\s*$");
    /** A jump line at the end of a body line (pdftotext may glue it to the last text line). */
    private static final Pattern TRAILING = Pattern.compile(
            "[（(]\\s*(下转|上接)\\s*(?:第\\s*)?[A-Za-z]?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,4})\\s*版\\s*[）)]\\s*$");

    /** A bracketed jump line at the start of a line that goes on with text (pdftotext glued the next line to it). */
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*[（(]\\s*(下转|上接)\\s*(?:第\\s*)?[A-Za-z]?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,4})\\s*版\\s*[）)]");

    private JumpLines() {
    }

    /** Where a jump printed at the start of a longer line ends (（上接第1版）蹲助跑”，原 → 7), or -1. */
    public static int leadingEnd(String line) {
        if (line == null || line.isEmpty()) return -1;
        String t = line.stripLeading();
        if (t.isEmpty() || t.charAt(0) != '（' && t.charAt(0) != '(') return -1;
        Matcher m = LEADING.matcher(line);
        if (!m.find() || m.end() >= line.length() || line.substring(m.end()).isBlank()) return -1;
        return jump(m.group(1), m.group(2)) == null ? -1 : m.end();
    }

    /** The jump this whole line prints, or null. */
    public static Jump parse(String line) {
        if (line == null || line.length() > 40 || line.indexOf('版') < 0) return null;
        Matcher m = JUMP.matcher(line);
        if (!m.matches()) return null;
        return jump(m.group(1), m.group(2));
    }

    /** A jump printed at the end of a text, and where it starts; null if none. */
    public record Trailing(Jump jump, int start) {
    }

    public static Trailing trailing(String text) {
        if (text == null || text.isEmpty()) return null;
        char last = text.charAt(text.length() - 1);
        if (last != '）' && last != ')' && !Character.isWhitespace(last)) return null;
        int from = Math.max(0, text.length() - 40);
        Matcher m = TRAILING.matcher(text).region(from, text.length());
        if (!m.find()) return null;
        Jump j = jump(m.group(1), m.group(2));
        return j == null ? null : new Trailing(j, m.start());
    }

    private static Jump jump(String verb, String num) {
        int page = Numbers.parse(num);
        if (page <= 0) return null;
        Jump.Direction d = verb.contains("下") || verb.equals("转") ? Jump.Direction.TO : Jump.Direction.FROM;
        return new Jump(d, page);
    }
}
