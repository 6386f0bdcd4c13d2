package org.landmarkstudio.engine.java;

import java.nio.file.Path;
import org.landmarkstudio.engine.backend.BackendOptions;
import org.landmarkstudio.engine.backend.BackendProvider;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.ModelRunner;
import org.landmarkstudio.engine.onnx.OnnxImporter;

/** Provides the {@code java} backend (the pure-Java graph engine on ONNX models). */
public final class JavaBackendProvider implements BackendProvider {

    /** The backend's name. */
    public static final String NAME = "java";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "pure-Java graph engine, fp32 (no native code)";
    }

    @Override
    public ModelRunner open(Path model, BackendOptions options) throws ModelException {
        return new JavaModelRunner(model.toString(), OnnxImporter.read(model), options.threads());
    }
}
