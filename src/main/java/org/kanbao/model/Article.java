package org.kanbao.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One article as printed on a page. {@code jump} and {@code zone} may be null
 * (no jump line printed; zone unknown for text dumps).
 */
public record Article(
        ArticleKind kind,
        String kicker,
        String headline,
        String subtitle,
        List<Byline> bylines,
        String lead,
        List<BodyBlock> body,
        Jump jump,
        boolean continues,
        Zone zone) {

    public Article {
        kind = kind == null ? ArticleKind.NEWS : kind;
        kicker = kicker == null ? "" : kicker;
        headline = headline == null ? "" : headline;
        subtitle = subtitle == null ? "" : subtitle;
        lead = lead == null ? "" : lead;
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
        body = body == null ? List.of() : List.copyOf(body);
    }

    /** Kicker, headline and subtitle, the parts that are printed as the title. */
    public String title() {
        return title(kicker, headline, subtitle);
    }

    /** Kicker, headline and subtitle joined by spaces, empty (or null) parts left out. */
    public static String title(String kicker, String headline, String subtitle) {
        return java.util.stream.Stream.of(kicker, headline, subtitle)
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The body blocks' text joined by newlines, without the lead. */
    public String bodyText() {
        return body.stream().map(BodyBlock::text).collect(Collectors.joining("\n"));
    }

    /** Names of every byline, in order. */
    public List<String> bylineNames() {
        return bylines.stream().flatMap(b -> b.names().stream()).toList();
    }

    public Article withZone(Zone z) {
        return new Article(kind, kicker, headline, subtitle, bylines, lead, body, jump, continues, z);
    }

    public Article withJump(Jump j, boolean cont) {
        return new Article(kind, kicker, headline, subtitle, bylines, lead, body, j, cont, zone);
    }
}
