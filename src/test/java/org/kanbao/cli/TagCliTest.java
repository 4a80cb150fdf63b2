package org.kanbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.Kanbao;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;
import org.kanbao.model.json.FixtureJson;
import org.kanbao.store.ArticleRepository;
import org.kanbao.store.EditionRepository;
import org.kanbao.store.PageRepository;
import picocli.CommandLine;

class TagCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run kanbao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KanbaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.kanbao").toString();
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    long storeOne() throws Exception {
        try (Kanbao k = Kanbao.open(dir.resolve("lib.kanbao"), false)) {
            Article a = new Article(null, "", "新埭镇便民服务中心开展医保帮办", "", List.of(new Byline("记者", List.of("李雨婷"))),
                    "本报讯", List.of(new BodyBlock(BodyBlock.Type.PARAGRAPH,
                    "新埭镇便民服务中心医保窗口负责人曹丽说，医保帮办服务让群众少跑腿。曹丽表示，医保帮办还将继续。")), null, false, null);
            return k.library().write(c -> {
                long ed = EditionRepository.findOrCreate(c, "平湖日报", null, "");
                long page = PageRepository.insert(c, new PageRepository.NewPage(ed, 1, "", "x.txt", "text", "h1", null, 0, 0, 0, "", "[]"));
                return ArticleRepository.insertAll(c, page, List.of(a), k.library().hooks()).get(0).id();
            });
        }
    }

    @Test
    void tagsListsByKindAndTagAddRemoveWork() throws Exception {
        long id = storeOne();
        Run list = kanbao("tags", "--kind", "person", "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode arr = FixtureJson.MAPPER.readTree(list.out());
        assertEquals("曹丽", arr.get(0).get("name").asText());
        assertEquals("person", arr.get(0).get("kind").asText());
        assertEquals(1, arr.get(0).get("count").asInt());

        Run add = kanbao("tag", "add", "重点", String.valueOf(id));
        assertEquals(0, add.code(), add.err());
        Run addPerson = kanbao("tag", "add", "--kind", "person", "施老太", String.valueOf(id));
        assertEquals(0, addPerson.code(), addPerson.err());
        Run show = kanbao("show", String.valueOf(id), "--json");
        JsonNode tags = FixtureJson.MAPPER.readTree(show.out()).get("tags");
        assertTrue(tags.toString().contains("{\"name\":\"重点\",\"kind\":\"manual\"}"), tags.toString());
        assertTrue(tags.toString().contains("{\"name\":\"施老太\",\"kind\":\"person\"}"), tags.toString());
        assertTrue(tags.toString().contains("{\"name\":\"李雨婷\",\"kind\":\"author\"}"), tags.toString());

        assertEquals(0, kanbao("tag", "remove", "曹丽", String.valueOf(id)).code());
        assertTrue(!kanbao("show", String.valueOf(id), "--json").out().contains("\"曹丽\""));

        Run text = kanbao("tags", "--top", "3");
        assertEquals(0, text.code());
        assertTrue(text.out().contains("place:") && text.out().contains("新埭镇"), text.out());
    }

    @Test
    void badInputGivesMessagesNotStackTraces() throws Exception {
        long id = storeOne();
        Run r = kanbao("tag", "add", "重点", "999999");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("No article with id 999999"), r.err());
        assertEquals(2, kanbao("tags", "--kind", "colour").code());
        assertEquals(2, kanbao("tag", "paint", "x", String.valueOf(id)).code());
        assertEquals(1, kanbao("tag", "remove", "没有", String.valueOf(id)).code());
        assertEquals(2, kanbao("tag", "add", "x").code(), "article ids are required");
    }
}
