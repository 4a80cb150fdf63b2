package org.kanbao.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import org.kanbao.Assets;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.state.ReaderBackend.ImportSummary;
import org.kanbao.ui.state.ReaderState;

/** The window's own actions: import, export of the checked articles, and the first-run sample. */
public final class MainViewModel {
    private final ReaderState state;
    private final IntegerBinding checkedCount;

    public MainViewModel(ReaderState state) {
        this.state = state;
        checkedCount = Bindings.size(state.checked());
    }

    public ReaderState state() {
        return state;
    }

    /** Loads the editions and opens the newest; tells {@code onEmpty} when the library has nothing yet. */
    public void start(Runnable onEmpty) {
        state.tasks().create(() -> state.backend().isEmpty()).onSuccess(empty -> {
            if (empty) onEmpty.run();
            else state.reloadEditions(null);
        }).start();
    }

    /**
     * The bundled sample edition's page PDFs (none when the assets are missing). The .txt dumps beside
     * them are the same pages, so importing both would store every page twice.
     */
    public List<Path> sampleFiles() {
        try {
            return Assets.samplePdfs();
        } catch (java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** Imports in the background; the handle carries progress and cancel, {@code done} gets the summary. */
    public Tasks.Handle importFiles(List<Path> files, Consumer<ImportSummary> done, Consumer<Throwable> failed) {
        List<Path> copy = new ArrayList<>(files);
        return state.tasks().job(ctx -> state.backend().importFiles(copy, ctx::progress, ctx::isCancelled))
                .onSuccess(s -> {
                    if (s.pages() > 0) {
                        state.reloadEditions(s.editionIds().isEmpty() ? null : s.editionIds().get(0));
                        state.libraryChanged();
                        // The new PDF pages' images, rendered now rather than when each is first opened.
                        state.tasks().job(ctx -> state.backend().renderMissingImages(ctx::isCancelled)).start();
                    } else {
                        state.reloadEditions(null);
                    }
                    done.accept(s);
                })
                .onError(failed)
                .start();
    }

    /** Exports the checked articles, in the order they were checked. */
    public Tasks.Handle export(Path target, Consumer<Path> done, Consumer<Throwable> failed) {
        List<Long> ids = List.copyOf(state.checked());
        return state.tasks().job(ctx -> state.backend().export(ids, target, ctx::progress, ctx::isCancelled))
                .onSuccess(done).onError(failed).start();
    }

    public IntegerBinding checkedCountProperty() {
        return checkedCount;
    }

    public void clearChecked() {
        state.checked().clear();
    }

    /** The import summary as the dialog shows it. */
    public static String describe(ImportSummary s) {
        StringBuilder sb = new StringBuilder();
        if (s.cancelled()) sb.append(Messages.get("import.cancelled")).append('\n');
        sb.append(Messages.get("import.counts", s.pages(), s.articles()));
        if (!s.duplicates().isEmpty()) {
            sb.append('\n').append(Messages.get("import.duplicates", s.duplicates().size()))
                    .append(' ').append(String.join(", ", s.duplicates()));
        }
        for (String n : s.notes()) sb.append('\n').append(n);
        if (!s.errors().isEmpty()) {
            sb.append('\n').append(Messages.get("import.errors", s.errors().size()));
            for (String e : s.errors()) sb.append("\n  • ").append(e);
        }
        return sb.toString();
    }
}
