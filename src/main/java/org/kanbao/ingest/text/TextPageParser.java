package org.kanbao.ingest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.PageParser;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.ParsedPage;

/** Placeholder until the text pipeline lands: one article per blank-line separated run. */
public final class TextPageParser implements PageParser {
    @Override
    public String kind() {
        return "text";
    }

    @Override
    public List<ParsedPage> parse(Path file, ImportHints hints) throws ImportException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        List<Article> arts = new ArrayList<>();
        for (String para : text.split("\\n\\s*\\n")) {
            String t = para.replace("\n", "").strip();
            if (!t.isEmpty()) arts.add(new Article(null, "", t.substring(0, Math.min(20, t.length())), "", null, "",
                    List.of(BodyBlock.paragraph(t)), null, false, null));
        }
        return List.of(new ParsedPage(hints.paper(), hints.date(), hints.page(), "", file.getFileName().toString(),
                arts, List.of(), 0, 0, List.of()));
    }
}
