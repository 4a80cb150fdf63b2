package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.common.UiPrefs;
import org.kanbao.ui.shell.MainWindow;
import org.kanbao.ui.state.ReaderState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): import, click a zone, search, narrow by tag, check and export. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    TestLibrary lib;
    RecordingBackend backend;
    Tasks tasks;
    ReaderState state;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use("en");
        lib = new TestLibrary();
        backend = new RecordingBackend(lib.backend);
        tasks = Tasks.fx();
        state = new ReaderState(backend, tasks);
        window = new MainWindow(stage, state, new UiPrefs(Preferences.userRoot().node("kanbao-test-ui")));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.shutdown();
        lib.close();
    }

    /** Waits for background work and the FX callbacks it queues, which may queue more work. */
    private void settle() {
        for (int i = 0; i < 4; i++) {
            tasks.awaitIdle(20_000);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String text(TextFlow f) {
        return f.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void aToolButtonGetsItsTooltipWhenThePointerFirstEntersIt(FxRobot robot) {
        javafx.scene.control.Button b = robot.lookup(".main-toolbar .button").queryAs(javafx.scene.control.Button.class);
        assertNull(b.getTooltip(), "made before the pointer came");
        String help = b.getAccessibleHelp();
        assertTrue(help != null && !help.isBlank(), "the tip's text is the button's accessible help at once");
        robot.moveTo(b);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(help, b.getTooltip().getText());
    }

    @Test
    void readsSearchesNarrowsAndExportsThroughTheWindow(FxRobot robot) {
        // Import through the window's import action; the summary dialog comes up.
        robot.interact(() -> window.importFiles(List.of(TestLibrary.seed(), TestLibrary.otherPage())));
        settle();
        DialogPane summary = robot.lookup("#import-summary").queryAs(DialogPane.class);
        assertNotNull(summary, "import summary shown");
        robot.interact(() -> summary.getScene().getWindow().hide());
        assertEquals(2, state.editions().size());
        // The pane open from the start (topics) lists the library's topics without being clicked.
        assertFalse(lib.backend.tags(TagKind.TOPIC, 10).isEmpty(), "the pages have topics");
        assertTrue(robot.lookup("#tags-topic .list-cell").tryQuery().isPresent(), "the open topics pane shows its list");
        assertFalse(window.tagView().list(TagKind.TOPIC).getItems().isEmpty());
        // Click a zone of the seed page: the article pane shows that headline.
        StoredArticle medical = lib.articleContaining("医保");
        robot.interact(() -> state.openPage(medical.pageId(), null));
        settle();
        StoredArticle target = state.pageArticles().get(2);
        robot.clickOn(window.pageView().zoneNode(target.id()));
        settle();
        TextFlow headline = robot.lookup("#article-headline").queryAs(TextFlow.class);
        assertEquals(target.article().headline(), text(headline));
        // Search: the article with 医保 is listed and its zone is highlighted.
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(() -> search.setText("医保"));
        robot.type(KeyCode.ENTER);
        settle();
        assertTrue(window.resultsView().isVisible(), "results replace the navigation");
        assertTrue(window.resultsView().list().getItems().stream().anyMatch(h -> h.articleId() == medical.id()));
        Label count = robot.lookup("#search-count").queryAs(Label.class);
        assertFalse(count.getText().isEmpty());
        Node zone = window.pageView().zoneNode(medical.id());
        assertTrue(zone.getStyleClass().contains("zone-hit"), "the hit's zone is highlighted");
        robot.interact(search::clear);
        settle();
        assertFalse(window.resultsView().isVisible());
        // A manual tag, chosen in the navigator, narrows the editions tree to the seed page's edition.
        robot.interact(() -> {
            backend.addManualTag(medical.id(), "跨省通办");
            state.libraryChanged();
        });
        settle();
        assertEquals(2, window.treeView().dayCount());
        robot.clickOn("#tagpane-manual");
        settle();
        Tag tag = window.tagView().list(TagKind.MANUAL).getItems().get(0);
        assertEquals("跨省通办", tag.name());
        robot.clickOn(robot.lookup("#tags-manual .list-cell").nth(0).queryAs(Node.class));
        settle();
        assertEquals(1, window.treeView().dayCount(), "navigation narrowed to one edition");
        assertEquals(java.util.Set.of(medical.id()), state.narrowedProperty().get().articleIds());
        // Check two articles on the page with Space, then export: the seam gets exactly those ids, in order, and a PDF is written.
        StoredArticle other = state.pageArticles().get(0).id() == medical.id() ? state.pageArticles().get(1) : state.pageArticles().get(0);
        // Space checks the selected article, so each click's selection must have landed first.
        robot.clickOn(window.pageView().zoneNode(medical.id()));
        settle();
        robot.type(KeyCode.SPACE);
        robot.clickOn(window.pageView().zoneNode(other.id()));
        settle();
        robot.type(KeyCode.SPACE);
        settle();
        assertEquals(List.of(medical.id(), other.id()), List.copyOf(state.checked()));
        robot.interact(() -> window.exportTo(lib.dir.resolve("clippings.pdf")));
        settle();
        assertEquals(List.of(List.of(medical.id(), other.id())), backend.exports);
        // ... and the exporter wrote a real PDF there.
        java.nio.file.Path pdf = lib.dir.resolve("clippings.pdf");
        assertTrue(java.nio.file.Files.isRegularFile(pdf), "a PDF appears");
        try {
            byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(pdf), 5);
            assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
