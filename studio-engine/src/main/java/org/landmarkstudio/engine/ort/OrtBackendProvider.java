package org.landmarkstudio.engine.ort;

import java.nio.file.Path;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.BackendProvider;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;

/** Provides the {@code float} backend (ONNX Runtime). */
public final class OrtBackendProvider implements BackendProvider {

    /** The backend's name. */
    public static final String NAME = "float";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ONNX Runtime, fp32 on the CPU (the reference)";
    }

    @Override
    public ModelRunner open(Path model, BackendOptions options) throws ModelException {
        return OrtModelRunner.open(model, options);
    }
}
