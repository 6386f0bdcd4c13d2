package org.landmarkstudio.engine.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.StringJoiner;

/** The backends found on the class path through {@link ServiceLoader}. */
public final class Backends {

    private Backends() {
    }

    /** Every available backend. */
    public static List<BackendProvider> all() {
        List<BackendProvider> out = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class).forEach(out::add);
        return out;
    }

    /**
     * The backend named {@code name}.
     *
     * @throws IllegalArgumentException naming the available ones
     */
    public static BackendProvider byName(String name) {
        StringJoiner known = new StringJoiner(", ");
        for (BackendProvider p : all()) {
            if (p.name().equals(name)) {
                return p;
            }
            known.add(p.name());
        }
        throw new IllegalArgumentException("unknown backend '" + name + "'; available: " + known);
    }
}
