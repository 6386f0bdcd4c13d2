package org.landmarkstudio.engine.backend;

import java.nio.file.Path;

/** Opens models for one backend; implementations are listed in {@code META-INF/services}. */
public interface BackendProvider {

    /** The name users pick it by ({@code --backend float}). */
    String name();

    /** One line for help texts. */
    String description();

    /**
     * Opens {@code model}.
     *
     * @throws ModelException naming the file and the problem when it cannot be opened
     */
    ModelRunner open(Path model, BackendOptions options) throws ModelException;
}
