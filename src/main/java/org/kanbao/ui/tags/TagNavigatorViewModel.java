package org.kanbao.ui.tags;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.state.ReaderBackend.Narrowed;
import org.kanbao.ui.state.ReaderState;

/** Tags by kind with counts; choosing several narrows the library to articles carrying all of them. */
public final class TagNavigatorViewModel {
    /** Kinds in the order the navigator shows them. */
    public static final List<TagKind> KINDS = List.of(TagKind.TOPIC, TagKind.PERSON, TagKind.PLACE,
            TagKind.ORGANISATION, TagKind.AUTHOR, TagKind.MANUAL);
    static final int PER_KIND = 300;

    private final ReaderState state;
    private final Map<TagKind, ObservableList<Tag>> byKind = new EnumMap<>(TagKind.class);
    private final ObservableList<Tag> related = FXCollections.observableArrayList();
    private final StringBinding narrowText;
    private int loadGeneration;
    /** True while lists are replaced: list views then lose their selection, which is no choice of the user's. */
    private boolean reloading;
    private int relatedGeneration;

    public TagNavigatorViewModel(ReaderState state) {
        this.state = state;
        for (TagKind k : KINDS) byKind.put(k, FXCollections.observableArrayList());
        state.libraryVersionProperty().addListener((o, a, b) -> load());
        state.activeTags().addListener((ListChangeListener<Tag>) c -> loadRelated());
        narrowText = Bindings.createStringBinding(() -> {
            Narrowed n = state.narrowedProperty().get();
            return n == null ? "" : Messages.get("tags.narrowed", n.articleIds().size(), n.editionIds().size());
        }, state.narrowedProperty());
        load();
    }

    /** Reloads tags and counts (after an import or a tag edit). */
    public void load() {
        int gen = ++loadGeneration;
        state.tasks().create(() -> {
            Map<TagKind, List<Tag>> m = new EnumMap<>(TagKind.class);
            for (TagKind k : KINDS) m.put(k, state.backend().tags(k, PER_KIND));
            return m;
        }).onSuccess(m -> {
            if (gen != loadGeneration) return;
            reloading = true;
            try {
                m.forEach((k, list) -> byKind.get(k).setAll(list));
            } finally {
                reloading = false;
            }
        }).start();
    }

    private void loadRelated() {
        int gen = ++relatedGeneration;
        Set<Long> ids = state.activeTags().stream().map(Tag::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            related.clear();
            return;
        }
        state.tasks().create(() -> state.backend().relatedTags(ids, 30)).onSuccess(list -> {
            if (gen == relatedGeneration) related.setAll(list);
        }).start();
    }

    public ObservableList<Tag> tags(TagKind kind) {
        return byKind.get(kind);
    }

    public boolean isReloading() {
        return reloading;
    }

    public ObservableList<Tag> related() {
        return related;
    }

    public ObservableList<Tag> active() {
        return state.activeTags();
    }

    /** The tags chosen in the navigator, in any order; they narrow the library. */
    public void choose(List<Tag> tags) {
        state.setActiveTags(dedupe(tags));
    }

    /** Adds a (related) tag to the chosen ones. */
    public void add(Tag t) {
        List<Tag> next = new ArrayList<>(state.activeTags());
        if (next.stream().noneMatch(x -> x.id() == t.id())) next.add(t);
        state.setActiveTags(next);
    }

    public void remove(Tag t) {
        List<Tag> next = new ArrayList<>(state.activeTags());
        next.removeIf(x -> x.id() == t.id());
        state.setActiveTags(next);
    }

    public void clear() {
        state.setActiveTags(List.of());
    }

    public StringBinding narrowTextProperty() {
        return narrowText;
    }

    private static List<Tag> dedupe(List<Tag> tags) {
        List<Tag> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Tag t : tags) if (seen.add(t.id())) out.add(t);
        return out;
    }
}
