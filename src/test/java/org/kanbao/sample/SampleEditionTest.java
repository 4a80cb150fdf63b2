package org.kanbao.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kanbao.Assets;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.json.FixtureJson;

/** The shipped sample edition: every page's PDF opens and prints what its truth says, and the set is complete. */
class SampleEditionTest {

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyPdfOpensAndCarriesItsHeadlinesAndBodies() throws IOException {
        List<Path> pdfs = Assets.samplePdfs();
        assertTrue(pdfs.size() >= 3);
        for (Path pdf : pdfs) {
            ParsedPage truth = truthOf(pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), pdf.toString());
                text = squash(new PDFTextStripper().getText(doc));
            }
            assertFalse(truth.articles().isEmpty());
            for (Article a : truth.articles()) {
                assertTrue(text.contains(squash(a.headline())), pdf.getFileName() + ": headline " + a.headline());
                // a line-broken paragraph still reads whole once white space is gone
                String first = squash(a.body().get(0).text());
                assertTrue(text.contains(first.substring(0, Math.min(12, first.length()))),
                        pdf.getFileName() + ": body of " + a.headline());
                assertNotNull(a.zone(), "zone of " + a.headline());
                assertTrue(a.zone().x() >= 0 && a.zone().x() + a.zone().w() <= truth.width() + 0.01
                        && a.zone().y() + a.zone().h() <= truth.height() + 0.01, "zone inside the page: " + a.headline());
            }
        }
    }

    @Test
    void textDumpsMatchTheirPdfs() throws IOException {
        for (Path txt : Assets.sampleTexts()) {
            ParsedPage truth = truthOf(txt);
            String text = squash(Files.readString(txt));
            for (Article a : truth.articles()) {
                assertTrue(text.contains(squash(a.headline())), txt.getFileName() + ": " + a.headline());
            }
        }
    }

    @Test
    void editionHasTheFeaturesTheAppShowsOff() throws IOException {
        Set<ArticleKind> kinds = new HashSet<>();
        boolean jumpTo = false, jumpFrom = false, subhead = false, penName = false;
        for (Path pdf : Assets.samplePdfs()) {
            ParsedPage page = truthOf(pdf);
            assertEquals("临湖日报", page.paper());
            assertNotNull(page.date());
            for (Article a : page.articles()) {
                kinds.add(a.kind());
                if (a.jump() != null) {
                    if (a.jump().direction() == org.kanbao.model.Jump.Direction.TO) jumpTo = true;
                    else jumpFrom = true;
                }
                subhead |= a.body().stream().anyMatch(b -> b.type() == org.kanbao.model.BodyBlock.Type.SUBHEAD);
                penName |= a.bylines().stream().anyMatch(b -> b.role().isEmpty());
            }
        }
        assertEquals(Set.of(ArticleKind.values()), kinds);
        assertTrue(jumpTo && jumpFrom && subhead && penName);
    }

    private static ParsedPage truthOf(Path page) throws IOException {
        String n = page.getFileName().toString();
        Path truth = page.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
        return FixtureJson.read(truth).get(0);
    }
}
