package org.kanbao.ingest.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kanbao.model.Byline;

/**
 * Recognises printed credit lines: {@code ■记 者 荣怡婷 / 通讯员 张佶为 陆 超}, {@code ■摄影 王 强},
 * {@code 本报记者 王慧敏 赵永平}, pen names such as {@code ■言成声}, and the {@code （记者X、Y）} inside a lead.
 */
public final class Bylines {
    /** Roles, written without the padding spaces; longest first so 本报记者 wins over 记者. */
    private static final String ROLE = "(?:(?:本报|新华社|人民日报)?(?:特约|见习|实习)?(?:摄影)?记\\s*者|通\\s*讯\\s*员|实习生|摄\\s*影|图\\s*/?\\s*文|文\\s*/?\\s*图|撰\\s*文|制\\s*图|绘\\s*图|本报评论员)";
    private static final Pattern ROLE_AT = Pattern.compile("^" + ROLE);
    private static final Pattern ROLE_ANY = Pattern.compile("(?<=^|\\s)" + ROLE + "(?=\\s|[\\p{IsHan}])");
    private static final Pattern MARK = Pattern.compile("^[\\s]*[■□◆◇●○▲△★☆]\\s*");
    /** A name token: 1–5 Han characters or a middle-dot foreign name. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{1,8}");
    private static final Pattern PAREN = Pattern.compile("[（(]\\s*((?:本报|新华社)?(?:特约|见习)?记者|通讯员)\\s*([^（）()]{1,60})[）)]");

    /** First characters a credit can start with (marker or role); others are rejected without regexes. */
    private static final String MAY_START = "■□◆◇●○▲△★☆本新人特见实摄记通图文撰制绘";

    private Bylines() {
    }

    /** Whether the line opens with a byline marker (■) or a role word followed by names. */
    public static boolean looksLikeByline(String line) {
        return parse(line).isPresent();
    }

    /** Whether the line starts with the ■ marker used before bylines and pen names. */
    public static boolean hasMarker(String line) {
        return line != null && MARK.matcher(line).find();
    }

    /**
     * Parses one credit block (its lines joined by spaces or newlines). Empty when the text is not a
     * byline: it must consist only of roles and short name tokens.
     */
    public static Optional<List<Byline>> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.replace('\n', ' ').strip();
        if (t.isEmpty() || t.length() > 200) return Optional.empty();
        if (!MAY_START.contains(t.substring(0, 1))) return Optional.empty(); // cheap test before the regexes
        Matcher mark = MARK.matcher(t);
        boolean marked = mark.find();
        if (marked) t = t.substring(mark.end()).strip();
        if (t.isEmpty()) return Optional.empty();
        List<Byline> out = new ArrayList<>();
        Matcher r = ROLE_AT.matcher(t);
        if (r.lookingAt() && !marked && (r.end() >= t.length() || !Character.isWhitespace(t.charAt(r.end())))) {
            return Optional.empty(); // 记者从…获悉: a sentence, not a credit
        }
        if (!r.lookingAt()) {
            // a pen name: ■言成声 (only with the marker, one short token)
            if (marked && NAME.matcher(t).matches() && t.length() <= 4) {
                out.add(new Byline("", List.of(t)));
                return Optional.of(out);
            }
            return Optional.empty();
        }
        Matcher m = ROLE_ANY.matcher(t);
        List<int[]> roles = new ArrayList<>();
        while (m.find()) roles.add(new int[] {m.start(), m.end()});
        if (roles.isEmpty() || roles.get(0)[0] != 0) return Optional.empty();
        for (int i = 0; i < roles.size(); i++) {
            String role = TextCleanup.removeSpaces(t.substring(roles.get(i)[0], roles.get(i)[1]));
            int end = i + 1 < roles.size() ? roles.get(i + 1)[0] : t.length();
            String rest = t.substring(roles.get(i)[1], end).strip();
            List<String> names = names(rest);
            if (names == null || names.isEmpty()) return Optional.empty();
            out.add(new Byline(role, names));
        }
        return Optional.of(out);
    }

    /**
     * Splits the names after a role. Two-character names are padded to three cells with a space
     * ({@code 陆 超}), so consecutive one-character tokens pair up. Null when a token is not a name.
     */
    static List<String> names(String rest) {
        List<String> out = new ArrayList<>();
        String[] toks = rest.split("[\\s、，,]+");
        String pending = null;
        for (String tok : toks) {
            if (tok.isEmpty()) continue;
            if (!NAME.matcher(tok).matches() || tok.length() > 5) return null;
            if (tok.length() == 1) {
                if (pending == null) {
                    pending = tok;
                } else {
                    out.add(pending + tok);
                    pending = null;
                }
                continue;
            }
            if (pending != null) {
                out.add(pending);
                pending = null;
            }
            out.add(tok);
        }
        if (pending != null) out.add(pending);
        return out;
    }

    /** A credit printed in brackets inside a lead, e.g. {@code （记者王远）}; found anywhere in the text. */
    public record Parenthetical(List<Byline> bylines, int start, int end) {
    }

    /** Finds the first {@code （记者X、Y）} credit in the text, if its content is only names. */
    public static Optional<Parenthetical> findParenthetical(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PAREN.matcher(text);
        if (!m.find()) return Optional.empty();
        // several roles may share the bracket: （记者王远 通讯员李四）
        Optional<List<Byline>> parsed = parse(m.group(1) + " " + m.group(2).replaceAll("\\s+", " "));
        if (parsed.isEmpty()) {
            List<String> names = names(TextCleanup.removeSpaces(m.group(2)).replace('、', ' '));
            if (names == null || names.isEmpty()) return Optional.empty();
            parsed = Optional.of(List.of(new Byline(TextCleanup.removeSpaces(m.group(1)), names)));
        }
        return Optional.of(new Parenthetical(parsed.get(), m.start(), m.end()));
    }
}
