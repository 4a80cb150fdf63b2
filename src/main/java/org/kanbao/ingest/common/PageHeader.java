package org.kanbao.ingest.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page headers and mastheads (报头/版头): paper name, date, 星期, 第N版, 第N期, 今日N版, 责任编辑, CN numbers,
 * web addresses. They become page metadata, never articles. {@link #classify} looks at one line alone;
 * {@link Meta} gathers what the recognised lines say.
 */
public final class PageHeader {
    public enum Kind { PAPER, LATIN_PAPER, DATE, WEEKDAY, PAGE, ISSUE, EDITOR, SECTION, REGISTRATION }

    private static final Pattern DATE = Pattern.compile(
            "^\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:[（(]?\\s*星期[一二三四五六日天]\\s*[）)]?)?\\s*(?:农历.{2,12})?\\s*$");
    private static final Pattern WEEKDAY = Pattern.compile("^\\s*星期[一二三四五六日天]\\s*$");
    private static final Pattern PAGE = Pattern.compile("^\\s*第\\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*版\\s*$|^\\s*([A-Z])\\s*([0-9]{1,2})\\s*版?\\s*$");
    private static final Pattern ISSUE = Pattern.compile("^\\s*(?:第\\s*\\d{1,6}\\s*期|今日\\s*\\d{1,3}\\s*版|总第\\s*\\d+\\s*期)(?:\\s+(?:第\\s*\\d{1,6}\\s*期|今日\\s*\\d{1,3}\\s*版))?\\s*$");
    private static final Pattern EDITOR = Pattern.compile("^\\s*(?:责任编辑|责编|美术编辑|版式设计|本版编辑|本版统筹|校对|图片编辑)\\s*[：:]");
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?:国内统一连续出版物号|CN\\s*\\d{2}\\s*-\\s*\\d{4}|邮发代号|代号\\s*\\d+-\\d+|网址\\s*[：:]|https?://|www\\.[a-z0-9-]+\\.)"
                    + "|^(?:本报地址|社址|邮编|邮政编码|订阅热线|发行热线|广告热线|新闻热线|定价)\\s*[：:]|^[\\p{IsHan}]{2,10}报社出版$");
    private static final Pattern PAPER = Pattern.compile("^\\s*[\\p{IsHan}]{1,8}(?:日报|晚报|时报|商报|早报|导报|周报|青年报|法制报)\\s*$");
    private static final Pattern LATIN_PAPER = Pattern.compile("^\\s*[A-Z][A-Z .'-]{3,40}\\s*$");

    private PageHeader() {
    }

    /** What furniture this line is on its own, or null. Sections need context: see {@link #isSectionCandidate}. */
    public static Kind classify(String line) {
        if (line == null) return null;
        String t = line.strip();
        if (t.isEmpty() || t.length() > 80) return null;
        if (!mayBeFurniture(t)) return null;
        if (DATE.matcher(t).matches()) return Kind.DATE;
        if (WEEKDAY.matcher(t).matches()) return Kind.WEEKDAY;
        if (PAGE.matcher(t).matches()) return Kind.PAGE;
        if (ISSUE.matcher(t).matches()) return Kind.ISSUE;
        if (EDITOR.matcher(t).find()) return Kind.EDITOR;
        if (REGISTRATION.matcher(t).find() && t.length() < 60) return Kind.REGISTRATION;
        if (PAPER.matcher(t).matches()) return Kind.PAPER;
        if (LATIN_PAPER.matcher(t).matches() && t.equals(t.toUpperCase()) && t.contains(" ")) return Kind.LATIN_PAPER;
        return null;
    }

    /** Cheap test before the regexes: header lines are short or carry one of a few telling characters. */
    private static boolean mayBeFurniture(String t) {
        if (t.length() <= 12) return true;
        return t.indexOf('年') >= 0 || t.indexOf('版') >= 0 || t.indexOf('编') >= 0 || t.indexOf('期') >= 0
                || t.indexOf("CN") >= 0 || t.indexOf("网") >= 0 || t.indexOf("www") >= 0 || t.indexOf("http") >= 0
                || t.indexOf('号') >= 0 || (t.charAt(0) < 0x80 && Character.isUpperCase(t.charAt(0)));
    }

    /** A short line that may name the section (要闻, 国际, 文化) when it stands next to furniture. */
    public static boolean isSectionCandidate(String line) {
        String t = line == null ? "" : TextCleanup.removeSpaces(line);
        if (t.length() < 2 || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!TextCleanup.isHan(c) && c != '·') return false;
        }
        return true;
    }

    /** Whether furniture of this kind may stand just before the section name. */
    public static boolean precedesSection(Kind k) {
        return k == Kind.PAPER || k == Kind.DATE || k == Kind.WEEKDAY || k == Kind.PAGE || k == Kind.EDITOR;
    }

    /** Page metadata gathered from header lines; fields stay null when nothing printed them. */
    public static final class Meta {
        public String paper;
        public LocalDate date;
        public Integer page;
        public String section;
        public String editor;

        /** Records what a recognised furniture line says. */
        public void add(Kind kind, String line) {
            String t = line.strip();
            switch (kind) {
                case PAPER -> {
                    if (paper == null) paper = TextCleanup.removeSpaces(t);
                }
                case DATE -> {
                    Matcher m = DATE.matcher(t);
                    if (date == null && m.matches()) {
                        try {
                            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                        } catch (DateTimeException ignored) {
                            // an impossible date is left unread
                        }
                    }
                }
                case PAGE -> {
                    Matcher m = PAGE.matcher(t);
                    if (page == null && m.matches()) {
                        int n = m.group(1) != null ? Numbers.parse(m.group(1)) : Numbers.parse(m.group(3));
                        if (n > 0) page = n;
                    }
                }
                case EDITOR -> editor = editor == null ? t : editor + " " + t;
                case SECTION -> {
                    if (section == null) section = TextCleanup.removeSpaces(t);
                }
                default -> {
                    // masthead lines carry nothing the page record keeps
                }
            }
        }
    }
}
