package org.kanbao.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.Library;
import org.kanbao.store.PageRepository;
import org.kanbao.testing.Fixtures;

/**
 * A temporary library filled with the fixtures' ground truth (one truth file per page), with the
 * page PDFs kept as the importer keeps them, so exports have real articles, zones and PDFs.
 */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** The per-page truth files: the seed page and every pd-2019-10 page (not the edition arrays). */
    static List<Path> pageTruths() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Fixtures.shared().resolve("fixtures"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                boolean page = n.startsWith("pinghu") || n.matches(".*-p\\d+\\.expected\\.json");
                if (page) out.add(p);
            });
        }
        return out;
    }

    /**
     * Stores the fixtures {@code copies} times (as separate editions labelled 1, 2, ...) and
     * returns every stored article in storage order.
     */
    static List<StoredArticle> fill(Library lib, int copies) throws Exception {
        List<Path> truths = pageTruths();
        Path pdfDir = lib.dataDir().resolve("pdf");
        Files.createDirectories(pdfDir);
        return lib.write(c -> {
            List<StoredArticle> all = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                for (Path t : truths) {
                    String base = t.getFileName().toString().replace(".expected.json", "");
                    Path pdf = t.resolveSibling(base + ".pdf");
                    String pdfPath = null;
                    if (Files.exists(pdf)) {
                        try {
                            Path kept = pdfDir.resolve(base + ".pdf");
                            if (!Files.exists(kept)) Files.copy(pdf, kept);
                        } catch (IOException e) {
                            throw new java.sql.SQLException(e);
                        }
                        pdfPath = "pdf/" + base + ".pdf";
                    }
                    List<ParsedPage> pages;
                    try {
                        pages = FixtureJson.read(t);
                    } catch (IOException e) {
                        throw new java.sql.SQLException(e);
                    }
                    for (ParsedPage p : pages) {
                        long ed = EditionRepository.findOrCreate(c, p.paper(), p.date(), copy == 0 ? "" : String.valueOf(copy));
                        long pageId = PageRepository.insert(c, new PageRepository.NewPage(ed, p.page() == null ? 1 : p.page(),
                                p.section(), base, pdfPath == null ? "text" : "pdf", base + "#" + copy, pdfPath, 0,
                                p.width(), p.height(), "", "[]"));
                        all.addAll(ArticleRepository.insertAll(c, pageId, p.articles(), List.of()));
                    }
                }
            }
            return all;
        });
    }
}
