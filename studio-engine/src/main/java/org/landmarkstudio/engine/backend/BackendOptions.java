package org.landmarkstudio.engine.backend;

/**
 * How a backend should run.
 *
 * @param threads intra-op threads; 1 runs on one core, which is how latency is benchmarked
 */
public record BackendOptions(int threads) {

    /** One thread. */
    public static final BackendOptions DEFAULT = new BackendOptions(1);

    public BackendOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }
}
