package org.kanbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.testing.Fixtures;

class SearchCommandTest {
    record Out(int code, String out, String err) {
    }

    static Out run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = KanbaoCommand.run(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void searchPrintsJsonWithSnippetMarksAndHandlesBadInput() throws Exception {
        Path lib = Files.createTempDirectory("kanbao-cli").resolve("l.kanbao");
        assertEquals(0, run("import", "--library", lib.toString(), Fixtures.seedPage().toString()).code());
        Out o = run("search", "--library", lib.toString(), "平湖", "--limit", "2", "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode root = FixtureJson.MAPPER.readTree(o.out());
        assertTrue(root.get("total").asLong() >= 2);
        assertEquals(2, root.get("hits").size());
        for (JsonNode h : root.get("hits")) {
            for (String f : new String[] {"id", "headline", "paper", "date", "page", "snippet", "marks", "score"}) {
                assertTrue(h.has(f), f);
            }
            JsonNode m = h.get("marks").get(0);
            assertEquals("平湖", h.get("snippet").asText().substring(m.get(0).asInt(), m.get(1).asInt()));
        }
        Out text = run("search", "--library", lib.toString(), "C++", "\"", "NOT");
        assertEquals(0, text.code(), text.err());
        assertEquals(2, run("search", "--library", lib.toString(), "平湖", "--sort", "size").code());
        Out excluding = run("search", "--library", lib.toString(), "-平湖", "--json");
        assertEquals(0, excluding.code(), excluding.err());
        long all = FixtureJson.MAPPER.readTree(run("search", "--library", lib.toString(), "-平湖", "--json").out()).get("total").asLong();
        assertEquals(all, FixtureJson.MAPPER.readTree(run("search", "--library", lib.toString(), "-\"平湖\"", "--json").out()).get("total").asLong());
        assertTrue(all > 0 && all < root.get("total").asLong() + all);
    }
}
