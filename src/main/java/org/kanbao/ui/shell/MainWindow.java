package org.kanbao.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kanbao.ui.article.ArticleView;
import org.kanbao.ui.article.ArticleViewModel;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tips;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.common.UiPrefs;
import org.kanbao.ui.pagelayout.PageLayoutView;
import org.kanbao.ui.pagelayout.PageLayoutViewModel;
import org.kanbao.ui.search.SearchResultsView;
import org.kanbao.ui.search.SearchViewModel;
import org.kanbao.ui.state.ReaderBackend.ImportSummary;
import org.kanbao.ui.state.ReaderState;
import org.kanbao.ui.tags.TagNavigatorView;
import org.kanbao.ui.tags.TagNavigatorViewModel;

/**
 * The main window: menu bar, toolbar with the search field, navigation (editions and tags, or the
 * search results while a query is active) on the left, the page in the centre, the article on the right.
 * It only composes views; they are linked through {@link ReaderState}, never to each other.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel vm;
    private final ReaderState state;
    private final UiPrefs prefs;
    private final PageLayoutViewModel pageVm;
    private final ArticleViewModel articleVm;
    private final SearchViewModel searchVm;
    private final TagNavigatorViewModel tagsVm;
    private final EditionTreeViewModel treeVm;

    private final EditionTreeView treeView;
    private final TagNavigatorView tagView;
    private final SearchResultsView resultsView;
    private final PageLayoutView pageView;
    private final ArticleView articleView;
    private final CustomTextField searchField = (CustomTextField) TextFields.createClearableTextField();
    private final SplitPane main = new SplitPane();
    private final SplitPane nav = new SplitPane();
    private final StatusBar status = new StatusBar();
    private final Scene scene;
    private boolean dark;

    public MainWindow(Stage stage, ReaderState state, UiPrefs prefs) {
        this.stage = stage;
        this.state = state;
        this.prefs = prefs;
        this.vm = new MainViewModel(state);
        pageVm = new PageLayoutViewModel(state);
        articleVm = new ArticleViewModel(state);
        searchVm = new SearchViewModel(state);
        tagsVm = new TagNavigatorViewModel(state);
        treeVm = new EditionTreeViewModel(state);
        articleVm.fontSizeProperty().set(prefs.getDouble("article.font", 16));
        articleVm.fontSizeProperty().addListener((o, a, b) -> prefs.putDouble("article.font", b.doubleValue()));

        treeView = new EditionTreeView(treeVm);
        tagView = new TagNavigatorView(tagsVm);
        resultsView = new SearchResultsView(searchVm);
        pageView = new PageLayoutView(pageVm);
        articleView = new ArticleView(articleVm);

        nav.setOrientation(Orientation.VERTICAL);
        nav.getItems().addAll(treeView, tagView);
        nav.getStyleClass().add("nav");
        StackPane left = new StackPane(nav);
        left.setMinWidth(200);
        // The results join the window at the first search: until then they would only add to the styling and
        // layout before the first window is shown.
        searchVm.activeProperty().addListener((o, was, active) -> {
            if (active && !left.getChildren().contains(resultsView)) left.getChildren().add(resultsView);
        });
        resultsView.visibleProperty().bind(searchVm.activeProperty());
        nav.visibleProperty().bind(searchVm.activeProperty().not());
        articleView.setMinWidth(260);
        // Modest preferred widths: the split positions decide, not the content's wish to be wide.
        left.setPrefWidth(300);
        articleView.setPrefWidth(420);
        pageView.setPrefWidth(600);
        pageView.setMinWidth(320);
        main.getItems().addAll(left, pageView, articleView);

        BorderPane root = new BorderPane(main);
        VBox top = new VBox(menuBar(), toolBar());
        if (readOnly()) {
            // A second window on the same library: reading is safe, writing would fight the first window.
            Label notice = new Label(Messages.get("readonly.notice"), Icons.of(Icons.LOCK));
            notice.setId("readonly-notice");
            notice.getStyleClass().add("readonly-notice");
            notice.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(notice);
        }
        root.setTop(top);
        root.setBottom(statusBar());
        root.getStyleClass().add("kanbao-root");
        scene = new Scene(root);
        scene.getStylesheets().add(css("kanbao.css"));
        setDark("dark".equals(System.getProperty("kanbao.theme", prefs.get("theme", "light"))));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        dragAndDrop(root);
        state.tasks().setDefaultOnError(e -> status.setText(Messages.get("error.prefix") + message(e)));
        state.statusProperty().addListener((o, a, b) -> status.setText(b));

        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        prefs.restore(stage, 1440, 900);
        // Split positions are fractions of the final width, so they are applied once the window has its size.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            prefs.restore("main", main, 0.22, 0.68);
            prefs.restore("nav", nav, 0.55);
        }));
        stage.setOnCloseRequest(e -> saveLayout());
    }

    private static String css(String name) {
        return MainWindow.class.getResource("/org/kanbao/ui/" + name).toExternalForm();
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof RuntimeException && t.getCause() != null
                && t.getMessage().equals(t.getCause().toString()))) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Puts the bundled font (if one was loaded) first for the whole window. */
    public void applyFonts() {
        scene.getRoot().setStyle(org.kanbao.ui.common.Fonts.rootStyle());
    }

    public void saveLayout() {
        prefs.save(stage);
        prefs.save("main", main);
        prefs.save("nav", nav);
        prefs.put("theme", dark ? "dark" : "light");
        prefs.flush();
    }

    private boolean readOnly() {
        return state.backend().isReadOnly();
    }

    // ---- menus and toolbar ------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        MenuItem imp = item("menu.import", Icons.IMPORT, "Shortcut+I", this::chooseImport);
        MenuItem exp = item("menu.export", Icons.EXPORT, "Shortcut+E", this::export);
        MenuItem sample = item("menu.sample", Icons.PAPER, null, this::importSample);
        MenuItem clear = item("menu.clearChecked", Icons.UNCHECKED, null, vm::clearChecked);
        MenuItem quit = item("menu.quit", null, "Shortcut+Q", () -> {
            saveLayout();
            Platform.exit();
        });
        imp.setDisable(readOnly());
        sample.setDisable(readOnly());
        file.getItems().addAll(imp, sample, new SeparatorMenuItem(), exp, clear, new SeparatorMenuItem(), quit);

        Menu view = new Menu(Messages.get("menu.view"));
        MenuItem find = item("menu.find", Icons.SEARCH, "Shortcut+F", this::focusSearch);
        MenuItem zin = item("page.zoomIn", Icons.ZOOM_IN, "Shortcut+Plus", pageVm::zoomIn);
        MenuItem zin2 = item("page.zoomIn", null, "Shortcut+Equals", pageVm::zoomIn);
        zin2.setVisible(false);
        MenuItem zout = item("page.zoomOut", Icons.ZOOM_OUT, "Shortcut+Minus", pageVm::zoomOut);
        MenuItem fitP = item("page.fitPage", Icons.FIT_PAGE, "Shortcut+0", () -> pageVm.setFit(PageLayoutViewModel.Fit.PAGE));
        MenuItem fitW = item("page.fitWidth", Icons.FIT_WIDTH, "Shortcut+9", () -> pageVm.setFit(PageLayoutViewModel.Fit.WIDTH));
        MenuItem bigger = item("article.bigger", Icons.FONT_UP, "Shortcut+Shift+Plus", articleVm::biggerFont);
        MenuItem smaller = item("article.smaller", Icons.FONT_DOWN, "Shortcut+Shift+Minus", articleVm::smallerFont);
        MenuItem theme = item("menu.theme", Icons.THEME, "Shortcut+T", () -> setDark(!dark));
        Menu lang = new Menu(Messages.get("menu.language"));
        ToggleGroup g = new ToggleGroup();
        for (String code : List.of("zh", "en")) {
            RadioMenuItem r = new RadioMenuItem(Messages.get("lang." + code));
            r.setToggleGroup(g);
            r.setSelected(Messages.locale().getLanguage().equals(code));
            r.setOnAction(e -> {
                prefs.put("lang", code);
                info(Messages.get("lang.restart"));
            });
            lang.getItems().add(r);
        }
        view.getItems().addAll(find, new SeparatorMenuItem(), zin, zin2, zout, fitP, fitW, new SeparatorMenuItem(),
                bigger, smaller, new SeparatorMenuItem(), theme, lang);

        Menu go = new Menu(Messages.get("menu.go"));
        go.getItems().addAll(
                item("article.next", Icons.NEXT, null, articleVm::next),
                item("article.previous", Icons.PREV, null, articleVm::previous),
                item("page.next", null, "Page_Down", pageVm::nextPage),
                item("page.previous", null, "Page_Up", pageVm::previousPage),
                item("export.check", Icons.CHECKED, null, articleVm::toggleChecked));

        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(item("menu.shortcuts", null, "F1", () -> info(Messages.get("help.shortcuts"))),
                item("menu.about", null, null, () -> info(Messages.get("help.about"))));
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String key, String icon, String accel, Runnable r) {
        MenuItem m = new MenuItem(Messages.get(key), icon == null ? null : Icons.of(icon));
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> r.run());
        return m;
    }

    private ToolBar toolBar() {
        Button imp = toolButton(Icons.IMPORT, "menu.import", this::chooseImport);
        imp.setId("import");
        imp.setDisable(readOnly());
        imp.setText(Messages.get("toolbar.import"));
        Button exp = toolButton(Icons.EXPORT, "menu.export", this::export);
        exp.setId("export");
        exp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("toolbar.export", vm.checkedCountProperty().get()), vm.checkedCountProperty()));
        exp.disableProperty().bind(vm.checkedCountProperty().isEqualTo(0));

        searchField.setId("search");
        searchField.setPromptText(Messages.get("search.prompt"));
        searchField.setLeft(Icons.of(Icons.SEARCH));
        searchField.setPrefColumnCount(28);
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> searchVm.search(searchField.getText()));
        searchField.textProperty().addListener((o, a, b) -> {
            if (b == null || b.isBlank()) {
                typing.stop();
                searchVm.clear();
            } else {
                typing.playFromStart();
            }
        });
        searchField.setOnAction(e -> {
            typing.stop();
            searchVm.search(searchField.getText());
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) searchField.clear();
            if (e.getCode() == KeyCode.DOWN && !resultsView.list().getItems().isEmpty()) {
                resultsView.list().requestFocus();
                if (resultsView.list().getSelectionModel().isEmpty()) resultsView.list().getSelectionModel().select(0);
            }
        });
        state.queryProperty().addListener((o, a, b) -> {
            // The query may be set elsewhere (results' close button, a tag link): the field shows it.
            String now = b == null ? "" : b;
            if (!now.equals(searchField.getText().strip())) {
                typing.stop();
                searchField.setText(now);
                typing.stop();
            }
        });

        Button theme = toolButton(Icons.THEME, "menu.theme", () -> setDark(!dark));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(imp, exp, new javafx.scene.control.Separator(Orientation.VERTICAL), searchField, grow, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button toolButton(String icon, String tip, Runnable r) {
        Button b = new Button(null, Icons.of(icon));
        Tips.lazy(b, Messages.get(tip));
        b.setOnAction(e -> r.run());
        b.setFocusTraversable(false);
        return b;
    }

    private Node statusBar() {
        status.setText(Messages.get("status.ready"));
        Label checked = new Label();
        checked.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("status.checked", vm.checkedCountProperty().get()), vm.checkedCountProperty()));
        status.getRightItems().add(checked);
        return status;
    }

    private void setDark(boolean on) {
        dark = on;
        String d = css("dark.css");
        scene.getStylesheets().remove(d);
        if (on) scene.getStylesheets().add(d);
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Arrows step through articles and Space checks the open one, unless a control wants the key itself. */
    private void keys(KeyEvent e) {
        Node f = scene.getFocusOwner();
        if (f instanceof TextInputControl || f instanceof ListView || f instanceof TreeView) return;
        switch (e.getCode()) {
            case RIGHT, DOWN -> articleVm.next();
            case LEFT, UP -> articleVm.previous();
            case SPACE -> articleVm.toggleChecked();
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- import -----------------------------------------------------------------------------

    private void dragAndDrop(Node root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !readOnly()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) importFiles(db.getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("import.title"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("import.filter"), "*.pdf", "*.txt", "*.PDF", "*.TXT"));
        String lastDir = prefs.get("import.dir", null);
        if (lastDir != null && new File(lastDir).isDirectory()) fc.setInitialDirectory(new File(lastDir));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) return;
        prefs.put("import.dir", files.get(0).getParent());
        importFiles(files.stream().map(File::toPath).toList());
    }

    private void importSample() {
        List<Path> files = vm.sampleFiles();
        if (files.isEmpty()) {
            info(Messages.get("sample.missing"));
            return;
        }
        importFiles(files);
    }

    /** Imports with a progress dialog (cancel), then shows the summary. */
    public void importFiles(List<Path> files) {
        if (readOnly()) {
            info(Messages.get("readonly.notice"));
            return;
        }
        ProgressDialog dialog = new ProgressDialog(stage, Messages.get("import.running"));
        Tasks.Handle h = vm.importFiles(files, s -> {
            dialog.close();
            summary(s);
        }, e -> {
            dialog.close();
            error(Messages.get("import.failed"), message(e));
        });
        dialog.show(h);
    }

    private void summary(ImportSummary s) {
        status.setText(Messages.get("import.counts", s.pages(), s.articles()));
        Alert a = new Alert(s.errors().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        a.initOwner(stage);
        a.setTitle(Messages.get("import.summary"));
        a.setHeaderText(Messages.get("import.counts", s.pages(), s.articles()));
        TextArea text = new TextArea(MainViewModel.describe(s));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(14, 3 + s.errors().size() + s.notes().size()));
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("import-summary");
        a.show();
    }

    /** First run: an empty library offers the bundled sample edition. */
    public void offerSample(boolean auto) {
        if (readOnly()) {
            status.setText(Messages.get("readonly.notice"));
            return;
        }
        List<Path> files = vm.sampleFiles();
        if (files.isEmpty()) {
            status.setText(Messages.get("status.emptyLibrary"));
            return;
        }
        if (auto) {
            vm.importFiles(files, s -> status.setText(Messages.get("import.counts", s.pages(), s.articles())),
                    e -> status.setText(message(e)));
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("sample.offer"), ButtonType.YES, ButtonType.NO);
        a.initOwner(stage);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("sample.header"));
        a.showAndWait().filter(b -> b == ButtonType.YES).ifPresentOrElse(b -> importFiles(files),
                () -> status.setText(Messages.get("status.emptyLibrary")));
    }

    // ---- export -----------------------------------------------------------------------------

    private void export() {
        if (vm.checkedCountProperty().get() == 0) {
            info(Messages.get("export.nothing"));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("export.title"));
        fc.setInitialFileName(Messages.get("export.fileName") + ".pdf");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = fc.showSaveDialog(stage);
        if (f != null) exportTo(f.toPath());
    }

    /** Exports the checked articles to {@code target} with a progress dialog. */
    public void exportTo(Path target) {
        ProgressDialog dialog = new ProgressDialog(stage, Messages.get("export.running"));
        Tasks.Handle h = vm.export(target, p -> {
            dialog.close();
            status.setText(Messages.get("export.done", p));
            info(Messages.get("export.done", p));
        }, e -> {
            dialog.close();
            error(Messages.get("export.failed"), message(e));
        });
        dialog.show(h);
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.setTitle(Messages.get("app.title"));
        a.show();
    }

    private void error(String header, String text) {
        status.setText(header + ": " + text);
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.setTitle(Messages.get("app.title"));
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    // ---- for the app and tests --------------------------------------------------------------

    public MainViewModel viewModel() {
        return vm;
    }

    public PageLayoutView pageView() {
        return pageView;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public EditionTreeView treeView() {
        return treeView;
    }

    public TagNavigatorView tagView() {
        return tagView;
    }

    public SearchResultsView resultsView() {
        return resultsView;
    }

    public Scene scene() {
        return scene;
    }
}
