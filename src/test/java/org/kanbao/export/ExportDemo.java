package org.kanbao.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kanbao.model.StoredArticle;
import org.kanbao.store.Library;

/** Writes sample reports for looking at: java ... ExportDemo OUTDIR [count]. Not a test. */
public final class ExportDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Files.createDirectories(dir);
        Path libFile = Files.createTempDirectory("kanbao-demo").resolve("demo.kanbao");
        try (Library lib = Library.open(libFile)) {
            List<StoredArticle> all = ExportFixtures.fill(lib, 1);
            List<StoredArticle> some = all.subList(0, Math.min(count, all.size()));
            PdfExporter ex = new PdfExporter(lib);
            for (int round = 0; round < 1; round++) {
                ExportResult r = ex.export(some, ExportOptions.defaults().withOrder(ExportOptions.Order.DATE),
                        dir.resolve("report.pdf"), PdfExporter.Progress.NONE, () -> false);
                System.out.println(r.summary() + " " + r.warnings());
            }
            ExportResult r = ex.export(all.subList(0, 30), ExportOptions.defaults().withClips(true)
                    .withPaper(ExportOptions.Paper.LETTER).withTitle("平湖与人民日报剪报"), dir.resolve("clips.pdf"),
                    PdfExporter.Progress.NONE, () -> false);
            System.out.println(r.summary() + " " + r.warnings());
        }
    }
}
