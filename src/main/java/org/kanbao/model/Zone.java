package org.kanbao.model;

/** A rectangle on a page in PDF points, origin at the page's top-left. */
public record Zone(double x, double y, double w, double h) {
    public double area() {
        return Math.max(0, w) * Math.max(0, h);
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + w && py <= y + h;
    }

    public Zone union(Zone o) {
        if (o == null) return this;
        double x0 = Math.min(x, o.x), y0 = Math.min(y, o.y);
        double x1 = Math.max(x + w, o.x + o.w), y1 = Math.max(y + h, o.y + o.h);
        return new Zone(x0, y0, x1 - x0, y1 - y0);
    }

    /** Intersection over union, 0 when either is empty. */
    public double iou(Zone o) {
        double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
        double inter = ix * iy;
        double uni = area() + o.area() - inter;
        return uni <= 0 ? 0 : inter / uni;
    }
}
