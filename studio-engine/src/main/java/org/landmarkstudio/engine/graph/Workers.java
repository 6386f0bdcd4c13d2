package org.landmarkstudio.engine.graph;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The threads an operator may split its work over: a range of independent items (output channels,
 * matrix rows) is cut into one contiguous chunk per thread. Each item is computed exactly as on one
 * thread, so results do not depend on the thread count.
 */
public final class Workers implements AutoCloseable {

    /** Work on the calling thread only. */
    public static final Workers SINGLE = new Workers(1);

    /** Work done on items {@code [from, to)}. */
    @FunctionalInterface
    public interface Chunk {
        void run(int from, int to);
    }

    private final int threads;
    private final ForkJoinPool pool;

    /** @param threads how many threads to use; 1 runs everything on the calling thread */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** Runs {@code chunk} over {@code [0, count)}, split across the threads, and waits for all of it. */
    public void split(int count, Chunk chunk) {
        int parts = Math.min(threads, count);
        if (parts <= 1) {
            chunk.run(0, count);
            return;
        }
        pool.submit(() -> IntStream.range(0, parts).parallel()
                .forEach(p -> chunk.run(count * p / parts, count * (p + 1) / parts))).join();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
