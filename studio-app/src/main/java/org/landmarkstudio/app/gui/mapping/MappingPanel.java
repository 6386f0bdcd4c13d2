package org.landmarkstudio.app.gui.mapping;

import java.util.BitSet;
import org.landmarkstudio.core.sample.Box;
import org.landmarkstudio.core.schema.PointSchema;

/** One panel of the mapping view as last painted: where it is and where each of its points went on the canvas. */
final class MappingPanel {
    final PointSchema schema;
    final double x;
    final double y;
    final double w;
    final double h;
    final Box content;
    final double scale;
    final double offsetX;
    final double offsetY;
    final double[] sx;
    final double[] sy;
    final BitSet drawn = new BitSet();
    final BitSet labelled = new BitSet();

    MappingPanel(PointSchema schema, double x, double y, double w, double h, Box content) {
        this.schema = schema;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.content = content;
        double cw = content.x2() - content.x1();
        double ch = content.y2() - content.y1();
        this.scale = Math.min(w / cw, h / ch);
        this.offsetX = x + (w - cw * scale) / 2 - content.x1() * scale;
        this.offsetY = y + (h - ch * scale) / 2 - content.y1() * scale;
        this.sx = new double[schema.size()];
        this.sy = new double[schema.size()];
    }

    double toX(double imageX) {
        return offsetX + imageX * scale;
    }

    double toY(double imageY) {
        return offsetY + imageY * scale;
    }

    void place(int i, double imageX, double imageY, boolean isLabelled) {
        sx[i] = toX(imageX);
        sy[i] = toY(imageY);
        drawn.set(i);
        labelled.set(i, isLabelled);
    }
}
