package org.landmarkstudio.core.format.wflw;

/**
 * A WFLW test-subset list ({@code list_98pt_test_<subset>.txt}), format id {@code wflw-test}:
 * 197 tokens a line, 98 points and the image, no box and no flags.
 *
 * <p>The subset in the file name sets its attribute flag on every face read (see the package
 * documentation); writing drops box, attributes and pose, which this layout cannot hold.
 */
public final class WflwTestFormat extends WflwListFormat {

    public WflwTestFormat() {
        super(WflwLayout.TEST_SUBSET, "WFLW test-subset list: 98 points and the image per line (list_98pt_test_*.txt)");
    }
}
