package dev.candor.model;

/**
 * A rectangle on the rendered page in CSS pixels, relative to the viewport's top left corner.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {

    /** Its area in square CSS pixels; 0 for an empty box. */
    public double area() {
        return Math.max(0, width) * Math.max(0, height);
    }
}
