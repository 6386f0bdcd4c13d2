package org.landmarkstudio.core.format.wflw;

/** The two line layouts WFLW publishes: the raw list with box and attributes, and the test subsets. */
enum WflwLayout {

    /** {@code list_98pt_rect_attr_{train,test}.txt}: coordinates, box, attributes, image. */
    RECT_ATTR("wflw", 207, "196 coordinates, 4 box integers, 6 attribute flags, image path"),
    /** {@code list_98pt_test_<subset>.txt}: coordinates and image only. */
    TEST_SUBSET("wflw-test", 197, "196 coordinates, image path");

    private final String formatId;
    private final int tokenCount;
    private final String contents;

    WflwLayout(String formatId, int tokenCount, String contents) {
        this.formatId = formatId;
        this.tokenCount = tokenCount;
        this.contents = contents;
    }

    String formatId() {
        return formatId;
    }

    int tokenCount() {
        return tokenCount;
    }

    boolean hasBoxAndAttributes() {
        return this == RECT_ATTR;
    }

    /** The message for a line with the wrong number of tokens. */
    String wrongCount(int found) {
        return "expected " + tokenCount + " tokens (" + contents + "), found " + found;
    }
}
