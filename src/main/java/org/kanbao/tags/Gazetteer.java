package org.kanbao.tags;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kanbao.model.TagKind;

/**
 * The user's local names (table {@code gazetteer}). Each entry is inserted into HanLP's runtime
 * dictionary so the segmenter keeps it whole (新埭镇 instead of 新/埭/镇), and a word that matches an
 * entry is tagged with the entry's kind, under its canonical name when it is a variant.
 *
 * <p>HanLP's dictionary is one per process: entries of every library opened in this JVM are known to
 * the segmenter, which only ever helps segmentation.
 */
public final class Gazetteer {
    /** One local name; {@code canonical} is null unless the name is a variant of another (新埭 → 新埭镇). */
    public record Entry(String name, TagKind kind, String canonical) {
        public String target() {
            return canonical == null || canonical.isBlank() ? name : canonical;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Entry lookup(String word) {
        return entries.isEmpty() ? null : entries.get(word);
    }

    public List<Entry> entries() {
        List<Entry> l = new ArrayList<>(entries.values());
        l.sort(java.util.Comparator.comparing(Entry::name));
        return l;
    }

    public int size() {
        return entries.size();
    }

    void load(Connection c) throws SQLException {
        entries.clear();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, canonical FROM gazetteer");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TagKind k = TagKind.fromCode(rs.getString(2));
                put(new Entry(rs.getString(1), k == null ? TagKind.PLACE : k, rs.getString(3)));
            }
        }
    }

    void save(Connection c, Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gazetteer(name, kind, canonical) VALUES (?,?,?) "
                        + "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, canonical = excluded.canonical")) {
            ps.setString(1, e.name());
            ps.setString(2, e.kind().code());
            ps.setString(3, e.canonical());
            ps.executeUpdate();
        }
        put(e);
    }

    boolean delete(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM gazetteer WHERE name = ?")) {
            ps.setString(1, name);
            boolean gone = ps.executeUpdate() > 0;
            if (entries.remove(name) != null) CustomDictionary.remove(name);
            return gone;
        }
    }

    private void put(Entry e) {
        entries.put(e.name(), e);
        CustomDictionary.insert(e.name(), nature(e.kind()) + " 1000");
    }

    /** HanLP's part-of-speech tag for a kind of name. */
    static String nature(TagKind k) {
        return switch (k) {
            case PERSON, AUTHOR -> "nr";
            case PLACE -> "ns";
            case ORGANISATION -> "nt";
            default -> "nz";
        };
    }
}
