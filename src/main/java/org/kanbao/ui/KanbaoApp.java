package org.kanbao.ui;

import java.io.IOException;
import java.nio.file.Path;
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
import org.kanbao.ui.state.LibraryBackend;
import org.kanbao.ui.state.ReaderState;

/** The JavaFX application: opens the library (off the FX thread, in init) and shows the main window. */
public final class KanbaoApp extends Application {
    private static Path libraryPath;
    private static boolean smoke;
    private static String lang;
    private static long launchStart;
    private static volatile int exitCode;
    /** The library opens while the toolkit starts: both take a while and neither needs the other. */
    private static java.util.concurrent.CompletableFuture<Kanbao> opening;
    /** Held while this window has the library for writing; null when another window has it (read-only). */
    private static org.kanbao.store.InstanceLock lock;

    private Kanbao kanbao;
    private String openError;
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
        boolean readOnly = lock == null;
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Kanbao.open(library, readOnly);
            } catch (LibraryException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try {
            Application.launch(KanbaoApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("kanbao: cannot open a window (" + e.getMessage() + "). Commands work without one: kanbao --help");
            return 1;
        }
        return exitCode;
    }

    @Override
    public void init() {
        StartupTrace.mark("toolkit up, init");
        prefs = UiPrefs.standard();
        Messages.use(lang != null ? lang : prefs.get("lang", null));
        // The bundled CJK font (tens of MB) loads on another core while the window is built.
        fonts = java.util.concurrent.CompletableFuture.runAsync(Fonts::loadBundled);
        try {
            kanbao = opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            openError = e.getCause() instanceof LibraryException le ? le.getMessage() : String.valueOf(e.getCause());
        }
        StartupTrace.mark("library open");
    }

    @Override
    public void start(Stage stage) {
        if (openError != null) {
            Alert a = new Alert(Alert.AlertType.ERROR, openError);
            a.setHeaderText(Messages.get("error.library"));
            a.showAndWait();
            System.err.println("kanbao: " + openError);
            exitCode = 1;
            Platform.exit();
            return;
        }
        StartupTrace.mark("start");
        tasks = Tasks.fx();
        ReaderState state = new ReaderState(new LibraryBackend(kanbao), tasks);
        window = new MainWindow(stage, state, prefs);
        fonts.join();
        window.applyFonts();
        StartupTrace.mark("fonts loaded");
        long[] shownAt = {0};
        stage.setOnShown(e -> shownAt[0] = System.currentTimeMillis());
        StartupTrace.mark("window built");
        stage.show();
        StartupTrace.mark("shown");
        String shot = System.getProperty("kanbao.screenshot");
        boolean unattended = smoke || (shot != null && !shot.isBlank());
        // Nobody is there to answer the first-run question in a smoke or screenshot run: load the sample outright.
        window.viewModel().start(() -> window.offerSample(unattended));
        if (smoke || (shot != null && !shot.isBlank())) whenReady(state, shownAt, shot);
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
        if (kanbao != null) kanbao.close();
        if (lock != null) lock.close();
    }
}
