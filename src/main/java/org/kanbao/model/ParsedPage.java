package org.kanbao.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a parser read from one printed page, before it is stored.
 * Metadata fields may be null or empty where the page does not print them.
 *
 * @param width    page width in PDF points, 0 for text dumps
 * @param height   page height in PDF points, 0 for text dumps
 * @param unplaced text the parser could not attach to an article (never dropped)
 * @param notes    messages for the user, e.g. "no text layer: page kept as an image"
 */
public record ParsedPage(
        String paper,
        LocalDate date,
        Integer page,
        String section,
        String source,
        List<Article> articles,
        List<String> unplaced,
        double width,
        double height,
        List<String> notes) {

    public ParsedPage {
        paper = paper == null ? "" : paper;
        section = section == null ? "" : section;
        source = source == null ? "" : source;
        articles = articles == null ? List.of() : List.copyOf(articles);
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ParsedPage withMetadata(String paper, LocalDate date, Integer page, String section) {
        return new ParsedPage(paper, date, page, section, source, articles, unplaced, width, height, notes);
    }

    public ParsedPage withArticles(List<Article> list) {
        return new ParsedPage(paper, date, page, section, source, list, unplaced, width, height, notes);
    }
}
