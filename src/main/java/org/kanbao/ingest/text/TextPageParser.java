package org.kanbao.ingest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.ingest.PageParser;
import org.kanbao.ingest.common.ArticleAssembler;
import org.kanbao.ingest.common.Block;
import org.kanbao.ingest.common.BlockKind;
import org.kanbao.model.ParsedPage;

/**
 * Imports pdftotext page dumps. Pipeline: decode bytes → split pages (form feeds) and lines → pieces
 * (furniture, credits, jumps, titles, body fragments) → reading order → common article assembly.
 */
public final class TextPageParser implements PageParser {
    /** Larger files are not page dumps; refusing them keeps parsing time bounded. */
    static final long MAX_BYTES = 16L << 20;

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public List<ParsedPage> parse(Path file, ImportHints hints) throws ImportException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new ImportException(name + " is too large for a page dump (" + (size >> 20) + " MB).");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(name + " is too large to read.", e);
        }
        return parseBytes(bytes, name, hints);
    }

    /** Parses a dump held in memory as bytes of any supported encoding. */
    public static List<ParsedPage> parseBytes(byte[] bytes, String sourceName, ImportHints hints) throws ImportException {
        if (bytes.length > MAX_BYTES) throw new ImportException(sourceName + " is too large for a page dump.");
        return parseText(TextDecoder.decode(bytes, sourceName), sourceName, hints);
    }

    /**
     * Parses a dump from memory; one page per form-feed separated part. Never throws anything but
     * {@link ImportException} (for input that is no page text at all).
     */
    public static List<ParsedPage> parseText(String text, String sourceName, ImportHints hints) throws ImportException {
        ImportHints h = hints == null ? ImportHints.NONE : hints;
        if (text == null || text.isBlank()) throw new ImportException(sourceName + " is empty: no page text to import.");
        try {
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            List<String> parts = splitPages(text);
            List<ParsedPage> pages = new ArrayList<>();
            int pageNo = 0;
            for (String part : parts) {
                Integer hintPage = h.page() == null ? null : h.page() + pageNo;
                pages.add(parsePage(part, sourceName, new ImportHints(h.paper(), h.date(), hintPage)));
                pageNo++;
            }
            return pages;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException("Cannot read the page text of " + sourceName + ": " + e, e);
        }
    }

    /** pdftotext ends every page with a form feed; empty parts (the last one) are no pages. */
    static List<String> splitPages(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\f")) if (!p.isBlank()) out.add(p);
        if (out.isEmpty()) out.add(text);
        return out;
    }

    static List<String> lines(String page) {
        return List.of(page.split("\r\n|\r|\n|\u2028|\u2029", -1));
    }

    static ParsedPage parsePage(String text, String source, ImportHints hints) {
        PieceReader reader = new PieceReader();
        List<Piece> pieces = reader.read(lines(text));
        if (Boolean.getBoolean("kanbao.debugPieces")) pieces.forEach(System.err::println);
        List<Block> blocks = ReadingOrder.arrange(pieces, reader);
        ArticleAssembler.Assembly a = ArticleAssembler.assemble(blocks);
        List<String> unplaced = new ArrayList<>(a.unplaced());
        List<String> notes = new ArrayList<>();
        var m = reader.meta;
        if (m.editor != null) notes.add("page header: " + m.editor);
        String paper = m.paper != null ? m.paper : hints.paper();
        return new ParsedPage(paper, m.date != null ? m.date : hints.date(), m.page != null ? m.page : hints.page(),
                m.section, source, a.articles(), unplaced, 0, 0, notes);
    }

    static Block block(BlockKind k, List<String> lines) {
        return Block.of(k, lines);
    }
}
