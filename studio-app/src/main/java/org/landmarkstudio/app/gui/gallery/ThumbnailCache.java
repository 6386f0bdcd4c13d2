package org.landmarkstudio.app.gui.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.landmarkstudio.app.gui.workspace.SampleRef;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * Gallery thumbnails made on demand on one background thread and kept in a bounded
 * least-recently-used cache, so scrolling through 10,000 faces decodes only what is shown.
 *
 * <p>A request for a face whose thumbnail is cached answers at once; otherwise the callback runs on
 * the FX thread when the thumbnail is ready. Requests for faces scrolled out of view before their
 * turn are still drawn (they are cheap to keep and likely to come back), newest first.
 */
public final class ThumbnailCache implements AutoCloseable {

    private final int size;
    private final Map<Key, Image> cache;
    private final AtomicInteger pending = new AtomicInteger();
    private final ThumbnailRenderer renderer;
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new NewestFirst(), r -> {
        Thread t = new Thread(r, "studio-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** A work queue that hands out the most recent request first: the tiles on screen now. */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable r) {
            return offerFirst(r);
        }
    }

    /** A cached thumbnail: the face and the exact sample state it shows. */
    private record Key(SampleRef ref, FaceSample state) {
    }

    /**
     * @param size thumbnail side in pixels
     * @param capacity thumbnails kept
     */
    public ThumbnailCache(int size, int capacity) {
        this.size = size;
        this.renderer = new ThumbnailRenderer(size);
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Thumbnail side in pixels. */
    public int size() {
        return size;
    }

    /**
     * The thumbnail of {@code ref} as the face is now: returned when cached, else null and
     * {@code ready} is called on the FX thread once it is made. Call on the FX thread.
     */
    public Image request(SampleRef ref, Consumer<Image> ready) {
        FaceSample state = ref.sample();
        Key key = new Key(ref, state);
        Image cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        pending.incrementAndGet();
        worker.submit(() -> {
            Image image = SwingFXUtils.toFXImage(renderer.render(state), null);
            Platform.runLater(() -> {
                cache.put(key, image);
                ready.accept(image);
                pending.decrementAndGet();
            });
        });
        return null;
    }

    /** Whether every requested thumbnail has been made and handed over. */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
