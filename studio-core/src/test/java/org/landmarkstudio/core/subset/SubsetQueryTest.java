package org.landmarkstudio.core.subset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landmarkstudio.core.subset.SubsetCatalogTest.face;
import static org.landmarkstudio.core.subset.SubsetCatalogTest.members;
import static org.landmarkstudio.core.subset.SubsetCatalogTest.pose;
import static org.landmarkstudio.core.testing.SyntheticFaces.CLOSED;
import static org.landmarkstudio.core.testing.SyntheticFaces.OPEN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landmarkstudio.core.eyes.EyeAperture;
import org.landmarkstudio.core.sample.FaceSample;

class SubsetQueryTest {

    private final List<FaceSample> samples = SubsetCatalogTest.samples();

    @Test
    void notBindsTighterThanAndTighterThanOr() {
        Subset q = SubsetQuery.parse("closed-both | pose & !blur");
        assertEquals("closed-both | (pose & !blur)", q.description());
        assertEquals("closed-both | pose & !blur", q.name());
        // closed-both = {3}; pose & !blur = {} (the only pose sample 11 is blurred)
        assertEquals(List.of(3), members(q, samples));
        assertEquals("!closed-eye & has-pose", SubsetQuery.parse("!closed-eye & has-pose").description());
        assertEquals("(closed-left & large-pose) | (closed-right & has-pose)",
                SubsetQuery.parse("closed-left & large-pose | closed-right & has-pose").description());
    }

    @Test
    void parenthesesOverridePrecedence() {
        Subset q = SubsetQuery.parse("(closed-left | makeup) & !(blur | closed-both)");
        assertEquals("(closed-left | makeup) & !(blur | closed-both)", q.description());
        // closed-left | makeup = {1, 3, 11}; minus blur {11} and closed-both {3}
        assertEquals(List.of(1), members(q, samples));
        Subset single = SubsetQuery.parse(" ((Closed-Eye)) ");
        assertEquals("closed-eye", single.name());
        assertEquals("at least one eye closed", single.description());
        assertEquals("!!has-pose", SubsetQuery.parse("!!has-pose").description());
    }

    @Test
    void wordsAreSynonymsOfTheSymbols() {
        Subset words = SubsetQuery.parse("closed-eye OR has-pose and not Large-Pose");
        Subset symbols = SubsetQuery.parse("closed-eye | has-pose & !large-pose");
        assertEquals(symbols.description(), words.description());
        // closed-eye {1,2,3,4} | (has-pose {7,8,9,10} minus large-pose {7,9,10}) = {1,2,3,4,8}
        assertEquals(List.of(1, 2, 3, 4, 8), members(words, samples));
        assertEquals(List.of(1, 2, 3, 4, 8), members(symbols, samples));
    }

    @Test
    void comparisonsOnPoseAndEyeAperture() {
        // poses: 7 (31,0,0), 8 (30,-30,30), 9 (0,-35,0), 10 (0,0,45)
        assertEquals(List.of(7), members(SubsetQuery.parse("yaw > 30"), samples));
        assertEquals(List.of(7, 8), members(SubsetQuery.parse("yaw>=30"), samples));
        assertEquals(List.of(8, 9), members(SubsetQuery.parse("pitch<-10"), samples));
        assertEquals(List.of(8, 9), members(SubsetQuery.parse("abs-pitch >= 30"), samples));
        assertEquals(List.of(7, 8, 9), members(SubsetQuery.parse("roll <= 30"), samples));
        assertEquals(List.of(10), members(SubsetQuery.parse("abs-roll > 44.5"), samples));
        assertEquals(List.of(10), members(SubsetQuery.parse("abs-roll >= 4.5e1"), samples));
        assertEquals(List.of(7, 8), members(SubsetQuery.parse("abs-yaw > 29.5"), samples));
        // no pose fails every comparison, so its negation holds
        assertEquals(11, members(SubsetQuery.parse("!(yaw < 1000)"), samples).size());
        // EAR: closed lids give 0.05, open 0.3; sample 6's left EAR is unknown
        assertEquals(List.of(1, 3, 5), members(SubsetQuery.parse("ear-left <= 0.1"), samples));
        assertEquals(List.of(2, 3, 5), members(SubsetQuery.parse("ear-right < .1"), samples));
        assertEquals("ear-left <= 0.1 & abs-yaw > +5", SubsetQuery.parse("ear-left<=0.1 and abs-yaw>+5").description());
    }

    @Test
    void comparisonsAndNamesCombine() {
        Subset q = SubsetQuery.parse("source:300w-lp & (abs-yaw > 30 | abs-pitch > 30)");
        assertEquals("source:300w-lp & (abs-yaw > 30 | abs-pitch > 30)", q.description());
        assertEquals(List.of(7, 9), members(q, samples));
    }

    @Test
    void queriesUseTheCatalogThresholds() {
        List<FaceSample> faces = List.of(face(1.5, OPEN, "wflw"), face(CLOSED, OPEN, "wflw"));
        assertEquals(List.of(1), members(SubsetQuery.parse("closed-left"), faces));
        SubsetCatalog loose = new SubsetCatalog(new EyeAperture(0.2), 30);
        assertEquals(List.of(0, 1), members(SubsetQuery.parse("closed-left", loose), faces));
        assertEquals(List.of(0), members(SubsetQuery.parse("closed-left & pitch < 1", loose),
                List.of(faces.get(0).withPose(pose(0, 0, 0)))));
    }

    @Test
    void syntaxErrorsNameThePositionAndWhatWasExpected() {
        assertError("closed-eye & )", 14, "expected a subset name, a comparison or '(', found ')'");
        assertError("", 1, "expected a subset name, a comparison or '(', found the end of the query");
        assertError("(closed-eye | pose", 19,
                "expected &, | or ')' to close the '(' at 1, found the end of the query");
        assertError("closed-eye pose", 12, "expected &, | or the end of the query, found 'pose'");
        assertError("closed-eye)", 11, "expected &, | or the end of the query, found ')'");
        assertError("yaw > abc", 7, "expected a number after '>', found 'abc'");
        assertError("yaw >= >", 8, "expected a number after '>=', found '>'");
        assertError("yaw", 4, "expected <, <=, > or >= after 'yaw', found the end of the query");
        assertError("yaw = 3", 5, "unexpected '='; compare with <, <=, > or >=");
        assertError("pose # blur", 6, "unexpected character '#'; expected a subset name, a comparison, "
                + "&, |, !, and, or, not or parentheses");
        assertError("blur & source:", 15, "expected a dataset name after 'source:'");
        assertError("!", 2, "expected a subset name, a comparison or '(', found the end of the query");
        assertError("pose and or blur", 10, "expected a subset name, a comparison or '(', found 'or'");
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        SubsetQueryException e = assertThrows(SubsetQueryException.class,
                () -> SubsetQuery.parse("blur | clsed-eye"));
        assertEquals(8, e.position());
        assertEquals("at 8: unknown subset 'clsed-eye'; known subsets: closed-eye, closed-left, closed-right, "
                + "closed-both, pose, expression, illumination, makeup, occlusion, blur, large-pose, has-pose, "
                + "source:NAME; fields to compare: yaw, pitch, roll, abs-yaw, abs-pitch, abs-roll, ear-left, "
                + "ear-right", e.getMessage());
        SubsetQueryException field = assertThrows(SubsetQueryException.class, () -> SubsetQuery.parse("yw > 3"));
        assertEquals("at 1: unknown field 'yw' before '>'; known fields: yaw, pitch, roll, abs-yaw, abs-pitch, "
                + "abs-roll, ear-left, ear-right", field.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubsetQuery.parse("blur > 1"))
                .getMessage().startsWith("at 1: unknown field 'blur'"));
    }

    private static void assertError(String query, int position, String message) {
        SubsetQueryException e = assertThrows(SubsetQueryException.class, () -> SubsetQuery.parse(query), query);
        assertEquals(position, e.position(), query);
        assertEquals("at " + position + ": " + message, e.getMessage(), query);
    }
}
