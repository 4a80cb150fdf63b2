package org.kanbao.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.kanbao.ingest.ImportException;

/**
 * Bytes of a text dump to a string: UTF-8 with or without BOM, UTF-16 (BOM, or NUL-byte pattern),
 * else GB18030 (a superset of GBK and GB2312). Rejects binary files with a clear message.
 */
public final class TextDecoder {
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String name) throws ImportException {
        if (bytes.length == 0) return "";
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            Charset utf16 = guessUtf16(bytes);
            if (utf16 != null) {
                text = new String(bytes, utf16);
            } else {
                text = strict(bytes, 0, StandardCharsets.UTF_8);
                if (text == null) text = strict(bytes, 0, GB18030);
                if (text == null) throw new ImportException(name + " is not a text file (not UTF-8, UTF-16 or GB18030/GBK text).");
            }
        }
        if (looksBinary(text)) throw new ImportException(name + " looks like a binary file, not a text dump of a page.");
        return text;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /**
     * UTF-16 without BOM: UTF-8 and GB18030 text never holds NUL bytes, while UTF-16 puts one in every
     * ASCII character (newlines, digits), nearly always on the same side of the code unit.
     */
    private static Charset guessUtf16(byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~1;
        if (n < 4) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int zeros = evenZero + oddZero;
        if (zeros < 2 || zeros < n / 400) return null;
        if (oddZero >= zeros * 0.7) return StandardCharsets.UTF_16LE;
        if (evenZero >= zeros * 0.7) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String strict(byte[] b, int off, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, b.length - off));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Many control characters (other than tab, newlines and form feed) or replacement characters mean binary. */
    static boolean looksBinary(String t) {
        int n = Math.min(t.length(), 1 << 16);
        if (n == 0) return false;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || c == 0x7F) bad++;
        }
        return bad > Math.max(2, n * MAX_CONTROL_SHARE);
    }
}
