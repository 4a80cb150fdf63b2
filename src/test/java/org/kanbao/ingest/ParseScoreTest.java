package org.kanbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.text.TextPageParser;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.testing.Fixtures;

/**
 * Scores the text importer on every text fixture with the rules of score_parse.py.
 * The seed page must be fully exact. The People's Daily pages must meet the targets (≥ 90 % exact,
 * body characters ≥ 0.99, no spurious articles) and stay at the level reached so far.
 */
class ParseScoreTest {
    /** Level reached on pd-2019-10 when this test was last tightened: raise it, never lower it. */
    private static final int PD_EXACT_FLOOR = 80;
    private static final double PD_BODY_FLOOR = 0.994;
    /** Spurious articles (stories no expected article matches) allowed on pd-2019-10. */
    private static final int PD_SPURIOUS_CEILING = 0;

    static ParseScorer.Score score(Path txt) throws Exception {
        ParsedPage expected = FixtureJson.read(Fixtures.expectedFor(txt)).get(0);
        List<ParsedPage> got = new TextPageParser().parse(txt, FileNameMetadata.read(txt.getFileName().toString()));
        assertEquals(1, got.size(), "one page per dump");
        return ParseScorer.scorePage(expected, got.get(0));
    }

    @Test
    void seedPageIsFullyExact() throws Exception {
        ParseScorer.Score s = score(Fixtures.seedPage());
        assertEquals(7, s.expected);
        assertEquals(7, s.exact, () -> "seed: " + s + " " + s.problems);
        assertEquals(0, s.spurious());
    }

    @Test
    void peoplesDailyPages() throws Exception {
        ParseScorer.Score total = new ParseScorer.Score();
        for (Path txt : Fixtures.pdFiles(".txt")) {
            ParseScorer.Score s = score(txt);
            System.out.println(txt.getFileName() + ": " + s);
            total.add(s);
        }
        System.out.println("pd-2019-10 total: " + total);
        assertTrue(total.expected > 0);
        assertTrue(total.exactShare() >= 0.90, () -> "target: articles exact " + total);
        assertTrue(total.bodyShare() >= 0.99, () -> "target: body characters " + total);
        assertTrue(total.exact >= PD_EXACT_FLOOR, () -> "regression: " + total);
        assertTrue(total.bodyShare() >= PD_BODY_FLOOR, () -> "regression: " + total);
        assertTrue(total.spurious() <= PD_SPURIOUS_CEILING, () -> "spurious: " + total);
    }

    @Test
    void javaScorerAgreesWithDifflib() {
        // values from python3: difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
        assertEquals(0.75, ParseScorer.ratio("abcd", "bcde"), 1e-9);
        assertEquals(1.0, ParseScorer.ratio("", ""), 1e-9);
        assertEquals(6.0 / 14, ParseScorer.ratio("新华社北京电", "本报北京10月电"), 1e-9);
    }
}
