package org.landmarkstudio.core.format.wflw;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.landmarkstudio.core.sample.FaceAttributes;
import org.landmarkstudio.core.sample.WflwAttribute;

/**
 * The attribute a WFLW test-subset list implies by its name.
 *
 * <p>The test-subset lines carry no attribute flags, but WFLW's README says each subset list
 * holds exactly the faces whose attribute in its name is 1 ({@code list_98pt_test_makeup.txt}
 * holds the make-up faces). Setting that one flag lets the studio's attribute subsets work on
 * these lists; the other five flags are unknown and stay clear.
 */
final class WflwTestSubset {

    private static final String PREFIX = "list_98pt_test_";
    private static final Map<String, WflwAttribute> BY_NAME = Map.of(
            "largepose", WflwAttribute.POSE,
            "expression", WflwAttribute.EXPRESSION,
            "illumination", WflwAttribute.ILLUMINATION,
            "makeup", WflwAttribute.MAKEUP,
            "occlusion", WflwAttribute.OCCLUSION,
            "blur", WflwAttribute.BLUR);

    private WflwTestSubset() {
    }

    /** The attributes every face of the list {@code file} has; none for other file names. */
    static FaceAttributes attributesOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.startsWith(PREFIX) || !name.endsWith(".txt")) {
            return FaceAttributes.NONE;
        }
        WflwAttribute attribute = BY_NAME.get(name.substring(PREFIX.length(), name.length() - ".txt".length()));
        return attribute == null ? FaceAttributes.NONE : new FaceAttributes(Set.of(attribute), null, null);
    }
}
