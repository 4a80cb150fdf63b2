package org.kanbao.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.kanbao.Kanbao;
import org.kanbao.store.LibraryException;
import org.kanbao.ui.common.Fonts;
import org.kanbao.ui.common.StartupTrace;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.common.UiPrefs;
import org.kanbao.ui.shell.MainWindow;
import org.kanbao.ui.state.DeferredBackend;
import org.kanbao.ui.state.LibraryBackend;
import org.kanbao.ui.state.ReaderState;

/**
 * The JavaFX application: shows the main window at once and fills it once the library, opening on its own
 * thread meanwhile, is ready.
 */
public final class KanbaoApp extends Application {
    private static Path libraryPath;
    private static boolean smoke;
    private static String lang;
    private static long launchStart;
    private static volatile int exitCode;
    /** The library, opening on its own thread (see {@link #openLibrary()}). */
    private static java.util.concurrent.CompletableFuture<Kanbao> opening;
    private static boolean readOnly;
    /** The user's preferences, with the messages of the chosen language loaded (see {@link #run}). */
    private static java.util.concurrent.CompletableFuture<UiPrefs> settings;
    /** Held while this window has the library for writing; null when another window has it (read-only). */
    private static org.kanbao.store.InstanceLock lock;

    private Tasks tasks;
    private MainWindow window;
    private UiPrefs prefs;
    private java.util.concurrent.CompletableFuture<Void> fonts;

    static int run(Path library, boolean smokeRun, String language, long start) {
        libraryPath = library;
        smoke = smokeRun;
        lang = language;
        launchStart = start;
        exitCode = 0;
        lock = org.kanbao.store.InstanceLock.tryAcquire(library);
        readOnly = lock == null || unwritable(library);
        opening = new java.util.concurrent.CompletableFuture<>();
        // Preferences (an XML file read by java.util.prefs) and the messages load while the toolkit starts.
        settings = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            UiPrefs p = UiPrefs.standard();
            Messages.use(lang != null ? lang : p.get("lang", null));
            return p;
        });
        try {
            Application.launch(KanbaoApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("kanbao: cannot open a window (" + e.getMessage() + "). Commands work without one: kanbao --help");
            return 1;
        }
        return exitCode;
    }

    /**
     * Opens the library on its own thread: SQLite, the search index check and the tagger's HanLP dictionaries.
     * Started once the window is shown: on two cores, opening it while the toolkit starts and the window is built
     * slowed the first window by more than it saved.
     */
    private static void openLibrary() {
        Thread t = new Thread(() -> {
            try {
                org.kanbao.Main.quietLibraries();
                Kanbao k = Kanbao.open(libraryPath, readOnly);
                StartupTrace.mark("library open");
                opening.complete(k);
            } catch (LibraryException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "kanbao-open");
        t.setDaemon(true);
        t.start();
    }

    /** Library.open's own rule (an existing file or folder that cannot be written opens read-only), known before it runs. */
    private static boolean unwritable(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return java.nio.file.Files.exists(file)
                && (!java.nio.file.Files.isWritable(file) || dir == null || !java.nio.file.Files.isWritable(dir));
    }

    @Override
    public void init() {
        StartupTrace.mark("toolkit up, init");
        prefs = settings.join();
        // The bundled CJK font (tens of MB) loads on another core while the window is built.
        fonts = java.util.concurrent.CompletableFuture.runAsync(Fonts::loadBundled);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        tasks = Tasks.fx();
        // Views start loading while they are built; when the library cannot be opened, cannotOpen says so once.
        tasks.setDefaultOnError(e -> {
            if (!opening.isCompletedExceptionally()) e.printStackTrace();
        });
        // The window does not wait for the library: its views ask the backend off the FX thread, and those
        // calls wait for the open; the window is shown and then filled.
        ReaderState state = new ReaderState(new DeferredBackend(opening.thenApply(LibraryBackend::new), readOnly), tasks);
        window = new MainWindow(stage, state, prefs);
        StartupTrace.mark("window built");
        fonts.join();
        window.applyFonts();
        StartupTrace.mark("fonts loaded");
        long[] shownAt = {0};
        stage.setOnShown(e -> shownAt[0] = System.currentTimeMillis());
        stage.show();
        StartupTrace.mark("shown");
        if (Boolean.getBoolean("kanbao.trace.nodes")) {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            int[] total = {0};
            java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(stage.getScene().getRoot()));
            while (!todo.isEmpty()) {
                javafx.scene.Node n = todo.pop();
                total[0]++;
                counts.merge(n.getClass().getSimpleName(), 1, Integer::sum);
                if (n instanceof javafx.scene.Parent p) todo.addAll(p.getChildrenUnmodifiable());
            }
            System.err.println("nodes " + total[0] + " " + counts);
        }
        openLibrary();
        opening.whenComplete((k, e) -> {
            if (e != null) Platform.runLater(() -> cannotOpen(stage, e));
        });
        String shot = System.getProperty("kanbao.screenshot");
        boolean unattended = smoke || (shot != null && !shot.isBlank());
        // Nobody is there to answer the first-run question in a smoke or screenshot run: load the sample outright.
        window.viewModel().start(() -> window.offerSample(unattended));
        if (smoke || (shot != null && !shot.isBlank())) whenReady(state, shownAt, shot);
    }

    /** The library could not be opened: says why and ends with exit code 1. */
    private void cannotOpen(Stage stage, Throwable e) {
        Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = c instanceof LibraryException le ? le.getMessage() : String.valueOf(c);
        stage.hide();
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(Messages.get("error.library"));
        System.err.println("kanbao: " + message);
        exitCode = 1;
        a.showAndWait();
        Platform.exit();
    }

    /** Waits until the three views show content, then prints the smoke line and/or writes the screenshot. */
    private void whenReady(ReaderState state, long[] shownAt, String shot) {
        long deadline = System.currentTimeMillis() + 20_000;
        boolean[] steppedIn = {false};
        String query = System.getProperty("kanbao.screenshot.query");
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            boolean nav = !window.treeView().tree().getRoot().getChildren().isEmpty();
            boolean page = window.pageView().zoneNode(firstArticle(state)) != null && !window.pageView().isImageLoading();
            if (page && state.articleProperty().get() == null && !steppedIn[0]) {
                steppedIn[0] = true;
                state.stepArticle(1);
                if (query != null && !query.isBlank()) {
                    // For screenshots: search, then open the best hit.
                    state.resultsProperty().addListener((o, was, r) -> {
                        if (r != null && !r.hits().isEmpty()) state.openArticle(r.hits().get(0).articleId());
                    });
                    state.search(query);
                }
            }
            boolean article = state.articleProperty().get() != null && window.articleView().lookup("#article-headline") != null;
            if (query != null && !query.isBlank()) {
                var r = state.resultsProperty().get();
                var a = state.articleProperty().get();
                article = article && r != null && !r.hits().isEmpty() && a.id() == r.hits().get(0).articleId()
                        && window.pageView().zoneNode(a.id()) != null;
            }
            if (nav && page && article) {
                poll.stop();
                finish(state, shownAt[0], shot);
            } else if (System.currentTimeMillis() > deadline) {
                poll.stop();
                System.out.println("smoke FAILED: navigation " + nav + ", page " + page + ", article " + article
                        + " after 20 s" + (state.editions().isEmpty() ? " (the library is empty and no sample is bundled)" : ""));
                exitCode = 1;
                Platform.exit();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private static long firstArticle(ReaderState state) {
        return state.pageArticles().isEmpty() ? -1 : state.pageArticles().get(0).id();
    }

    private void finish(ReaderState state, long shown, String shot) {
        if (shot != null && !shot.isBlank()) {
            // Let the layout and image loading settle before the picture is taken.
            Timeline later = new Timeline(new KeyFrame(Duration.millis(700), e -> {
                writeShot(shot);
                if (smoke) {
                    smokeLine(state, shown);
                } else {
                    Platform.exit(); // an unattended run: nobody is there to close the window
                }
            }));
            later.play();
            return;
        }
        smokeLine(state, shown);
    }

    private void smokeLine(ReaderState state, long shown) {
        var a = state.articleProperty().get();
        System.out.println("smoke ok: main window shown " + (shown - launchStart) + " ms after launch; "
                + state.editions().size() + " editions, page " + state.pageProperty().get().number() + " with "
                + state.pageArticles().size() + " articles, article \"" + a.article().headline() + "\"");
        exitCode = 0;
        Platform.exit();
    }

    private void writeShot(String file) {
        WritableImage img = window.scene().snapshot(null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(file).toFile());
            System.err.println("kanbao: screenshot written to " + file);
        } catch (IOException e) {
            System.err.println("kanbao: cannot write the screenshot: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        boolean unattended = smoke || System.getProperty("kanbao.screenshot") != null;
        if (window != null && !unattended) window.saveLayout(); // an unattended run keeps the user's layout
        if (tasks != null) {
            tasks.shutdown();
        }
        if (opening != null) {
            // A window closed while the library was still opening: let the open finish, then close it.
            try {
                opening.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // nothing open to close
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (lock != null) lock.close();
    }
}
