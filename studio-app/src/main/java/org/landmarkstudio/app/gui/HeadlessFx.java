package org.landmarkstudio.app.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * JavaFX without a display, for code that drives the window from another thread: the snapshot
 * command, benchmarks and test processes. Starts the toolkit on Monocle's headless platform with
 * the software renderer and runs work on the FX thread, waiting for its result.
 */
public final class HeadlessFx {

    private HeadlessFx() {
    }

    /**
     * Starts the toolkit headless (once; later calls return at once) on a screen at least
     * {@code width x height}: a window larger than Monocle's screen overflows its buffer.
     */
    public static void start(int width, int height) {
        System.setProperty("headless.geometry", Math.max(width, 1920) + "x" + Math.max(height, 1200) + "-32");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        ClasspathFx.quietModuleWarning();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and returns its result; its exceptions are rethrown here. */
    public static <T> T call(Callable<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
