package org.kanbao.ui.shell;

import java.time.format.TextStyle;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.shell.EditionTreeViewModel.Day;
import org.kanbao.ui.shell.EditionTreeViewModel.Month;
import org.kanbao.ui.shell.EditionTreeViewModel.Paper;
import org.kanbao.ui.shell.EditionTreeViewModel.Year;

/** Editions by paper, year, month and day; a day opens to its pages, loaded when first expanded. */
public final class EditionTreeView extends BorderPane {
    private final EditionTreeViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();
    private boolean syncing;

    public EditionTreeView(EditionTreeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("edition-tree");
        Label title = new Label(Messages.get("nav.editions"), Icons.of(Icons.PAPER));
        title.getStyleClass().add("section-title");
        setTop(title);
        tree.setId("edition-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>("root"));
        tree.setCellFactory(t -> new NavCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing || b == null) return;
            if (b.getValue() instanceof Day d) vm.open(d.edition());
            else if (b.getValue() instanceof Page p) vm.open(p);
        });
        setCenter(tree);
        vm.papers().addListener((ListChangeListener<Paper>) c -> rebuild());
        vm.pageProperty().addListener((o, a, b) -> follow(b));
        rebuild();
    }

    private void rebuild() {
        TreeItem<Object> root = new TreeItem<>("root");
        boolean first = true;
        for (Paper p : vm.papers()) {
            TreeItem<Object> pi = new TreeItem<>(p);
            for (Year y : p.years()) {
                TreeItem<Object> yi = new TreeItem<>(y);
                for (Month m : y.months()) {
                    TreeItem<Object> mi = new TreeItem<>(m);
                    for (Day d : m.days()) mi.getChildren().add(dayItem(d));
                    yi.getChildren().add(mi);
                }
                pi.getChildren().add(yi);
            }
            for (Day d : p.undated()) pi.getChildren().add(dayItem(d));
            // Open the newest month of the first paper so the latest editions are one click away.
            if (first) {
                pi.setExpanded(true);
                if (!pi.getChildren().isEmpty()) {
                    pi.getChildren().get(0).setExpanded(true);
                    if (!pi.getChildren().get(0).getChildren().isEmpty()) pi.getChildren().get(0).getChildren().get(0).setExpanded(true);
                }
                first = false;
            }
            root.getChildren().add(pi);
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        follow(vm.pageProperty().get());
    }

    /** A day item gets a placeholder child so it can be expanded; the pages load on first expansion. */
    private TreeItem<Object> dayItem(Day d) {
        TreeItem<Object> di = new TreeItem<>(d);
        di.getChildren().add(new TreeItem<>(Messages.get("nav.loading")));
        di.expandedProperty().addListener((o, was, now) -> {
            if (now && di.getChildren().size() == 1 && di.getChildren().get(0).getValue() instanceof String) {
                vm.pages(d.edition(), pages -> {
                    di.getChildren().setAll(pages.stream().map(p -> new TreeItem<Object>(p)).toList());
                    follow(vm.pageProperty().get());
                });
            }
        });
        return di;
    }

    /** Shows the open page in the tree. */
    private void follow(Page page) {
        if (page == null) return;
        TreeItem<Object> day = findDay(tree.getRoot(), page.editionId());
        if (day == null) return;
        syncing = true;
        try {
            for (TreeItem<Object> up = day.getParent(); up != null; up = up.getParent()) up.setExpanded(true);
            day.setExpanded(true);
            for (TreeItem<Object> pi : day.getChildren()) {
                if (pi.getValue() instanceof Page p && p.id() == page.id()) {
                    tree.getSelectionModel().select(pi);
                    int row = tree.getRow(pi);
                    if (row >= 0) tree.scrollTo(Math.max(0, row - 3));
                    return;
                }
            }
            tree.getSelectionModel().select(day);
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<Object> findDay(TreeItem<Object> item, long editionId) {
        if (item.getValue() instanceof Day d && d.edition().id() == editionId) return item;
        if (item.getValue() instanceof Day) return null;
        for (TreeItem<Object> c : item.getChildren()) {
            TreeItem<Object> f = findDay(c, editionId);
            if (f != null) return f;
        }
        return null;
    }

    /** How many editions (days) the tree lists. */
    public int dayCount() {
        return countDays(tree.getRoot());
    }

    private static int countDays(TreeItem<Object> item) {
        if (item.getValue() instanceof Day) return 1;
        int n = 0;
        for (TreeItem<Object> c : item.getChildren()) n += countDays(c);
        return n;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private static final class NavCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof Paper p) {
                setText(p.name());
                setGraphic(Icons.of(Icons.PAPER));
            } else if (item instanceof Year y) {
                setText(Messages.get("nav.year", String.valueOf(y.year())));
            } else if (item instanceof Month m) {
                setText(Messages.isChinese() ? m.month() + "月"
                        : java.time.Month.of(m.month()).getDisplayName(TextStyle.FULL, Messages.locale()));
            } else if (item instanceof Day d) {
                Edition e = d.edition();
                String label = e.date() == null ? Messages.get("nav.undated")
                        : Messages.get("nav.day", e.date().getDayOfMonth(),
                        e.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Messages.locale()));
                setText(e.label().isEmpty() ? label : label + " " + e.label());
            } else if (item instanceof Page p) {
                String sec = p.section() == null || p.section().isBlank() ? "" : " " + p.section();
                setText(Messages.get("page.number", p.number()) + sec);
                setGraphic(Icons.of(Icons.PAGE));
            } else {
                setText(String.valueOf(item));
            }
        }
    }
}
