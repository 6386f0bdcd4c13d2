package org.landmarkstudio.core.format.wflw;

/**
 * The raw WFLW list ({@code list_98pt_rect_attr_{train,test}.txt}), format id {@code wflw}:
 * 207 tokens a line, 98 points, the face box and the six attribute flags.
 *
 * <p>See the package documentation for image lookup, unlabelled points and lossless writing.
 */
public final class WflwFormat extends WflwListFormat {

    public WflwFormat() {
        super(WflwLayout.RECT_ATTR, "WFLW raw list: 98 points, face box and 6 attribute flags per line (list_98pt_rect_attr_*.txt)");
    }
}
