package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys and every pattern formats (a bad pattern would blank its label). */
class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/org/kanbao/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundlesMatchAndFormat() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (Properties p : new Properties[] {en, zh}) {
            for (String k : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(k), Locale.ROOT).format(new Object[] {2, 3, 4, 5});
            }
        }
    }
}
