package org.landmarkstudio.app.gui.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.landmarkstudio.app.gui.paint.CanvasSurface;
import org.landmarkstudio.app.gui.paint.ComponentStyles;
import org.landmarkstudio.app.gui.paint.GroupColors;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.sample.FaceSample;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * Shows how the iBUG 68, WFLW 98 and LaPa 106-point schemas correspond, so that a user can see
 * what a dataset's labels mean in another dataset's terms before converting or merging.
 *
 * <p>The three schemas are drawn side by side, on a template face or on the current sample,
 * with a line between each pair of corresponding points of adjacent panels (68 to 98 by
 * PFPLD's {@code pts_68_index_table}, 98 to 106 by {@code view_lapa.py}). Hovering a point
 * highlights its partners in the other two schemas. A filled point has a partner in every
 * adjacent panel, a ring in its group colour has one in only one of them, a grey ring has
 * none; a gold square marks PFPLD's 43 wing-loss-supervised points of 68-point data. On the
 * current sample, the other panels show the sample converted to their schema: carried points
 * at their coordinates, points the conversion leaves unlabelled as grey crosses where the
 * template face places them. The legend counts carried and unlabelled points for the chosen
 * conversion. The view holds no dataset state: {@link #setSample} gives it what to show.
 */
public final class SchemaMappingView extends Region {

    /** The panel order: the 98-point panel sits between its two mapped neighbours. */

    private static final double MARGIN = 16;
    private static final double GAP = 40;
    private static final double TITLE = 32;
    private static final double RADIUS = 3.5;
    private static final double HIT_RADIUS = 8;
    private static final Color BACKGROUND = Color.rgb(28, 31, 36);
    private static final Color PANEL = Color.rgb(40, 44, 52);
    private static final Color TEXT = Color.rgb(225, 228, 232);

    private final ReadOnlyObjectWrapper<SchemaPoint> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredPoint");
    private final ReadOnlyObjectWrapper<ConversionPreview> preview =
            new ReadOnlyObjectWrapper<>(this, "conversionPreview");
    private final CanvasSurface surface = new CanvasSurface(this::paint, 1100, 520);
    private final ToggleButton templateButton = new ToggleButton("Template face");
    private final ToggleButton sampleButton = new ToggleButton("Current sample");
    private final ComboBox<PointSchema> convertTo = new ComboBox<>();
    private final Label conversionInfo = new Label();
    private final Label hoverInfo = new Label();
    private final BorderPane root = new BorderPane();
    private final List<SchemaCorrespondence.Link> links = SchemaCorrespondence.links();

    private FaceSample sample;
    private Image image;
    private Set<SchemaPoint> highlighted = Set.of();
    private List<MappingPanel> panels = List.of();

    /** A view with the template face only, until a sample is set. */
    public SchemaMappingView() {
        getStyleClass().add("ls-mapping-view");
        getStylesheets().add(ComponentStyles.stylesheet());
        root.setTop(toolbar());
        root.setCenter(surface);
        root.setBottom(footer());
        getChildren().add(root);

        surface.canvas().setOnMouseMoved(this::hover);
        surface.canvas().setOnMouseExited(e -> hovered.set(null));
        hovered.addListener((obs, old, now) -> {
            highlighted = now == null ? Set.of() : SchemaCorrespondence.withPartners(now);
            hoverInfo.setText(describe(now));
            surface.repaint();
        });
        hoverInfo.setText(describe(null));
        setSample(null, null);
    }

    /**
     * Shows {@code sample} (drawn over {@code image} when it is loaded) or, with {@code null},
     * the template face only.
     */
    public void setSample(FaceSample sample, Image image) {
        boolean hadSample = this.sample != null;
        this.sample = sample;
        this.image = image;
        sampleButton.setDisable(sample == null);
        if (sample == null) {
            templateButton.setSelected(true);
        } else if (!hadSample) {
            sampleButton.setSelected(true);
        }
        PointSchema previous = convertTo.getValue();
        convertTo.getItems().clear();
        if (sample != null) {
            PointSchema from = sample.landmarks().schema();
            for (PointSchema s : SchemaCorrespondence.ORDER) {
                if (s != from) {
                    convertTo.getItems().add(s);
                }
            }
            convertTo.setValue(convertTo.getItems().contains(previous) ? previous : defaultTarget(from));
        }
        convertTo.setDisable(sample == null);
        updatePreview();
        hovered.set(null);
        surface.repaint();
    }

    /** Chooses the schema the conversion preview converts the current sample to. */
    public void setConversionTarget(PointSchema target) {
        convertTo.setValue(target);
    }

    /** The point under the mouse, or {@code null}. */
    public ReadOnlyObjectProperty<SchemaPoint> hoveredPointProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** What converting the current sample to the chosen schema does, or {@code null} without a sample. */
    public ReadOnlyObjectProperty<ConversionPreview> conversionPreviewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The points drawn highlighted: the hovered point and its partners in the other schemas. */
    public Set<SchemaPoint> highlightedPoints() {
        return Set.copyOf(highlighted);
    }

    /** Whether the panels show the current sample (rather than the template face). */
    public boolean showsSample() {
        return sample != null && sampleButton.isSelected();
    }

    /**
     * Where {@code point} is drawn, in this view's coordinates, or {@code null} when it is not
     * drawn (e.g. an unlabelled point with nothing to place it by).
     */
    public Point2D localPositionOf(SchemaPoint point) {
        for (MappingPanel p : panels) {
            if (p.schema == point.schema() && p.drawn.get(point.index())) {
                Point2D scene = surface.canvas().localToScene(p.sx[point.index()], p.sy[point.index()]);
                return sceneToLocal(scene);
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        root.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return root.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return root.prefHeight(width);
    }

    private Node toolbar() {
        ToggleGroup mode = new ToggleGroup();
        templateButton.setToggleGroup(mode);
        sampleButton.setToggleGroup(mode);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
            surface.repaint();
        });
        convertTo.setCellFactory(list -> new SchemaCell());
        convertTo.setButtonCell(new SchemaCell());
        convertTo.valueProperty().addListener((obs, old, now) -> {
            updatePreview();
            surface.repaint();
        });
        conversionInfo.getStyleClass().add("ls-conversion-info");
        conversionInfo.setId("conversion-info");
        Label show = new Label("Show on");
        Label convert = new Label("Convert current sample to");
        HBox showOn = new HBox(8, show, templateButton, sampleButton);
        showOn.setAlignment(Pos.CENTER_LEFT);
        HBox convertGroup = new HBox(8, convert, convertTo);
        convertGroup.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(show, templateButton, sampleButton, convert, convertTo)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(24, 8, showOn, convertGroup, conversionInfo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("ls-toolbar");
        return bar;
    }

    private Node footer() {
        Color eye = GroupColors.of(org.landmarkstudio.core.schema.Region.EYE);
        FlowPane legend = new FlowPane(16, 6,
                legendItem(filled(eye), "mapped in every neighbour"),
                legendItem(ring(eye), "mapped in one neighbour"),
                legendItem(ring(GroupColors.UNLABELLED), "no partner"),
                legendItem(cross(), "unlabelled after conversion"),
                legendItem(square(), "PFPLD wing-loss subset (43 of 68)"),
                legendItem(ring(GroupColors.HIGHLIGHT), "hovered point and partners"));
        legend.setAlignment(Pos.CENTER_LEFT);
        hoverInfo.getStyleClass().add("ls-hover-info");
        hoverInfo.setId("hover-info");
        VBox box = new VBox(8, legend, hoverInfo);
        box.setPadding(new Insets(8, 16, 8, 16));
        box.getStyleClass().add("ls-legend");
        return box;
    }

    private static Label legendItem(Node icon, String text) {
        Label l = new Label(text, icon);
        l.setGraphicTextGap(6);
        return l;
    }

    private static Node filled(Color c) {
        return new Circle(RADIUS + 1, c);
    }

    private static Node ring(Color c) {
        Circle circle = new Circle(RADIUS + 1, Color.TRANSPARENT);
        circle.setStroke(c);
        circle.setStrokeWidth(1.5);
        return circle;
    }

    private static Node cross() {
        Line a = new Line(0, 0, 7, 7);
        a.setStroke(GroupColors.UNLABELLED);
        a.setStrokeWidth(1.5);
        Line b = new Line(0, 7, 7, 0);
        b.setStroke(GroupColors.UNLABELLED);
        b.setStrokeWidth(1.5);
        return new Group(a, b);
    }

    private static Node square() {
        Rectangle r = new Rectangle(9, 9, Color.TRANSPARENT);
        r.setStroke(GroupColors.SUPERVISED);
        r.setStrokeWidth(1.5);
        return r;
    }

    private static PointSchema defaultTarget(PointSchema from) {
        return from == PointSchema.WFLW_98 ? PointSchema.IBUG_68 : PointSchema.WFLW_98;
    }

    private void updatePreview() {
        PointSchema target = convertTo.getValue();
        if (sample == null || target == null) {
            preview.set(null);
            conversionInfo.setText("Set a sample to preview a conversion.");
            return;
        }
        ConversionPreview p = ConversionPreview.of(sample.landmarks(), target);
        preview.set(p);
        conversionInfo.setText(p.summary());
    }

    private String describe(SchemaPoint p) {
        if (p == null) {
            return "Hover a point to see its index, its name and its partners in the other schemas.";
        }
        StringBuilder text = new StringBuilder(p.describe());
        for (PointSchema other : SchemaCorrespondence.ORDER) {
            if (other == p.schema()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (SchemaPoint q : highlighted) {
                if (q.schema() == other) {
                    found.add("#" + q.index());
                }
            }
            text.append("   \u2194 ").append(other.displayName()).append(": ")
                    .append(found.isEmpty() ? "none" : String.join(", ", found));
        }
        return text.toString();
    }

    private void hover(MouseEvent e) {
        SchemaPoint best = null;
        double bestDistance = HIT_RADIUS;
        for (MappingPanel p : panels) {
            for (int i = p.drawn.nextSetBit(0); i >= 0; i = p.drawn.nextSetBit(i + 1)) {
                double d = Math.hypot(p.sx[i] - e.getX(), p.sy[i] - e.getY());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new SchemaPoint(p.schema, i);
                }
            }
        }
        hovered.set(best);
    }

    private void paint(GraphicsContext g) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        double panelW = (w - 2 * MARGIN - 2 * GAP) / 3;
        double panelH = h - 2 * MARGIN - TITLE;
        if (panelW < 40 || panelH < 40) {
            panels = List.of();
            return;
        }
        boolean onSample = showsSample();
        Box content = onSample ? sampleContent() : null;
        List<MappingPanel> laid = new ArrayList<>();
        for (int k = 0; k < SchemaCorrespondence.ORDER.size(); k++) {
            double x = MARGIN + k * (panelW + GAP);
            laid.add(onSample ? samplePanel(SchemaCorrespondence.ORDER.get(k), content, x, MARGIN + TITLE, panelW, panelH)
                    : templatePanel(SchemaCorrespondence.ORDER.get(k), x, MARGIN + TITLE, panelW, panelH));
        }
        panels = laid;
        for (MappingPanel p : laid) {
            paintPanelBackground(g, p, onSample);
        }
        paintLinks(g, false);
        for (MappingPanel p : laid) {
            paintEdges(g, p);
        }
        paintLinks(g, true);
        for (MappingPanel p : laid) {
            paintPoints(g, p);
        }
    }

    private MappingPanel templatePanel(PointSchema schema, double x, double y, double w, double h) {
        Landmarks face = TemplateFace.in(schema);
        Box b = grow(face.bounds(), 0.08);
        MappingPanel p = new MappingPanel(schema, x, y, w, h, b);
        for (int i = 0; i < schema.size(); i++) {
            p.place(i, face.x(i), face.y(i), true);
        }
        return p;
    }

    private MappingPanel samplePanel(PointSchema schema, Box content, double x, double y, double w, double h) {
        Landmarks converted = ConversionPreview.of(sample.landmarks(), schema).converted();
        MappingPanel p = new MappingPanel(schema, x, y, w, h, content);
        for (int i = 0; i < schema.size(); i++) {
            if (converted.isLabelled(i)) {
                p.place(i, converted.x(i), converted.y(i), true);
            }
        }
        SimilarityFit fit = SimilarityFit.between(TemplateFace.in(schema), converted);
        if (fit != null) {
            Landmarks face = TemplateFace.in(schema);
            for (int i = 0; i < schema.size(); i++) {
                if (!converted.isLabelled(i)) {
                    p.place(i, fit.x(face.x(i), face.y(i)), fit.y(face.x(i), face.y(i)), false);
                }
            }
        }
        return p;
    }

    /** The part of the image every panel shows: the face with a margin. */
    private Box sampleContent() {
        Box b = sample.boxOrBounds();
        if (b == null) {
            return image == null ? new Box(0, 0, 1, 1) : new Box(0, 0, image.getWidth(), image.getHeight());
        }
        return grow(b, 0.15);
    }

    private static Box grow(Box b, double fraction) {
        double dx = (b.x2() - b.x1()) * fraction;
        double dy = (b.y2() - b.y1()) * fraction;
        return new Box(b.x1() - dx, b.y1() - dy, b.x2() + dx, b.y2() + dy);
    }

    private void paintPanelBackground(GraphicsContext g, MappingPanel p, boolean onSample) {
        g.setFill(PANEL);
        g.fillRoundRect(p.x, p.y, p.w, p.h, 8, 8);
        if (onSample && image != null) {
            double x1 = Math.max(0, p.content.x1());
            double y1 = Math.max(0, p.content.y1());
            double x2 = Math.min(image.getWidth(), p.content.x2());
            double y2 = Math.min(image.getHeight(), p.content.y2());
            if (x2 > x1 && y2 > y1) {
                g.drawImage(image, x1, y1, x2 - x1, y2 - y1, p.toX(x1), p.toY(y1), (x2 - x1) * p.scale,
                        (y2 - y1) * p.scale);
                g.setFill(Color.rgb(0, 0, 0, 0.35));
                g.fillRect(p.toX(x1), p.toY(y1), (x2 - x1) * p.scale, (y2 - y1) * p.scale);
            }
        }
        g.setFill(TEXT);
        g.setFont(Font.font("System", FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(panelTitle(p.schema, onSample), p.x, MARGIN + TITLE / 2 - 4);
    }

    private String panelTitle(PointSchema schema, boolean onSample) {
        String title = schema.displayName() + " \u00b7 " + schema.size() + " points";
        if (!onSample) {
            return title;
        }
        if (schema == sample.landmarks().schema()) {
            return title + " \u00b7 the sample";
        }
        ConversionPreview p = preview.get();
        return p != null && p.to() == schema ? title + " \u00b7 conversion target" : title + " \u00b7 converted";
    }

    private void paintLinks(GraphicsContext g, boolean highlightedOnly) {
        for (SchemaCorrespondence.Link link : links) {
            boolean lit = highlighted.contains(link.a()) && highlighted.contains(link.b());
            if (lit != highlightedOnly) {
                continue;
            }
            MappingPanel pa = panelOf(link.a().schema());
            MappingPanel pb = panelOf(link.b().schema());
            int a = link.a().index();
            int b = link.b().index();
            if (!pa.drawn.get(a) || !pb.drawn.get(b)) {
                continue;
            }
            g.setStroke(lit ? GroupColors.HIGHLIGHT : Color.rgb(200, 210, 220, 0.13));
            g.setLineWidth(lit ? 2 : 1);
            g.strokeLine(pa.sx[a], pa.sy[a], pb.sx[b], pb.sy[b]);
        }
    }

    private void paintEdges(GraphicsContext g, MappingPanel p) {
        g.setLineWidth(1.2);
        for (int[] e : p.schema.edges()) {
            if (p.labelled.get(e[0]) && p.labelled.get(e[1])) {
                g.setStroke(GroupColors.ofPoint(p.schema, e[0]).deriveColor(0, 1, 1, 0.55));
                g.strokeLine(p.sx[e[0]], p.sy[e[0]], p.sx[e[1]], p.sy[e[1]]);
            }
        }
    }

    private void paintPoints(GraphicsContext g, MappingPanel p) {
        PointSchema s = p.schema;
        for (int i = p.drawn.nextSetBit(0); i >= 0; i = p.drawn.nextSetBit(i + 1)) {
            double x = p.sx[i];
            double y = p.sy[i];
            if (SchemaCorrespondence.isSupervised(s, i)) {
                g.setStroke(GroupColors.SUPERVISED);
                g.setLineWidth(1.2);
                g.strokeRect(x - 5, y - 5, 10, 10);
            }
            Color colour = GroupColors.ofPoint(s, i);
            g.setLineWidth(1.5);
            if (!p.labelled.get(i)) {
                g.setStroke(GroupColors.UNLABELLED);
                g.strokeLine(x - 3, y - 3, x + 3, y + 3);
                g.strokeLine(x - 3, y + 3, x + 3, y - 3);
            } else {
                switch (SchemaCorrespondence.partnerCoverage(s, i)) {
                    case ALL -> {
                        g.setFill(colour);
                        g.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
                    }
                    case SOME -> {
                        g.setStroke(colour);
                        g.strokeOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
                    }
                    case NONE -> {
                        g.setStroke(GroupColors.UNLABELLED);
                        g.strokeOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
                    }
                }
            }
            if (highlighted.contains(new SchemaPoint(s, i))) {
                g.setStroke(GroupColors.HIGHLIGHT);
                g.setLineWidth(2.5);
                g.strokeOval(x - 7, y - 7, 14, 14);
                g.setFill(Color.WHITE);
                g.setFont(Font.font("System", FontWeight.BOLD, 12));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(Integer.toString(i), x + 8, y - 6);
            }
        }
    }

    private MappingPanel panelOf(PointSchema schema) {
        return panels.get(SchemaCorrespondence.ORDER.indexOf(schema));
    }

    /** Shows a schema by its display name in the conversion chooser. */
    private static final class SchemaCell extends ListCell<PointSchema> {
        @Override
        protected void updateItem(PointSchema item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
