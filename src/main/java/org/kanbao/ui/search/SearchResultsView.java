package org.kanbao.ui.search;

import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.kanbao.model.StoredArticle;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tips;
import org.kanbao.ui.state.ReaderBackend.SearchHit;
import org.kanbao.ui.state.ReaderBackend.SnippetRun;
import org.kanbao.ui.state.ReaderBackend.Sort;

/** Search results, replacing the navigation while a query is active: count, sort, and one cell per hit. */
public final class SearchResultsView extends BorderPane {
    private final SearchViewModel vm;
    private final ListView<SearchHit> list = new ListView<>();

    public SearchResultsView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("search-results");
        Label count = new Label();
        count.setId("search-count");
        count.textProperty().bind(vm.countTextProperty());
        count.getStyleClass().add("section-title");
        ComboBox<Sort> sort = new ComboBox<>();
        sort.getItems().setAll(Sort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sort s) {
                return s == null ? "" : Messages.get("search.sort." + s.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Sort fromString(String s) {
                return null;
            }
        });
        sort.setFocusTraversable(false);
        Button close = new Button(null, Icons.of(Icons.CLOSE));
        Tips.lazy(close, Messages.get("search.close"));
        close.setOnAction(e -> vm.clear());
        // a long count ("9049 articles (first 500 shown)") is cut short, never the sort choice or the close button
        sort.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(0);
        Tips.lazy(count, count.textProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, count, grow, sort, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 8, 6, 8));
        head.getStyleClass().add("search-head");
        setTop(head);

        list.setId("search-results");
        list.setItems(vm.hits());
        list.setPlaceholder(new Label(Messages.get("search.none")));
        list.setCellFactory(l -> new HitCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.open(b);
        });
        vm.checked().addListener((SetChangeListener<Long>) c -> list.refresh());
        vm.articleProperty().addListener((o, a, b) -> follow(b));
        setCenter(list);
    }

    private void follow(StoredArticle a) {
        if (a == null) return;
        SearchHit sel = list.getSelectionModel().getSelectedItem();
        if (sel != null && sel.articleId() == a.id()) return;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).articleId() == a.id()) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    public ListView<SearchHit> list() {
        return list;
    }

    private final class HitCell extends ListCell<SearchHit> {
        private final CheckBox check = new CheckBox();
        private final Label headline = new Label();
        private final Label meta = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox text = new VBox(2, headline, meta, snippet);
        private final HBox box = new HBox(6, check, text);

        HitCell() {
            headline.getStyleClass().add("hit-headline");
            meta.getStyleClass().add("hit-meta");
            snippet.getStyleClass().add("hit-snippet");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            snippet.setMaxWidth(Double.MAX_VALUE);
            Tips.lazy(check, Messages.get("export.checkTip"));
            check.setOnAction(e -> {
                if (getItem() != null) vm.setChecked(getItem().articleId(), check.isSelected());
            });
            check.setFocusTraversable(false);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            check.setSelected(vm.isChecked(h.articleId()));
            headline.setText(h.headline());
            meta.setText(h.paper() + " · " + (h.date() == null ? "" : h.date()) + " · "
                    + Messages.get("page.number", h.page()));
            snippet.getChildren().clear();
            for (SnippetRun r : h.snippet()) {
                Text t = new Text(r.text());
                t.getStyleClass().add(r.hit() ? "hit" : "run");
                snippet.getChildren().add(t);
            }
            snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
            setGraphic(box);
        }
    }
}
