package org.kanbao.ui.pagelayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import org.kanbao.model.Page;
import org.kanbao.ui.common.Fonts;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tips;
import org.kanbao.ui.pagelayout.PageLayoutViewModel.Box;
import org.kanbao.ui.pagelayout.PageLayoutViewModel.Fit;
import org.kanbao.ui.pagelayout.PageLayoutViewModel.PageModel;

/**
 * The centre: the page (its image, or a schematic drawn from the articles) with one clickable zone
 * per article, zoom and pan, and the edition's pages as thumbnails underneath.
 */
public final class PageLayoutView extends BorderPane {
    private final PageLayoutViewModel vm;
    private final Pane page = new Pane();
    private final Group zoomGroup = new Group(page);
    private final StackPane centred = new StackPane(zoomGroup);
    private final ScrollPane scroll = new ScrollPane(centred);
    private final Scale scaleTransform = new Scale(1, 1, 0, 0);
    private final Label pageLabel = new Label();
    private final Label zoomLabel = new Label();
    private static final int THUMB_HEIGHT = 60;
    private final ListView<Page> thumbs = new ListView<>();
    private final Map<Long, Image> thumbImages = new HashMap<>();
    private final Label empty = new Label(Messages.get("page.empty"));
    private final Map<Long, Rectangle> zoneNodes = new HashMap<>();
    private final Group badges = new Group();
    private final Tooltip tip = new Tooltip();
    private final MenuItem checkItem = new MenuItem();
    private final ContextMenu zoneMenu = new ContextMenu(checkItem);
    private Image cachedImage;
    private java.nio.file.Path cachedImagePath;
    private int imageGeneration;
    private boolean imageLoading;

    public PageLayoutView(PageLayoutViewModel vm) {
        this.vm = vm;
        getStyleClass().add("page-layout");
        page.getStyleClass().add("page");
        page.getTransforms().add(scaleTransform);
        badges.setMouseTransparent(true);
        Tooltip.install(page, tip);
        scaleTransform.xProperty().bind(vm.scaleProperty());
        scaleTransform.yProperty().bind(vm.scaleProperty());
        centred.getStyleClass().add("page-backdrop");
        centred.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));
        centred.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
        scroll.setPannable(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                vm.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
                e.consume();
            }
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fit());
        vm.fitProperty().addListener((o, a, b) -> fit());
        zoomLabel.textProperty().bind(vm.scaleProperty().multiply(100).asString("%.0f%%"));
        empty.getStyleClass().add("placeholder");

        setTop(toolbar());
        StackPane middle = new StackPane(scroll, empty);
        setCenter(middle);
        setBottom(thumbnails());
        vm.modelProperty().addListener((o, a, b) -> draw(b, a));
        draw(vm.modelProperty().get(), null);
    }

    private ToolBar toolbar() {
        Button prev = button(Icons.PREV, "page.previous", vm::previousPage);
        Button next = button(Icons.NEXT, "page.next", vm::nextPage);
        Button out = button(Icons.ZOOM_OUT, "page.zoomOut", vm::zoomOut);
        Button in = button(Icons.ZOOM_IN, "page.zoomIn", vm::zoomIn);
        Button fitPage = button(Icons.FIT_PAGE, "page.fitPage", () -> vm.setFit(Fit.PAGE));
        Button fitWidth = button(Icons.FIT_WIDTH, "page.fitWidth", () -> vm.setFit(Fit.WIDTH));
        fitPage.setId("fit-page");
        fitWidth.setId("fit-width");
        pageLabel.getStyleClass().add("page-label");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        zoomLabel.setMinWidth(48);
        zoomLabel.setAlignment(Pos.CENTER);
        ToolBar bar = new ToolBar(prev, pageLabel, next, unplacedButton(), grow, out, zoomLabel, in,
                new Separator(Orientation.VERTICAL), fitPage, fitWidth);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    /** Shown when the page has text that no article holds; opens it for review (and copying). */
    private Button unplacedButton() {
        UnplacedTextViewModel u = vm.unplaced();
        Button b = new Button(null, Icons.of(Icons.UNPLACED));
        b.setId("page-unplaced");
        b.getStyleClass().add("unplaced");
        b.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("page.unplaced", u.passages().size()), u.passages()));
        b.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(u.passages()));
        b.managedProperty().bind(b.visibleProperty());
        Tips.lazy(b, Messages.get("page.unplacedTip"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(u.text());
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(520, 320);
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
            a.initOwner(getScene() == null ? null : getScene().getWindow());
            a.setTitle(Messages.get("page.unplacedTitle"));
            a.setHeaderText(Messages.get("page.unplacedTip"));
            a.getDialogPane().setContent(text);
            a.getDialogPane().setId("unplaced-dialog");
            a.setResizable(true);
            a.show();
        });
        return b;
    }

    private static Button button(String icon, String tipKey, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        Tips.lazy(b, Messages.get(tipKey));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private Node thumbnails() {
        thumbs.setOrientation(Orientation.HORIZONTAL);
        thumbs.setItems(vm.pages());
        thumbs.setPrefHeight(THUMB_HEIGHT + 56);
        thumbs.setMinHeight(THUMB_HEIGHT + 56);
        thumbs.getStyleClass().add("thumbs");
        thumbs.setFocusTraversable(false);
        thumbs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Page p, boolean emptyCell) {
                super.updateItem(p, emptyCell);
                if (emptyCell || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label num = new Label(Messages.get("page.number", p.number()));
                num.getStyleClass().add("thumb-number");
                Label sec = new Label(p.section() == null ? "" : p.section());
                sec.getStyleClass().add("thumb-section");
                VBox card = new VBox(2, thumbnailOf(p), num, sec);
                card.setAlignment(Pos.CENTER);
                card.getStyleClass().add("thumb");
                setGraphic(card);
                setText(null);
            }
        });
        vm.thumbnails().addListener((MapChangeListener<Long, Path>) c -> thumbs.refresh());
        thumbs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.openPage(b));
        vm.pageProperty().addListener((o, a, b) -> syncThumb(b));
        return thumbs;
    }

    /** The page's thumbnail, decoded in the background by JavaFX and kept per page; the page icon until then. */
    private Node thumbnailOf(Page p) {
        Path file = vm.thumbnails().get(p.id());
        if (file == null) return Icons.of(Icons.PAGE);
        Image img = thumbImages.computeIfAbsent(p.id(),
                id -> new Image(file.toUri().toString(), 0, THUMB_HEIGHT, true, true, true));
        if (img.isError()) return Icons.of(Icons.PAGE);
        ImageView view = new ImageView(img);
        view.getStyleClass().add("thumb-image");
        return view;
    }

    private void syncThumb(Page p) {
        if (p == null) {
            thumbs.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < thumbs.getItems().size(); i++) {
            if (thumbs.getItems().get(i).id() == p.id()) {
                if (thumbs.getSelectionModel().getSelectedIndex() != i) thumbs.getSelectionModel().select(i);
                thumbs.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    private void fit() {
        Bounds vp = scroll.getViewportBounds();
        vm.applyFit(vp.getWidth(), vp.getHeight());
    }

    private void draw(PageModel m, PageModel before) {
        empty.setVisible(m == null);
        scroll.setVisible(m != null);
        if (m == null) {
            page.getChildren().clear();
            zoneNodes.clear();
            pageLabel.setText("");
            return;
        }
        if (sameLayout(m, before)) {
            // Only states changed (selection, hits, checks): restyle the zones, keep everything drawn.
            for (Box b : m.boxes()) style(zoneNodes.get(b.articleId()), b);
            drawBadges(m);
            m.boxes().stream().filter(Box::selected).findFirst().ifPresent(this::reveal);
            return;
        }
        page.getChildren().clear();
        zoneNodes.clear();
        Page p = m.page();
        int index = vm.pages().indexOf(p) + 1;
        pageLabel.setText(Messages.get("page.label", p.number(), p.section() == null ? "" : p.section(),
                index, vm.pages().size()));
        page.setPrefSize(m.width(), m.height());
        page.setMinSize(m.width(), m.height());
        page.setMaxSize(m.width(), m.height());
        Rectangle paper = new Rectangle(m.width(), m.height());
        paper.getStyleClass().add("paper");
        page.getChildren().add(paper);
        if (m.image() != null) {
            ImageView iv = new ImageView();
            iv.setFitWidth(m.width());
            iv.setFitHeight(m.height());
            iv.setSmooth(true);
            page.getChildren().add(iv);
            showImage(m.image(), iv);
        } else if (m.schematic()) {
            drawMasthead(m);
        }
        for (Box b : m.boxes()) {
            if (m.schematic()) drawSchematicBlock(b);
            Rectangle r = new Rectangle(b.zone().x(), b.zone().y(), b.zone().w(), b.zone().h());
            r.setUserData(b.articleId());
            r.setId("zone-" + b.articleId());
            style(r, b);
            r.setOnMouseEntered(e -> tip.setText(b.headline()));
            r.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    // Take the focus so arrows and Space reach the window's shortcuts, not a list elsewhere.
                    requestFocus();
                    vm.select(b.articleId());
                }
            });
            r.setOnContextMenuRequested(e -> {
                boolean on = r.getStyleClass().contains("zone-checked");
                checkItem.setText(Messages.get(on ? "export.uncheck" : "export.check"));
                checkItem.setOnAction(x -> vm.toggleChecked(b.articleId()));
                zoneMenu.show(r, e.getScreenX(), e.getScreenY());
            });
            page.getChildren().add(r);
            zoneNodes.put(b.articleId(), r);
        }
        page.getChildren().add(badges);
        drawBadges(m);
        fit();
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Same page with the same zones: only the boxes' states may differ. */
    private boolean sameLayout(PageModel m, PageModel before) {
        if (before == null || before.page().id() != m.page().id() || before.boxes().size() != m.boxes().size()
                || before.schematic() != m.schematic() || !java.util.Objects.equals(before.image(), m.image())
                || zoneNodes.size() != m.boxes().size()) return false;
        for (int i = 0; i < m.boxes().size(); i++) {
            Box a = m.boxes().get(i);
            Box b = before.boxes().get(i);
            if (a.articleId() != b.articleId() || !a.zone().equals(b.zone())) return false;
        }
        return true;
    }

    private static void style(Rectangle r, Box b) {
        if (r == null) return;
        List<String> cls = new ArrayList<>(List.of("zone"));
        if (b.selected()) cls.add("zone-selected");
        if (b.hit()) cls.add("zone-hit");
        if (b.checked()) cls.add("zone-checked");
        if (b.dimmed()) cls.add("zone-dimmed");
        if (!r.getStyleClass().equals(cls)) r.getStyleClass().setAll(cls);
    }

    private void drawBadges(PageModel m) {
        badges.getChildren().clear();
        for (Box b : m.boxes()) {
            if (!b.checked()) continue;
            Node badge = Icons.of(Icons.CHECKED);
            badge.getStyleClass().add("zone-badge");
            badge.setLayoutX(b.zone().x() + b.zone().w() - 26);
            badge.setLayoutY(b.zone().y() + 24);
            badges.getChildren().add(badge);
        }
    }

    private void drawMasthead(PageModel m) {
        double mh = SchematicLayout.mastheadHeight(m.page().number() == 1);
        double x = SchematicLayout.MARGIN;
        double w = m.width() - 2 * x;
        if (m.page().number() == 1) {
            Text name = new Text(m.paper());
            name.getStyleClass().add("masthead-name");
            name.setWrappingWidth(w);
            name.setTextAlignment(TextAlignment.CENTER);
            name.setX(x);
            name.setY(x + 62);
            page.getChildren().add(name);
        }
        Text info = new Text(Messages.get("page.masthead", m.date(), m.page().number(),
                m.page().section() == null ? "" : m.page().section()));
        info.getStyleClass().add("masthead-info");
        info.setX(x);
        info.setY(x + mh - 14);
        Line rule = new Line(x, x + mh - 6, x + w, x + mh - 6);
        rule.getStyleClass().add("masthead-rule");
        page.getChildren().addAll(info, rule);
    }

    /** A grey block with the headline set on it and body lines suggested below. */
    private void drawSchematicBlock(Box b) {
        double x = b.zone().x();
        double y = b.zone().y();
        double w = b.zone().w();
        double h = b.zone().h();
        Rectangle block = new Rectangle(x, y, w, h);
        block.getStyleClass().add(b.photo() ? "block-photo" : "block");
        page.getChildren().add(block);
        double pad = 8;
        double size = Math.max(14, Math.min(30, w / 16));
        if (h > 200 && w > 500) size = 34;
        double ty = y + pad;
        if (!b.kicker().isEmpty() && h > 80) {
            Text k = new Text(b.kicker());
            k.getStyleClass().add("block-kicker");
            k.setFont(Font.font(Fonts.family(), 13));
            k.setWrappingWidth(w - 2 * pad);
            k.setX(x + pad);
            k.setY(ty + 14);
            page.getChildren().add(k);
            ty += k.getLayoutBounds().getHeight() + 4;
        }
        Text head = new Text(b.headline());
        head.getStyleClass().add("block-headline");
        // Set the font in code, not CSS: its height is measured right away to place the body lines.
        head.setFont(Font.font(Fonts.family(), FontWeight.BOLD, size));
        head.setWrappingWidth(w - 2 * pad);
        head.setX(x + pad);
        head.setY(ty + size);
        Rectangle clip = new Rectangle(x, y, w, h);
        head.setClip(clip);
        page.getChildren().add(head);
        double lineY = ty + head.getLayoutBounds().getHeight() + 16;
        javafx.scene.shape.Path lines = new javafx.scene.shape.Path();
        int i = 0;
        while (lineY < y + h - 8) {
            double lw = (i % 7 == 6) ? (w - 2 * pad) * 0.55 : w - 2 * pad;
            lines.getElements().addAll(new javafx.scene.shape.MoveTo(x + pad, lineY), new javafx.scene.shape.LineTo(x + pad + lw, lineY));
            lineY += 9;
            i++;
        }
        lines.getStyleClass().add("block-line");
        page.getChildren().add(lines);
    }

    /** Scrolls so the zone is in view. */
    private void reveal(Box b) {
        Rectangle r = zoneNodes.get(b.articleId());
        if (r == null) return;
        double s = vm.scaleProperty().get();
        Bounds vp = scroll.getViewportBounds();
        double cw = centred.getWidth();
        double ch = centred.getHeight();
        if (cw <= vp.getWidth() && ch <= vp.getHeight()) return;
        double top = b.zone().y() * s;
        double bottom = (b.zone().y() + b.zone().h()) * s;
        double vis0 = scroll.getVvalue() * Math.max(0, ch - vp.getHeight());
        if (top < vis0 || bottom > vis0 + vp.getHeight()) {
            scroll.setVvalue(Math.max(0, Math.min(1, (top - 20) / Math.max(1, ch - vp.getHeight()))));
        }
    }

    /** Decodes the page image off the FX thread (a page scan is megabytes), then puts it in place. */
    private void showImage(java.nio.file.Path path, ImageView iv) {
        if (path.equals(cachedImagePath) && cachedImage != null) {
            iv.setImage(cachedImage);
            return;
        }
        int gen = ++imageGeneration;
        imageLoading = true;
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new Image(path.toUri().toString(), false), IMAGE_LOADER)
                .whenComplete((img, err) -> javafx.application.Platform.runLater(() -> {
                    if (gen != imageGeneration) return;
                    imageLoading = false;
                    if (err != null || img == null || img.isError()) {
                        System.err.println("kanbao: cannot show the page image " + path);
                        return;
                    }
                    cachedImage = img;
                    cachedImagePath = path;
                    iv.setImage(img);
                }));
    }

    private static final java.util.concurrent.Executor IMAGE_LOADER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kanbao-page-image");
        t.setDaemon(true);
        return t;
    });

    /** Whether the page image is still being read (it loads in the background). */
    public boolean isImageLoading() {
        PageModel m = vm.modelProperty().get();
        return imageLoading || m != null && !m.imageChecked();
    }

    /** The zone node of an article, for tests and key handling. */
    public Node zoneNode(long articleId) {
        return zoneNodes.get(articleId);
    }
}
