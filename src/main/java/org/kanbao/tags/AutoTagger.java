package org.kanbao.tags;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kanbao.model.Article;
import org.kanbao.model.TagKind;

/**
 * Computes an article's automatic tags: authors from the bylines, persons, places and organisations
 * from HanLP's recognisers cleaned by {@link EntityExtractor}, topics from {@link TopicExtractor}.
 * Pure computation: no database, so it can be measured and tested on its own.
 */
public final class AutoTagger {
    /** What one article yields before document frequencies are known. */
    public record Analysis(List<Found> names, Map<String, TopicExtractor.Candidate> candidates) {
        /**
         * The terms counted towards document frequencies: every noun, and the compounds and quoted
         * phrases that recur in the article (the only ones that can become topics). Counting every
         * one-off compound would grow the term table by about a hundred rows per article.
         */
        public Set<String> terms() {
            Set<String> out = new java.util.HashSet<>();
            for (TopicExtractor.Candidate c : candidates.values()) {
                if (c.type() == TopicExtractor.Type.WORD || c.tf() >= 2) out.add(c.term());
            }
            return out;
        }
    }

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    private final EntityExtractor entities;
    private final TopicExtractor topics = new TopicExtractor();

    public AutoTagger(Gazetteer gazetteer) {
        this.entities = new EntityExtractor(gazetteer);
    }

    public Analysis analyse(Article a) {
        Set<String> authors = new LinkedHashSet<>();
        for (String n : a.bylineNames()) {
            String c = TagNames.clean(n);
            if (c.length() >= 2 && !org.kanbao.tags.Lexicon.BOILERPLATE.contains(c)) authors.add(c);
        }
        String title = a.title();
        String body = (a.lead().isEmpty() ? "" : a.lead() + " ") + a.bodyText();
        List<Tok> titleToks = segment(title);
        List<Tok> bodyToks = segment(body);
        List<Tok> all = new ArrayList<>(titleToks.size() + bodyToks.size() + 1);
        all.addAll(titleToks);
        all.add(new Tok("\n", "w"));
        all.addAll(bodyToks);
        List<Found> names = new ArrayList<>();
        for (String au : authors) names.add(new Found(au, TagKind.AUTHOR, 1));
        for (Found f : entities.extract(all, authors)) {
            if (!authors.contains(f.name())) names.add(f);
        }
        return new Analysis(names, topics.candidates(titleToks, bodyToks, title, body));
    }

    /** The final tags: the names plus the best topics given the library's document frequencies. */
    public List<Found> tags(Analysis an, Map<String, Integer> df, long docs) {
        return tags(an, t -> df.getOrDefault(t, 0), docs);
    }

    /** As above, reading document frequencies through a function (the library's term table). */
    public List<Found> tags(Analysis an, java.util.function.ToIntFunction<String> df, long docs) {
        List<Found> out = new ArrayList<>(an.names());
        Set<String> taken = new java.util.HashSet<>();
        for (Found f : an.names()) taken.add(f.name());
        for (String t : topics.topics(an.candidates(), df, docs, taken)) {
            out.add(new Found(t, TagKind.TOPIC, an.candidates().get(t).tf()));
        }
        return out;
    }

    static List<Tok> segment(String text) {
        if (text.isEmpty()) return List.of();
        return Tok.of(SEGMENT.seg(text));
    }
}
