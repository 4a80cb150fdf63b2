package org.kanbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesetterTest {
    @Test
    void justifiedLinesFillTheColumnAndTheFirstIsIndented() throws Exception {
        Fonts.FontSet fonts = Fonts.load();
        try (PDDocument doc = new PDDocument()) {
            FontChain regular = new FontChain(doc, fonts.regular(), fonts.fallbackRegular());
            var style = new Typesetter.Style(regular, 10.5f, 0);
            Typesetter ts = new Typesetter();
            String text = "2019年国庆假期，全国共接待国内游客7.82亿人次，同比增长7.81%；实现国内旅游收入6497.1亿元，"
                    + "同比增长8.47%。Łódź与COVID-19等词不拆开，“引号”《书名》都按规则排。".repeat(3);
            float column = 44 * 10.5f;
            List<Typesetter.Line> lines = ts.set(List.of(new Typesetter.Span(style, text)), column, 21, Typesetter.Align.JUSTIFY);
            assertTrue(lines.size() >= 3, "several lines: " + lines.size());
            assertEquals(21f, lines.get(0).runs().get(0).x(), 0.01f, "two-character indent");
            for (int i = 0; i < lines.size() - 1; i++) {
                float lead = i == 0 ? 21 : 0;
                assertEquals(column - lead, lines.get(i).width(), 0.05f, "line " + i + " is justified");
            }
            assertTrue(lines.get(lines.size() - 1).width() <= column);
            // Ł is not in Noto Sans SC: it comes from the fallback font (index 1)
            assertTrue(lines.stream().flatMap(l -> l.runs().stream()).anyMatch(r -> r.font() == 1 && r.text().contains("Ł")));
            assertTrue(ts.missing.isEmpty());
        }
    }

    @Test
    void aCharacterNoFontHasIsAVisibleMarkThatKeepsItsValue() throws Exception {
        Fonts.FontSet fonts = Fonts.load();
        try (PDDocument doc = new PDDocument()) {
            FontChain regular = new FontChain(doc, fonts.regular(), fonts.fallbackRegular());
            Typesetter ts = new Typesetter();
            var lines = ts.set(List.of(new Typesetter.Span(new Typesetter.Style(regular, 10, 0), "甲𠀀乙")), 200, 0,
                    Typesetter.Align.LEFT);
            var runs = lines.get(0).runs();
            assertEquals(3, runs.size());
            assertEquals(-1, runs.get(1).font());
            assertEquals("〓", runs.get(1).text());
            assertEquals("𠀀", runs.get(1).actualText());
            assertEquals(30f, lines.get(0).width(), 0.01f, "the mark takes a full em");
            assertTrue(ts.missing.contains(0x20000));
        }
    }

    @Test
    void fontLocatorHonoursThePropertyAndExplainsAMiss(@TempDir Path empty) throws Exception {
        String before = System.getProperty(Fonts.PROPERTY);
        try {
            System.setProperty(Fonts.PROPERTY, empty.toString());
            ExportException e = assertThrows(ExportException.class, Fonts::fontDir);
            assertTrue(e.getMessage().contains(empty.resolve("fonts").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("-Dkanbao.assets"), e.getMessage());
        } finally {
            if (before == null) System.clearProperty(Fonts.PROPERTY); else System.setProperty(Fonts.PROPERTY, before);
        }
        Path found = Fonts.fontDir();
        assertTrue(Files.isRegularFile(found.resolve(Fonts.REGULAR)));
        assertTrue(Files.isRegularFile(found.resolve("OFL.txt")), "the licence ships with the fonts");
        try {
            System.setProperty(Fonts.PROPERTY, found.getParent().toString());
            assertEquals(found, Fonts.fontDir());
        } finally {
            if (before == null) System.clearProperty(Fonts.PROPERTY); else System.setProperty(Fonts.PROPERTY, before);
        }
    }
}
