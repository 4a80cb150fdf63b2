package org.kanbao.ui.tags;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tips;

/** The tag navigator: one multi-select list per kind, the chosen tags, and tags related to them. */
public final class TagNavigatorView extends BorderPane {
    private final TagNavigatorViewModel vm;
    private final Map<TagKind, ListView<Tag>> lists = new EnumMap<>(TagKind.class);
    private final FlowPane related = new FlowPane(4, 4);
    private boolean syncing;

    public TagNavigatorView(TagNavigatorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("tag-navigator");
        Label title = new Label(Messages.get("tags.title"), Icons.of(Icons.TAGS));
        title.getStyleClass().add("section-title");
        Button clear = new Button(Messages.get("tags.clear"));
        clear.setId("tags-clear");
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.active()));
        clear.setOnAction(e -> vm.clear());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, title, grow, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 6, 4, 6));
        Label narrow = new Label();
        narrow.setId("tags-narrowed");
        narrow.textProperty().bind(vm.narrowTextProperty());
        narrow.getStyleClass().add("narrow-text");
        narrow.setPadding(new Insets(0, 6, 2, 6));
        setTop(new VBox(head, narrow));

        Accordion acc = new Accordion();
        for (TagKind k : TagNavigatorViewModel.KINDS) {
            ListView<Tag> lv = new ListView<>(vm.tags(k));
            lv.setId("tags-" + k.code());
            lv.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            lv.setCellFactory(l -> new TagCell());
            lv.setPlaceholder(new Label(Messages.get("tags.none")));
            lv.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Tag>) c -> chosen());
            lv.getItems().addListener((ListChangeListener<Tag>) c -> syncSelection());
            lists.put(k, lv);
            // A pane gets its list when first opened: a list in a closed pane still costs its skin and styling
            // before the first window (five lists, ~10% of the nodes styled before it is shown).
            TitledPane tp = new TitledPane(Messages.get("tagkind." + k.code()), null);
            tp.setId("tagpane-" + k.code());
            tp.setAnimated(false);
            tp.expandedProperty().addListener((o, was, open) -> fillWhenOpen(tp, lv));
            acc.getPanes().add(tp);
        }
        acc.setExpandedPane(acc.getPanes().get(0));
        // The pane open from the start never sees its expanded property change: it gets its list once the
        // window that is being built has been shown (queued behind it), not in the styling before the first show.
        javafx.application.Platform.runLater(() -> {
            for (int i = 0; i < acc.getPanes().size(); i++) {
                fillWhenOpen(acc.getPanes().get(i), lists.get(TagNavigatorViewModel.KINDS.get(i)));
            }
        });
        setCenter(acc);

        Label relTitle = new Label(Messages.get("tags.related"));
        relTitle.getStyleClass().add("subsection-title");
        VBox relBox = new VBox(4, relTitle, related);
        relBox.setPadding(new Insets(4, 6, 6, 6));
        relBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.related()));
        relBox.managedProperty().bind(relBox.visibleProperty());
        setBottom(relBox);
        vm.related().addListener((ListChangeListener<Tag>) c -> renderRelated());
        vm.active().addListener((ListChangeListener<Tag>) c -> syncSelection());
    }

    private void chosen() {
        if (syncing || vm.isReloading()) return;
        List<Tag> all = new ArrayList<>();
        for (ListView<Tag> lv : lists.values()) all.addAll(lv.getSelectionModel().getSelectedItems());
        vm.choose(all);
    }

    /** Selects in the lists what is active (after a related tag was added or the choice cleared). */
    private void syncSelection() {
        syncing = true;
        try {
            Set<Long> ids = vm.active().stream().map(Tag::id).collect(Collectors.toSet());
            for (ListView<Tag> lv : lists.values()) {
                List<Tag> items = lv.getItems();
                for (int i = 0; i < items.size(); i++) {
                    boolean want = ids.contains(items.get(i).id());
                    boolean has = lv.getSelectionModel().isSelected(i);
                    if (want && !has) lv.getSelectionModel().select(i);
                    if (!want && has) lv.getSelectionModel().clearSelection(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void renderRelated() {
        related.getChildren().clear();
        for (Tag t : vm.related()) {
            Button b = new Button(t.name() + " " + t.count());
            b.getStyleClass().addAll("related-tag", "chip-" + t.kind().code());
            Tips.lazy(b, Messages.get("tagkind." + t.kind().code()));
            b.setOnAction(e -> vm.add(t));
            related.getChildren().add(b);
        }
    }

    private static void fillWhenOpen(TitledPane tp, ListView<Tag> lv) {
        if (tp.isExpanded() && tp.getContent() == null) tp.setContent(lv);
    }

    public ListView<Tag> list(TagKind k) {
        return lists.get(k);
    }

    private static final class TagCell extends ListCell<Tag> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        TagCell() {
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            count.getStyleClass().add("tag-count");
            box = new HBox(4, name, grow, count);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Tag t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                return;
            }
            name.setText(t.name());
            count.setText(String.valueOf(t.count()));
            setGraphic(box);
        }
    }
}
