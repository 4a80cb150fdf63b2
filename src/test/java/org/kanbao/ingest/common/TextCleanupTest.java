package org.kanbao.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanupTest {
    @Test
    void removesSpacesBetweenChineseAndDigitsButKeepsLatinWords() {
        assertEquals("去年11月落户", TextCleanup.removeStraySpaces("去年 11月落户"));
        assertEquals("韩国SK高端", TextCleanup.removeStraySpaces("韩国 SK高端"));
        assertEquals("RENMIN RIBAO", TextCleanup.removeStraySpaces("RENMIN RIBAO"));
        assertEquals("2545万美元", TextCleanup.removeStraySpaces(" 2545 万美元 "));
    }

    @Test
    void undoesFauxBoldDoubling() {
        assertEquals("毗邻党建，引领区域联动发展", TextCleanup.undoFauxBold("毗邻党建毗邻党建，，引领区域联动发展引领区域联动发展"));
        assertTrue(TextCleanup.isFauxBold("追求卓越追求卓越"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertEquals("谢谢你们", TextCleanup.undoFauxBold("谢谢你们"));
        assertEquals("哈哈", TextCleanup.undoFauxBold("哈哈"));
        assertEquals("天天向上", TextCleanup.undoFauxBold("天天向上"));
        assertFalse(TextCleanup.isFauxBold("平湖软件信息服务业“升势”强劲"));
    }

    @Test
    void joinsWrappedLinesWithoutSpaces() {
        assertEquals("嘉兴极知是一家主营人工智能领域的前沿公司", TextCleanup.joinLines(List.of("嘉兴极知是一家主营人工智能领", "域的前沿公司")));
        assertEquals("the Belt and Road", TextCleanup.joinLines(List.of("the Belt and", "Road")));
    }

    @Test
    void measuresWidthInEm() {
        assertEquals(4.0, TextCleanup.width("去年11月"), 1e-9);
    }

    @Test
    void recognisesSentenceEnds() {
        assertTrue(TextCleanup.endsSentence("曹丽说。"));
        assertTrue(TextCleanup.endsSentence("将一路高歌猛进！”"));
        assertTrue(TextCleanup.endsSentence("（新华社电）"));
        assertFalse(TextCleanup.endsSentence("合作的最强纽带，"));
        assertFalse(TextCleanup.endsSentence("推动新材料产业高质量发"));
    }
}
