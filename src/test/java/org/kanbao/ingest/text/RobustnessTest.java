package org.kanbao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kanbao.ingest.ImportException;
import org.kanbao.ingest.ImportHints;
import org.kanbao.model.ParsedPage;

/** The importer never throws anything but ImportException and finishes in bounded time. */
class RobustnessTest {
    private static void parseSafely(byte[] bytes) {
        try {
            List<ParsedPage> pages = TextPageParser.parseBytes(bytes, "fuzz.txt", ImportHints.NONE);
            assertTrue(!pages.isEmpty());
        } catch (ImportException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @Property(tries = 300)
    void anyBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        parseSafely(bytes);
    }

    @Provide
    Arbitrary<String> pageLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("本报讯 ", "新华社北京10月7日电 ", "■记 者 ", "通讯员 ", "■摄影 王 强", "（下转2版）", "（上接第1版）",
                        "第2版", "责任编辑：赵敏", "人民日报", "2019年10月8日 星期二", "——", "。", "，", "\n", "\n\n", "\f", "\r\n", " ",
                        "“", "”", "（", "）", "毗邻党建毗邻党建，，", "记者", "要闻"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e40').ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(10));
        return piece.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void pageLikeText(@ForAll("pageLike") String text) {
        parseSafely(text.getBytes(StandardCharsets.UTF_8));
        try {
            TextPageParser.parseText(text, "fuzz.txt", ImportHints.NONE);
        } catch (ImportException e) {
            assertTrue(!e.getMessage().isBlank());
        }
    }

    @Test
    void hugeLinesFinishQuickly() {
        String line = "新华社北京10月7日电 " + "中".repeat(100_000) + "\n" + "■".repeat(100_000) + "\n" + "毗邻".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseSafely(line.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneRunOfManySeamsFinishesQuickly() {
        // every line break a cut (a number that cannot run on into a noun; a short line under a full open one): one
        // run of 100,000 lines must not be cut by recursion
        StringBuilder b = new StringBuilder("标题\n\n");
        for (int i = 0; i < 50_000; i++) b.append(i % 2 == 0 ? "亲在于心相通。中几关系的60\n文化桥梁，增进两国间的人文\n" : "几内亚长期坚定奉行一个中国\n“好一朵美丽的茉莉\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parseSafely(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void manyShortLinesFinishQuickly() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) b.append(i % 7 == 0 ? "\n" : "标题行").append(i % 3 == 0 ? "。\n" : "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parseSafely(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fiftyMegabytesGetAClearAnswer() {
        byte[] big = new byte[50 << 20];
        Arrays.fill(big, (byte) 'a');
        for (int i = 80; i < big.length; i += 81) big[i] = '\n';
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseSafely(big));
    }

    @Test
    void binaryJunkIsRefused() {
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        assertThrows(ImportException.class, () -> TextPageParser.parseBytes(junk, "junk.txt", ImportHints.NONE));
    }
}
