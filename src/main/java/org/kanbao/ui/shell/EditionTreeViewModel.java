package org.kanbao.ui.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.ui.state.ReaderBackend.Narrowed;
import org.kanbao.ui.state.ReaderState;

/**
 * The editions tree: paper → year → month → day (→ pages, loaded when a day opens). Follows the tag
 * narrowing: only editions and pages holding a matching article stay.
 */
public final class EditionTreeViewModel {
    /** One day's edition under its paper, year and month. */
    public record Day(Edition edition) {
    }

    /** Months of a year, newest first. */
    public record Month(int month, List<Day> days) {
    }

    public record Year(int year, List<Month> months) {
    }

    /** A paper with its years; editions without a date sit in {@code undated}. */
    public record Paper(String name, List<Year> years, List<Day> undated) {
    }

    private final ReaderState state;
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();

    public EditionTreeViewModel(ReaderState state) {
        this.state = state;
        state.editions().addListener((ListChangeListener<Edition>) c -> rebuild());
        state.narrowedProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        Narrowed n = state.narrowedProperty().get();
        List<Edition> shown = n == null ? List.copyOf(state.editions())
                : state.editions().stream().filter(e -> n.editionIds().contains(e.id())).toList();
        papers.setAll(group(shown));
    }

    /** Groups editions by paper, year, month and day, newest first. */
    public static List<Paper> group(List<Edition> editions) {
        Map<String, List<Edition>> byPaper = new TreeMap<>();
        for (Edition e : editions) byPaper.computeIfAbsent(e.paper(), k -> new ArrayList<>()).add(e);
        List<Paper> out = new ArrayList<>();
        for (var pe : byPaper.entrySet()) {
            Map<Integer, Map<Integer, List<Day>>> ym = new TreeMap<>(Comparator.reverseOrder());
            List<Day> undated = new ArrayList<>();
            List<Edition> sorted = new ArrayList<>(pe.getValue());
            sorted.sort(Comparator.comparing(Edition::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Edition::label));
            for (Edition e : sorted) {
                LocalDate d = e.date();
                if (d == null) {
                    undated.add(new Day(e));
                    continue;
                }
                ym.computeIfAbsent(d.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                        .computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>()).add(new Day(e));
            }
            List<Year> years = new ArrayList<>();
            for (var y : ym.entrySet()) {
                List<Month> months = new ArrayList<>();
                for (var m : y.getValue().entrySet()) months.add(new Month(m.getKey(), List.copyOf(m.getValue())));
                years.add(new Year(y.getKey(), months));
            }
            out.add(new Paper(pe.getKey(), years, undated));
        }
        return out;
    }

    public ObservableList<Paper> papers() {
        return papers;
    }

    /** Loads a day's pages (narrowed when tags are chosen) and hands them over on the FX thread. */
    public void pages(Edition e, Consumer<List<Page>> then) {
        Narrowed n = state.narrowedProperty().get();
        state.tasks().create(() -> state.backend().pages(e.id())).onSuccess(list ->
                then.accept(n == null ? list : list.stream().filter(p -> n.pageIds().contains(p.id())).toList())).start();
    }

    public void open(Edition e) {
        Edition cur = state.editionProperty().get();
        if (cur == null || cur.id() != e.id()) state.openEdition(e);
    }

    public void open(Page p) {
        Page cur = state.pageProperty().get();
        if (cur == null || cur.id() != p.id()) state.openPage(p.id(), null);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Page> pageProperty() {
        return state.pageProperty();
    }

}
