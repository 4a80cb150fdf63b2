package org.kanbao.ui.search;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.state.ReaderBackend.SearchHit;
import org.kanbao.ui.state.ReaderBackend.SearchResult;
import org.kanbao.ui.state.ReaderBackend.Sort;
import org.kanbao.ui.state.ReaderState;

/** The search results list: hits, their count, the sort, and opening a hit. */
public final class SearchViewModel {
    private final ReaderState state;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final BooleanBinding active;
    private final StringBinding countText;

    public SearchViewModel(ReaderState state) {
        this.state = state;
        state.resultsProperty().addListener((o, a, b) -> hits.setAll(b == null ? java.util.List.of() : b.hits()));
        active = state.resultsProperty().isNotNull();
        countText = Bindings.createStringBinding(() -> {
            SearchResult r = state.resultsProperty().get();
            if (r == null) return "";
            if (r.total() > r.hits().size()) return Messages.get("search.countMore", r.total(), r.hits().size());
            return Messages.get("search.count", r.total());
        }, state.resultsProperty());
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public BooleanBinding activeProperty() {
        return active;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public ObjectProperty<Sort> sortProperty() {
        return state.sortProperty();
    }

    public void search(String query) {
        state.search(query);
    }

    public void clear() {
        state.search("");
    }

    public void open(SearchHit hit) {
        if (hit != null) state.openArticle(hit.articleId());
    }

    public boolean isChecked(long articleId) {
        return state.checked().contains(articleId);
    }

    public void setChecked(long articleId, boolean on) {
        state.setChecked(articleId, on);
    }

    public javafx.collections.ObservableSet<Long> checked() {
        return state.checked();
    }

    /** Id of the open article, to keep the list's selection in step. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.kanbao.model.StoredArticle> articleProperty() {
        return state.articleProperty();
    }
}
