package org.landmarkstudio.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.landmarkstudio.app.gui.workspace.OpenDataset;
import org.landmarkstudio.app.gui.workspace.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The studio window on a 10,000-face WFLW list (the 48 sample faces repeated, each line's
 * coordinates shifted a little so no two lines are equal), headless (Monocle, software renderer):
 * how long until the gallery shows with its first screen of thumbnails, how long one scroll step
 * keeps the FX thread busy, and how long the canvas takes to redraw 98 points.
 *
 * <p>Each measured step runs on the FX thread and waits for it, so a step includes one hand-over to
 * that thread (tens of microseconds). For the scrolling and drawing steps the window's stage is
 * hidden once it has settled, so the toolkit's own pulses do not render the whole window between
 * steps; a "rendered" step renders what it measures to pixels itself.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StudioBenchmark {

    private static final int FACES = 10_000;

    /** A 10,000-face WFLW list next to a link to the sample images. */
    @State(Scope.Benchmark)
    public static class TenThousand {

        Path dir;
        Path list;

        @Setup(Level.Trial)
        public void write() throws Exception {
            HeadlessFx.start(1440, 900);
            dir = Files.createTempDirectory("studio-bench");
            Path sample = SampleSets.wflwCopy(dir);
            List<String> lines = Files.readAllLines(sample);
            List<String> out = new ArrayList<>(FACES);
            for (int i = 0; i < FACES; i++) {
                out.add(shifted(lines.get(i % lines.size()), (i / lines.size()) * 0.001));
            }
            list = sample.resolveSibling("list_98pt_rect_attr_10000.txt");
            Files.write(list, out);
        }

        /** The line with its 196 coordinates moved by {@code by} pixels. */
        private static String shifted(String line, double by) {
            String[] t = line.split(" ");
            for (int k = 0; k < 196; k++) {
                t[k] = String.format(Locale.ROOT, "%.6f", Double.parseDouble(t[k]) + by);
            }
            return String.join(" ", t);
        }
    }

    /** A window showing the 10,000 faces, for the scrolling and drawing measurements. */
    @State(Scope.Benchmark)
    public static class OpenWindow {

        StudioWindow window;
        Workspace workspace;
        WritableImage frame;
        WritableImage canvasFrame;
        int row;

        @Setup(Level.Trial)
        public void open(TenThousand data) throws Exception {
            workspace = new Workspace(data.dir.resolve("journals-open"));
            window = showSettled(workspace, data.list, StudioView.ANNOTATE, 7);
            frame = HeadlessFx.call(() -> new WritableImage((int) window.getWidth(), (int) window.getHeight()));
            canvasFrame = HeadlessFx.call(() -> new WritableImage((int) window.canvas().getWidth(), (int) window.canvas().getHeight()));
            HeadlessFx.call(() -> {
                window.getScene().getWindow().hide();
                return null;
            });
        }

        @TearDown(Level.Trial)
        public void close() {
            workspace.close();
        }
    }

    /** A window left on screen, so the toolkit's own pulses paint it (dirty regions only), as for a user. */
    @State(Scope.Benchmark)
    public static class ShownWindow {

        StudioWindow window;
        Workspace workspace;
        int row;

        @Setup(Level.Trial)
        public void open(TenThousand data) throws Exception {
            workspace = new Workspace(data.dir.resolve("journals-shown"));
            window = showSettled(workspace, data.list, StudioView.GALLERY, 0);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            HeadlessFx.call(() -> {
                window.getScene().getWindow().hide();
                return null;
            });
            workspace.close();
        }
    }

    /**
     * One frame of scrolling as a user sees it: scroll the gallery by a row, then wait until the
     * toolkit's next pulse has laid out and painted the window (software renderer, dirty region).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object galleryScrollFrame(ShownWindow w) throws Exception {
        CompletableFuture<Object> painted = new CompletableFuture<>();
        HeadlessFx.call(() -> {
            w.row = (w.row + 1) % (FACES / Math.max(1, w.window.gallery().columns()));
            w.window.gallery().scrollTo(w.row);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(() -> painted.complete(w.window));
                }
            }.start();
            return null;
        });
        return painted.get(10, TimeUnit.SECONDS);
    }

    /** From reading the file to the gallery on screen with its first screen of thumbnails made. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 8)
    public StudioWindow openTenThousandFacesUntilTheGalleryShows(TenThousand data) throws Exception {
        Workspace workspace = new Workspace(Files.createTempDirectory(data.dir, "journals"));
        StudioWindow window = HeadlessFx.call(() -> show(workspace));
        OpenDataset open = workspace.read(data.list);
        HeadlessFx.call(() -> {
            workspace.datasets().add(open);
            window.library().select(open.name());
            window.getScene().snapshot(null);
            return null;
        });
        settle(window);
        HeadlessFx.call(() -> window.getScene().snapshot(null));
        HeadlessFx.call(() -> {
            window.getScene().getWindow().hide();
            return null;
        });
        workspace.close();
        return window;
    }

    /** One scroll step of three rows: the FX thread's CSS, layout and cell updates for the frame. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object galleryScrollStep(OpenWindow w) throws Exception {
        return HeadlessFx.call(() -> {
            w.window.showGallery();
            w.row = (w.row + 3) % (FACES / Math.max(1, w.window.gallery().columns()));
            w.window.gallery().scrollTo(w.row);
            w.window.getScene().getRoot().applyCss();
            w.window.getScene().getRoot().layout();
            return w.window.gallery();
        });
    }

    /** The same step rendered to pixels by the software pipeline: an upper bound for a frame. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object galleryScrollStepRendered(OpenWindow w) throws Exception {
        return HeadlessFx.call(() -> {
            w.window.showGallery();
            w.row = (w.row + 3) % (FACES / Math.max(1, w.window.gallery().columns()));
            w.window.gallery().scrollTo(w.row);
            return w.window.getScene().snapshot(w.frame);
        });
    }

    /** Redrawing the canvas: the image and a 98-point face with its connectivity and legend. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object canvasRedraw98Points(OpenWindow w) throws Exception {
        return HeadlessFx.call(() -> {
            w.window.showAnnotate();
            w.window.canvas().redraw();
            return w.window.canvas();
        });
    }

    /** The redraw rasterized: the canvas node alone rendered to pixels by the software pipeline. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object canvasRedraw98PointsRendered(OpenWindow w) throws Exception {
        return HeadlessFx.call(() -> {
            w.window.showAnnotate();
            w.window.canvas().redraw();
            return w.window.canvas().snapshot(null, w.canvasFrame);
        });
    }

    /** A shown window on {@code list}, presenting {@code view} of face {@code index}, once everything has loaded. */
    private static StudioWindow showSettled(Workspace workspace, Path list, StudioView view, int index) throws Exception {
        OpenDataset open = workspace.read(list);
        StudioWindow window = HeadlessFx.call(() -> show(workspace));
        HeadlessFx.call(() -> {
            workspace.datasets().add(open);
            window.present(view, open, index);
            return null;
        });
        settle(window);
        return window;
    }

    private static StudioWindow show(Workspace workspace) {
        StudioWindow window = new StudioWindow(workspace, Preferences.userRoot().node("landmark-studio-bench"));
        Scene scene = new Scene(window, 1440, 900);
        StudioWindow.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return window;
    }

    private static void settle(StudioWindow window) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!HeadlessFx.call(window::settled) && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
    }
}
