package org.kanbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kanbao.model.Article;
import org.kanbao.model.ArticleKind;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.Byline;

/**
 * Deterministic synthetic articles made by recombining the sentences of real pages:
 * realistic lengths, headlines, bylines and leads, for a library of years of papers.
 */
public final class SyntheticCorpus {
    static final String[] PAPERS = {"临湖日报", "平湖日报", "人民日报"};
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇婷雪琳怡佳辰".split("");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？\\n]{6,120}[。！？]");
    private static final Pattern PAGE_NOISE = Pattern.compile("责任编辑|第\\s*\\d+\\s*版|■|（[上下]接");

    private final List<String> sentences;
    private final List<String> authors = new ArrayList<>();
    private final Random random;

    public SyntheticCorpus(List<String> sentences, long seed) {
        if (sentences.isEmpty()) throw new IllegalArgumentException("no sentences to build articles from");
        this.sentences = sentences;
        this.random = new Random(seed);
        Random names = new Random(seed ^ 0x5eed);
        for (int i = 0; i < 400; i++) {
            authors.add(SURNAMES[names.nextInt(SURNAMES.length)] + GIVEN[names.nextInt(GIVEN.length)]
                    + (names.nextBoolean() ? GIVEN[names.nextInt(GIVEN.length)] : ""));
        }
    }

    /** Sentences from every .txt file under the folders (recursively), hard wraps undone, in a stable order. */
    public static SyntheticCorpus fromFolders(List<Path> folders, long seed) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(folder)) {
                files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r", "").replace("\n", "");
                Matcher m = SENTENCE.matcher(text);
                while (m.find()) {
                    String s = m.group().strip();
                    if (!PAGE_NOISE.matcher(s).find()) out.add(s);
                }
            }
        }
        return new SyntheticCorpus(new ArrayList<>(out), seed);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** The next article: 4 to 14 paragraphs of 2 to 5 sentences (about 1,500 characters), a headline cut from a sentence. */
    public Article next() {
        int paragraphs = 4 + random.nextInt(11);
        List<BodyBlock> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 2 && random.nextInt(12) == 0) {
                body.add(BodyBlock.subhead(headline(6, 12)));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int n = 2 + random.nextInt(4);
            for (int s = 0; s < n; s++) sb.append(pick());
            body.add(BodyBlock.paragraph(sb.toString()));
        }
        int r = random.nextInt(20);
        ArticleKind kind = r == 0 ? ArticleKind.COMMENTARY : r == 1 ? ArticleKind.PHOTO : r < 4 ? ArticleKind.BRIEF : ArticleKind.NEWS;
        List<Byline> bylines = new ArrayList<>();
        bylines.add(new Byline(kind == ArticleKind.PHOTO ? "摄影" : "记者", List.of(author())));
        if (random.nextBoolean()) bylines.add(new Byline("通讯员", List.of(author(), author())));
        String kicker = random.nextInt(4) == 0 ? headline(8, 16) : "";
        String subtitle = random.nextInt(5) == 0 ? "——" + headline(8, 18) : "";
        return new Article(kind, kicker, headline(8, 22), subtitle, bylines, random.nextBoolean() ? "本报讯" : "",
                body, null, false, null);
    }

    /** Dates spread over ten years ending at 2026-06-30. */
    public LocalDate dateFor(int dayIndex, int days) {
        return LocalDate.of(2026, 6, 30).minusDays((long) (days - 1 - dayIndex) * 3650 / Math.max(1, days));
    }

    private String pick() {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private String author() {
        return authors.get(random.nextInt(authors.size()));
    }

    private String headline(int min, int max) {
        String s = pick().replaceAll("[，。！？、；：“”‘’（）《》\\s]", "");
        int len = Math.min(s.length(), min + random.nextInt(max - min + 1));
        int start = s.length() > len ? random.nextInt(s.length() - len + 1) : 0;
        return s.substring(start, start + len);
    }
}
