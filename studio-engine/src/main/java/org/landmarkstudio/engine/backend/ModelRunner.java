package org.landmarkstudio.engine.backend;

import java.util.List;
import java.util.Map;
import org.landmarkstudio.engine.tensor.Tensor;

/** One opened model on one backend: runs named input tensors to named output tensors. */
public interface ModelRunner extends AutoCloseable {

    /** The backend's name ({@code float}, {@code java}, ...). */
    String backend();

    /** The model's inputs, in model order. */
    List<TensorDescriptor> inputs();

    /** The model's outputs, in model order. */
    List<TensorDescriptor> outputs();

    /**
     * Runs the model.
     *
     * @param inputs every model input by name
     * @return every model output by name, in model order
     * @throws ModelException when an input is missing, unknown or of the wrong shape
     */
    Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelException;

    @Override
    void close();
}
