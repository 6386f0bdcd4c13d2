package org.landmarkstudio.engine.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.landmarkstudio.engine.tensor.Tensor;

/**
 * The check every backend makes before running: each model input is given once, with a shape
 * the model accepts, and nothing else is given. One implementation so that every backend
 * refuses bad input with the same message.
 */
public final class InputCheck {

    private InputCheck() {
    }

    /**
     * @param model  the model's name or file, for the message
     * @param inputs the model's inputs
     * @param values what the caller gives
     * @throws ModelException naming the missing, unknown or misshapen input
     */
    public static void check(Object model, List<TensorDescriptor> inputs, Map<String, Tensor> values)
            throws ModelException {
        for (String name : values.keySet()) {
            if (inputs.stream().noneMatch(i -> i.name().equals(name))) {
                throw new ModelException(model + ": has no input named '" + name + "'; its inputs are " + inputs);
            }
        }
        for (TensorDescriptor info : inputs) {
            Tensor t = values.get(info.name());
            if (t == null) {
                throw new ModelException(model + ": input '" + info.name() + "' is missing");
            }
            if (!info.accepts(t.shape())) {
                throw new ModelException(model + ": input '" + info.name() + "' must have shape "
                        + Arrays.toString(info.shape()) + ", got " + Tensor.format(t.shape()));
            }
        }
    }
}
