package org.kanbao.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and hands the result back on it:
 * {@code tasks.create(() -> backend.pages(id)).onSuccess(pages::setAll).start()}.
 * Quick reads share one executor (the SQLite connection is one connection, so reads queue anyway);
 * long jobs (import, export) get their own thread so browsing stays responsive meanwhile.
 * {@link #direct()} runs everything inline, which lets view models be tested without a toolkit.
 */
public abstract class Tasks {
    /** Work that may report progress and look for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Context ctx) throws Exception;
    }

    /** Given to work while it runs. */
    public interface Context {
        void progress(long done, long total, String message);

        boolean isCancelled();
    }

    /** A started piece of work. */
    public interface Handle {
        void cancel();

        ReadOnlyDoubleProperty progressProperty();

        ReadOnlyStringProperty messageProperty();

        ReadOnlyBooleanProperty runningProperty();
    }

    private Consumer<Throwable> defaultOnError = Throwable::printStackTrace;

    /** Where failures go when the caller gave no onError (the shell shows them in the status bar). */
    public void setDefaultOnError(Consumer<Throwable> handler) {
        this.defaultOnError = handler;
    }

    public <T> Builder<T> create(java.util.concurrent.Callable<T> work) {
        return new Builder<>(ctx -> work.call(), false);
    }

    public <T> Builder<T> job(Work<T> work) {
        return new Builder<>(work, true);
    }

    /** Fluent set-up of one piece of work. */
    public final class Builder<T> {
        private final Work<T> work;
        private final boolean longRunning;
        private Consumer<T> onSuccess = v -> { };
        private Consumer<Throwable> onError;

        private Builder(Work<T> work, boolean longRunning) {
            this.work = work;
            this.longRunning = longRunning;
        }

        public Builder<T> onSuccess(Consumer<T> c) {
            onSuccess = c;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> c) {
            onError = c;
            return this;
        }

        public Handle start() {
            return submit(work, longRunning, onSuccess, onError != null ? onError : defaultOnError);
        }
    }

    /**
     * Cancel only asks: the work sees {@link Context#isCancelled()} and returns what it has (an import
     * reports itself cancelled), and that result is delivered to onSuccess like any other.
     */
    protected abstract <T> Handle submit(Work<T> work, boolean longRunning, Consumer<T> ok, Consumer<Throwable> err);

    /** Waits until the queued quick work has run (for tests and for orderly shutdown). */
    public abstract void awaitIdle(long millis);

    public abstract void shutdown();

    public static Tasks fx() {
        return new FxTasks();
    }

    public static Tasks direct() {
        return new DirectTasks();
    }

    /** A handle for work that never ran. */
    private static final Handle DONE = new Handle() {
        @Override
        public void cancel() {
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new SimpleDoubleProperty(1);
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new SimpleStringProperty("");
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return new SimpleBooleanProperty(false);
        }
    };

    /** Background threads, results on the FX thread through javafx.concurrent.Task. */
    private static final class FxTasks extends Tasks {
        private final ExecutorService db = Executors.newSingleThreadExecutor(r -> daemon(r, "kanbao-db"));
        private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> daemon(r, "kanbao-jobs"));

        private static Thread daemon(Runnable r, String name) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }

        @Override
        protected <T> Handle submit(Work<T> work, boolean longRunning, Consumer<T> ok, Consumer<Throwable> err) {
            java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
            class WorkTask extends Task<T> {
                @Override
                protected T call() throws Exception {
                    Context ctx = new Context() {
                        @Override
                        public void progress(long done, long total, String message) {
                            updateProgress(done, Math.max(1, total));
                            if (message != null) updateMessage(message);
                        }

                        @Override
                        public boolean isCancelled() {
                            return cancel.get();
                        }
                    };
                    return work.call(ctx);
                }
            }
            WorkTask task = new WorkTask();
            task.setOnSucceeded(e -> ok.accept(task.getValue()));
            task.setOnFailed(e -> err.accept(task.getException()));
            ExecutorService ex = longRunning ? jobs : db;
            if (ex.isShutdown()) return DONE; // the app is closing: nothing more to load
            try {
                ex.submit(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return DONE;
            }
            return new Handle() {
                @Override
                public void cancel() {
                    // Not Task.cancel(): the work must be allowed to finish its transaction and report.
                    cancel.set(true);
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return task.progressProperty();
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return task.messageProperty();
                }

                @Override
                public ReadOnlyBooleanProperty runningProperty() {
                    return task.runningProperty();
                }
            };
        }

        @Override
        public void awaitIdle(long millis) {
            try {
                db.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
                jobs.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("background work did not finish in " + millis + " ms", e);
            }
        }

        @Override
        public void shutdown() {
            db.shutdownNow();
            jobs.shutdownNow();
        }
    }

    /** Runs inline on the caller's thread. */
    private static final class DirectTasks extends Tasks {
        @Override
        protected <T> Handle submit(Work<T> work, boolean longRunning, Consumer<T> ok, Consumer<Throwable> err) {
            SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
            SimpleStringProperty message = new SimpleStringProperty("");
            SimpleBooleanProperty running = new SimpleBooleanProperty(true);
            boolean[] cancel = {false};
            Handle h = new Handle() {
                @Override
                public void cancel() {
                    cancel[0] = true;
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return progress;
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return message;
                }

                @Override
                public ReadOnlyBooleanProperty runningProperty() {
                    return running;
                }
            };
            T value;
            try {
                value = work.call(new Context() {
                    @Override
                    public void progress(long done, long total, String msg) {
                        progress.set(done / (double) Math.max(1, total));
                        if (msg != null) message.set(msg);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancel[0];
                    }
                });
            } catch (Exception e) {
                running.set(false);
                err.accept(e);
                return h;
            }
            running.set(false);
            ok.accept(value);
            return h;
        }

        @Override
        public void awaitIdle(long millis) {
        }

        @Override
        public void shutdown() {
        }
    }
}
