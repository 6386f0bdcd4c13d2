package org.landmarkstudio.engine.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.landmarkstudio.core.schema.PointSchema;
import org.landmarkstudio.engine.backend.ModelException;
import org.landmarkstudio.engine.backend.TensorDescriptor;

/**
 * Finds the profile of a model: its JSON sidecar ({@code <model file>.profile.json}) when there
 * is one, else one inferred from the model's inputs and outputs, and checks it against the
 * model so a wrong name fails at load with what the model really has.
 *
 * <p>Inference rules, most specific first: outputs {@code pose} (3) and {@code landms} (196)
 * are a PFPLD export; a single 143-value output on a 160x160 input is Peppa's 68-point model
 * (BGR, (x - 127) / 127, the repository demo's preprocessing); otherwise the first output
 * whose size is 196, 136 or 212 is taken as 98, 68 or 106 points in crop units with PFLD's
 * RGB x / 255 input, the common convention, named "(inferred)" so the user knows to check it.
 */
public final class ModelProfiles {

    /** The sidecar's file-name suffix. */
    public static final String SIDECAR_SUFFIX = ".profile.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ModelProfiles() {
    }

    /**
     * The profile for {@code model} with these inputs and outputs.
     *
     * @throws ModelException when the sidecar is unreadable, names what the model lacks, or no
     *                        profile can be inferred
     */
    public static ModelProfile of(Path model, List<TensorDescriptor> inputs, List<TensorDescriptor> outputs)
            throws ModelException {
        Path sidecar = model.resolveSibling(model.getFileName() + SIDECAR_SUFFIX);
        ModelProfile profile = Files.isRegularFile(sidecar) ? read(sidecar)
                : infer(inputs, outputs).orElseThrow(() -> new ModelException(model
                        + ": cannot tell how to decode outputs " + outputs + "; write a profile next to it as "
                        + sidecar.getFileName()));
        check(profile, Files.isRegularFile(sidecar) ? sidecar : model, inputs, outputs);
        return profile;
    }

    /** Reads a sidecar profile. */
    public static ModelProfile read(Path sidecar) throws ModelException {
        try {
            return JSON.readValue(Files.readString(sidecar), ModelProfile.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ModelException(sidecar + where + ": not a valid model profile: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelException(sidecar + ": cannot read the profile: " + e.getMessage(), e);
        }
    }

    /** The profile these inputs and outputs imply, if the rules above recognise them. */
    public static Optional<ModelProfile> infer(List<TensorDescriptor> inputs, List<TensorDescriptor> outputs) {
        if (inputs.size() != 1 || inputs.get(0).shape().length != 4) {
            return Optional.empty();
        }
        TensorDescriptor input = inputs.get(0);
        int height = (int) input.shape()[2];
        int width = (int) input.shape()[3];
        if (find(outputs, "pose", 3).isPresent() && find(outputs, "landms", 196).isPresent()) {
            ModelProfile pfpld = ModelProfile.pfpld();
            return Optional.of(new ModelProfile(pfpld.name(), input.name(), width, height, pfpld.channels(),
                    pfpld.mean(), pfpld.scale(), pfpld.landmarks(), pfpld.pose()));
        }
        if (outputs.size() == 1 && valuesOf(outputs.get(0)) == 143 && width == 160 && height == 160) {
            float s = 1f / 127f;
            return Optional.of(new ModelProfile("Peppa 68", input.name(), width, height, ChannelOrder.BGR,
                    new float[] {127, 127, 127}, new float[] {s, s, s},
                    new LandmarkOutput(outputs.get(0).name(), "ibug68", 0, CoordinateUnit.CROP_UNIT), null));
        }
        for (TensorDescriptor out : outputs) {
            PointSchema schema = PointSchema.bySize((int) (valuesOf(out) / 2));
            if (valuesOf(out) % 2 == 0 && schema != null && width > 0 && height > 0) {
                float unit = 1f / 255f;
                return Optional.of(new ModelProfile(schema.displayName() + " (inferred)", input.name(), width, height,
                        ChannelOrder.RGB, new float[3], new float[] {unit, unit, unit},
                        new LandmarkOutput(out.name(), schema.id(), 0, CoordinateUnit.CROP_UNIT), null));
            }
        }
        return Optional.empty();
    }

    private static void check(ModelProfile p, Path source, List<TensorDescriptor> inputs,
                              List<TensorDescriptor> outputs) throws ModelException {
        if (inputs.stream().noneMatch(i -> i.name().equals(p.input()))) {
            throw new ModelException(source + ": the profile names input '" + p.input()
                    + "' but the model's inputs are " + inputs);
        }
        TensorDescriptor landmarks = outputs.stream().filter(o -> o.name().equals(p.landmarks().output())).findFirst()
                .orElseThrow(() -> new ModelException(source + ": the profile names landmark output '"
                        + p.landmarks().output() + "' but the model's outputs are " + outputs));
        PointSchema schema;
        try {
            schema = PointSchema.byId(p.landmarks().schema());
        } catch (IllegalArgumentException e) {
            throw new ModelException(source + ": " + e.getMessage(), e);
        }
        long values = valuesOf(landmarks);
        if (values > 0 && values < p.landmarks().offset() + 2L * schema.size()) {
            throw new ModelException(source + ": output '" + landmarks.name() + "' has " + values + " values, too few for "
                    + schema.size() + " points from offset " + p.landmarks().offset());
        }
        if (p.pose() != null && outputs.stream().noneMatch(o -> o.name().equals(p.pose().output()))) {
            throw new ModelException(source + ": the profile names pose output '" + p.pose().output()
                    + "' but the model's outputs are " + outputs);
        }
    }

    private static Optional<TensorDescriptor> find(List<TensorDescriptor> outputs, String name, long values) {
        return outputs.stream().filter(o -> o.name().equals(name) && valuesOf(o) == values).findFirst();
    }

    /** Values per batch item (dimensions after the first), or -1 when one is open. */
    private static long valuesOf(TensorDescriptor d) {
        long n = 1;
        long[] shape = d.shape();
        for (int i = 1; i < shape.length; i++) {
            if (shape[i] < 0) {
                return -1;
            }
            n *= shape[i];
        }
        return n;
    }
}
