package org.kanbao.ingest.common;

/** Arabic, full-width and Chinese numerals (一 … 九十九, 两, 〇/零) to int. */
public final class Numbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numbers() {
    }

    /** The value, or -1 when the text is not a number. */
    public static int parse(String s) {
        if (s == null) return -1;
        String t = s.strip();
        if (t.isEmpty() || t.length() > 6) return -1;
        boolean arabic = true;
        int v = 0;
        for (int i = 0; i < t.length(); i++) {
            int d = Character.digit(t.charAt(i), 10);
            if (d < 0) {
                arabic = false;
                break;
            }
            v = v * 10 + d;
        }
        if (arabic) return v;
        t = t.replace('〇', '零').replace('两', '二');
        int total = 0;
        int cur = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                cur = d;
            } else if (c == '十') {
                total += (cur == 0 ? 1 : cur) * 10;
                cur = 0;
            } else if (c == '百') {
                total += (cur == 0 ? 1 : cur) * 100;
                cur = 0;
            } else {
                return -1;
            }
        }
        return total + cur;
    }
}
