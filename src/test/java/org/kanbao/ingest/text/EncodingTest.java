package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.model.ParsedPage;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.testing.Fixtures;

/** The seed page saved in other encodings and line endings parses to the same result. */
class EncodingTest {
    @TempDir
    Path dir;

    private static String seed() throws Exception {
        return Files.readString(Fixtures.seedPage(), StandardCharsets.UTF_8);
    }

    private String parseAs(byte[] bytes) throws Exception {
        Path f = dir.resolve("page.txt");
        Files.write(f, bytes);
        List<ParsedPage> pages = new TextPageParser().parse(f, ImportHints.NONE);
        return FixtureJson.write(pages);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void gbkGb18030Utf16AndBomGiveTheSamePage() throws Exception {
        String text = seed();
        String reference = parseAs(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(reference.contains("平湖软件信息服务业“升势”强劲"));
        assertEquals(reference, parseAs(text.getBytes(Charset.forName("GBK"))), "GBK");
        assertEquals(reference, parseAs(text.getBytes(Charset.forName("GB18030"))), "GB18030");
        assertEquals(reference, parseAs(text.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE without BOM");
        assertEquals(reference, parseAs(text.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE without BOM");
        assertEquals(reference, parseAs(text.getBytes(StandardCharsets.UTF_16)), "UTF-16 with BOM");
        assertEquals(reference, parseAs(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))), "UTF-8 BOM");
    }

    @Test
    void windowsAndOldMacLineEndings() throws Exception {
        String text = seed();
        String reference = parseAs(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(reference, parseAs(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(reference, parseAs(text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryAndEmptyFilesAreRefusedWithAMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        ImportException e = assertThrows(ImportException.class, () -> TextPageParser.parseBytes(png, "x.png.txt", ImportHints.NONE));
        assertTrue(e.getMessage().contains("x.png.txt"));
        assertThrows(ImportException.class, () -> TextPageParser.parseBytes(new byte[0], "empty.txt", ImportHints.NONE));
        assertThrows(ImportException.class, () -> TextPageParser.parseText(" \n\n ", "blank.txt", ImportHints.NONE));
    }

    @Test
    void formFeedsSeparatePages() throws Exception {
        String text = seed();
        List<ParsedPage> pages = TextPageParser.parseText(text + "\f" + text + "\f", "two.txt", new ImportHints(null, null, 1));
        assertEquals(2, pages.size());
        assertEquals(1, pages.get(0).page());
        assertEquals(2, pages.get(1).page());
    }
}
