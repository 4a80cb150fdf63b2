package org.kanbao.ui.pagelayout;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kanbao.model.Page;
import org.kanbao.ui.state.ReaderState;

/**
 * The open page's text that the parser could not place in an article (issue: nothing is silently dropped), read in
 * the background whenever another page opens, so the reader can review it.
 */
public final class UnplacedTextViewModel {
    private final ReaderState state;
    private final ObservableList<String> passages = FXCollections.observableArrayList();
    private int generation;

    public UnplacedTextViewModel(ReaderState state) {
        this.state = state;
        state.pageProperty().addListener((o, a, b) -> load(b));
        state.libraryVersionProperty().addListener((o, a, b) -> load(state.pageProperty().get()));
        load(state.pageProperty().get());
    }

    private void load(Page p) {
        int gen = ++generation;
        if (p == null) {
            passages.clear();
            return;
        }
        state.tasks().create(() -> state.backend().unplaced(p.id())).onSuccess(list -> {
            if (gen == generation) passages.setAll(list);
        }).start();
    }

    public ObservableList<String> passages() {
        return passages;
    }

    /** The passages one after another, a blank line between them, for reading and copying. */
    public String text() {
        return String.join("\n\n", passages);
    }
}
