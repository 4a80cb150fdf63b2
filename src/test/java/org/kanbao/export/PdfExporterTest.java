package org.kanbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.Library;

/** Exports the fixtures' articles and reads the result back with poppler and PDFBox. */
class PdfExporterTest {
    @TempDir
    static Path dir;
    static Library lib;
    static List<StoredArticle> all;
    static Path report;
    static ExportResult result;

    @BeforeAll
    static void exportAll() throws Exception {
        lib = Library.open(dir.resolve("t.kanbao"));
        all = ExportFixtures.fill(lib, 1);
        report = dir.resolve("all.pdf");
        result = new PdfExporter(lib).export(all, ExportOptions.defaults().withTitle("测试剪报"), report,
                PdfExporter.Progress.NONE, () -> false);
    }

    private static List<String> reportPages;

    /** pdftotext of the shared report, run once. */
    static synchronized List<String> reportPages() throws Exception {
        if (reportPages == null) reportPages = Poppler.pages(report);
        return reportPages;
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    /** The article's text as the report prints it, in reading order. */
    static String expectedText(StoredArticle s) {
        Article a = s.article();
        StringBuilder sb = new StringBuilder(a.kicker()).append(a.headline()).append(a.subtitle())
                .append(ReportLayout.bylineText(a.bylines())).append(a.lead());
        for (BodyBlock b : a.body()) sb.append(b.text());
        return Poppler.norm(sb.toString());
    }

    @Test
    void everyArticlesFullTextIsInTheTextLayerInOrder() throws Exception {
        assertTrue(all.size() > 80, "fixtures give enough articles: " + all.size());
        assertEquals(all.size(), result.articles());
        String text = Poppler.norm(String.join("\n", reportPages()));
        int from = 0;
        for (StoredArticle s : all) {
            String want = expectedText(s);
            int at = text.indexOf(want, from);
            assertTrue(at >= 0, () -> "article " + s.id() + " (" + s.article().headline() + ") not found whole after offset "
                    + "; first 80 chars: " + want.substring(0, Math.min(80, want.length())));
            from = at + want.length();
        }
    }

    @Test
    void onlyEmbeddedSubsetFontsAreUsed() throws Exception {
        List<String[]> fonts = Poppler.fonts(report);
        assertTrue(fonts.size() >= 2, "regular and bold at least");
        for (String[] f : fonts) {
            assertEquals("yes", f[1], f[0] + " embedded");
            assertEquals("yes", f[2], f[0] + " subset");
            assertEquals("yes", f[3], f[0] + " has a ToUnicode map");
            assertTrue(f[0].contains("NotoSans"), f[0]);
        }
    }

    @Test
    void metadataAndOneBookmarkPerArticleAtItsPage() throws Exception {
        List<String> pages = reportPages();
        try (PDDocument d = Loader.loadPDF(report.toFile())) {
            var info = d.getDocumentInformation();
            assertEquals("测试剪报", info.getTitle());
            assertEquals("Kanbao", info.getCreator());
            assertTrue(info.getSubject().contains(all.size() + " 篇文章"), info.getSubject());
            assertEquals(result.pages(), d.getNumberOfPages());
            List<PDOutlineItem> items = new ArrayList<>();
            d.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            assertEquals(all.size() + 1, items.size(), "目录 plus one per article");
            assertEquals("目录", items.get(0).getTitle());
            for (int i = 0; i < all.size(); i++) {
                StoredArticle s = all.get(i);
                PDOutlineItem item = items.get(i + 1);
                String headline = s.article().headline();
                if (!headline.isBlank()) assertTrue(item.getTitle().startsWith(headline), item.getTitle());
                PDPage target = ((PDPageXYZDestination) item.getDestination()).getPage();
                int pageIndex = d.getPages().indexOf(target);
                String start = Poppler.norm(headline.isBlank() ? s.article().bodyText() : headline);
                start = start.substring(0, Math.min(start.length(), 8));
                assertTrue(Poppler.norm(pages.get(pageIndex)).contains(start),
                        "bookmark of article " + s.id() + " points at page " + (pageIndex + 1) + " which lacks " + start);
            }
        }
    }

    @Test
    void contentsListsEveryArticleWithThePageOfItsBookmark() throws Exception {
        List<String> pages = reportPages();
        try (PDDocument d = Loader.loadPDF(report.toFile())) {
            List<PDOutlineItem> items = new ArrayList<>();
            d.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            // the contents come before the first article's page; gather their text
            int firstArticlePage = d.getPages().indexOf(((PDPageXYZDestination) items.get(1).getDestination()).getPage());
            assertTrue(firstArticlePage >= 1, "cover and contents come first");
            String contents = Poppler.norm(String.join("\n", pages.subList(0, firstArticlePage)));
            assertTrue(contents.startsWith(Poppler.norm("测试剪报")), contents.substring(0, 40));
            // each entry is its title, then its source line and page number (pdftotext may give those two in either order)
            int pos = 0;
            List<int[]> spans = new ArrayList<>();
            for (StoredArticle s : all) {
                String t = Poppler.norm(ReportLayout.tocTitle(s.article()));
                int at = contents.indexOf(t, pos);
                assertTrue(at >= 0, "contents list " + t);
                spans.add(new int[] {at, at + t.length()});
                pos = at + t.length();
            }
            for (int i = 0; i < all.size(); i++) {
                int end = i + 1 < all.size() ? spans.get(i + 1)[0] : contents.length();
                String rest = contents.substring(spans.get(i)[1], end).replace(Poppler.norm(ReportLayout.sourceLine(all.get(i))), "");
                int page = d.getPages().indexOf(((PDPageXYZDestination) items.get(i + 1).getDestination()).getPage()) + 1;
                assertEquals(String.valueOf(page), rest, "page number of " + all.get(i).article().headline());
            }
        }
    }

    @Test
    void selectionAndDateOrder() throws Exception {
        // three articles from different days, given newest first
        StoredArticle a = pick("2019-10-10"), b = pick("2019-10-08"), c = pick("2019-10-09");
        Path sel = dir.resolve("sel.pdf");
        new PdfExporter(lib).export(List.of(a, b, c), ExportOptions.defaults().withCover(false), sel, null, null);
        assertOrder(Poppler.text(sel), a, b, c);
        Path byDate = dir.resolve("date.pdf");
        new PdfExporter(lib).export(List.of(a, b, c), ExportOptions.defaults().withCover(false)
                .withOrder(ExportOptions.Order.DATE), byDate, null, null);
        assertOrder(Poppler.text(byDate), b, c, a);
    }

    @Test
    void letterPaperWithoutCover() throws Exception {
        Path out = dir.resolve("letter.pdf");
        ExportResult r = new PdfExporter(lib).export(all.subList(0, 3), ExportOptions.defaults().withCover(false)
                .withPaper(ExportOptions.Paper.LETTER), out, null, null);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertEquals(612f, d.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(792f, d.getPage(0).getMediaBox().getHeight(), 0.5f);
            assertEquals(r.pages(), d.getNumberOfPages());
        }
        String first = Poppler.norm(Poppler.pages(out).get(0));
        assertTrue(first.contains(expectedText(all.get(0)).substring(0, 10)), "no cover: page 1 is the first article");
    }

    @Test
    void clipsCropTheArticleZoneFromTheKeptPdf() throws Exception {
        List<StoredArticle> withZone = all.stream().filter(s -> s.article().zone() != null).limit(2).toList();
        assertEquals(2, withZone.size());
        Path out = dir.resolve("clips.pdf");
        ExportResult r = new PdfExporter(lib).export(withZone, ExportOptions.defaults().withClips(true), out, null, null);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            for (PDPage p : d.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject img) images.add(img);
                }
            }
            assertEquals(2, images.size());
            for (PDImageXObject img : images) {
                var bi = img.getImage();
                int dark = 0, light = 0;
                for (int y = 0; y < bi.getHeight(); y += 3) {
                    for (int x = 0; x < bi.getWidth(); x += 3) {
                        int rgb = bi.getRGB(x, y), lum = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
                        if (lum < 100) dark++;
                        if (lum > 200) light++;
                    }
                }
                assertTrue(dark > 50 && light > dark, "a clipping shows printed text on paper: dark " + dark + ", light " + light);
            }
        }
        // the text is still all there, before its clip
        String text = Poppler.text(out);
        assertTrue(text.contains(expectedText(withZone.get(0))));
    }

    private static StoredArticle pick(String date) {
        return all.stream().filter(s -> s.date() != null && s.date().toString().equals(date)
                && !s.article().headline().isBlank()).findFirst().orElseThrow();
    }

    private static void assertOrder(String text, StoredArticle... order) {
        int from = 0;
        for (StoredArticle s : order) {
            int at = text.indexOf(expectedText(s), from);
            assertTrue(at >= 0, "article " + s.id() + " in order");
            from = at + 1;
        }
        assertNotNull(text);
        assertFalse(text.isEmpty());
    }
}
