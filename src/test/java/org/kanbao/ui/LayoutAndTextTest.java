package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kanbao.model.Edition;
import org.kanbao.model.Zone;
import org.kanbao.ui.pagelayout.SchematicLayout;
import org.kanbao.ui.shell.EditionTreeViewModel;
import org.kanbao.ui.state.Highlights;
import org.kanbao.ui.state.ReaderBackend.SnippetRun;

class LayoutAndTextTest {
    @Property(tries = 200)
    void schematicBlocksStayOnThePageAndNeverOverlap(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20000) Integer> lengths) {
        List<Zone> zones = SchematicLayout.layout(lengths, lengths.size() % 2 == 0);
        assertEquals(lengths.size(), zones.size());
        for (Zone z : zones) {
            assertTrue(z.x() >= 0 && z.y() >= 0 && z.w() > 0 && z.h() > 0);
            assertTrue(z.x() + z.w() <= SchematicLayout.WIDTH + 1e-6 && z.y() + z.h() <= SchematicLayout.HEIGHT + 1e-6);
        }
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) assertTrue(zones.get(i).iou(zones.get(j)) < 1e-9, i + " overlaps " + j);
        }
    }

    @Test
    void longerArticlesGetBiggerBlocksInTheSameColumn() {
        // Lead, then two articles that share the only column of a three-article page.
        List<Zone> z = SchematicLayout.layout(List.of(3000, 4000, 1000, 3000), true);
        assertTrue(z.get(0).w() > z.get(1).w(), "the first article spans the page");
        Zone big = z.get(1);
        Zone small = z.get(3).x() == big.x() ? z.get(3) : z.get(2);
        assertTrue(big.area() >= small.area());
    }

    @Test
    void marksEveryOccurrenceAndKeepsTheText() {
        List<SnippetRun> runs = Highlights.mark("医保服务，跨省医保办理", List.of("医保"));
        assertEquals("医保服务，跨省医保办理", String.join("", runs.stream().map(SnippetRun::text).toList()));
        assertEquals(2, runs.stream().filter(SnippetRun::hit).count());
        List<SnippetRun> snip = Highlights.snippet("x".repeat(200) + "医保" + "y".repeat(200), List.of("医保"), 60);
        assertTrue(snip.stream().anyMatch(r -> r.hit() && r.text().equals("医保")));
        assertTrue(snip.get(0).text().startsWith("…"));
        assertEquals(List.of("医保", "跨省"), Highlights.terms("  医保 \"跨省\" 医保 "));
    }

    @Test
    void editionsGroupByPaperYearMonthNewestFirst() {
        var papers = EditionTreeViewModel.group(List.of(
                new Edition(1, "人民日报", LocalDate.of(2019, 10, 8), ""),
                new Edition(2, "人民日报", LocalDate.of(2019, 10, 9), ""),
                new Edition(3, "人民日报", LocalDate.of(2018, 1, 1), ""),
                new Edition(4, "平湖日报", null, "")));
        assertEquals(List.of("人民日报", "平湖日报"), papers.stream().map(EditionTreeViewModel.Paper::name).toList());
        var rmrb = papers.get(0);
        assertEquals(List.of(2019, 2018), rmrb.years().stream().map(EditionTreeViewModel.Year::year).toList());
        assertEquals(List.of(2L, 1L), rmrb.years().get(0).months().get(0).days().stream().map(d -> d.edition().id()).toList());
        assertEquals(1, papers.get(1).undated().size());
    }
}
