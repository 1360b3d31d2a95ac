package dev.candor.model;

/**
 * An iframe or embedded object on a page.
 *
 * @param kind {@code iframe}, {@code embed} or {@code object}
 * @param url the frame's URL
 * @param origin the frame's origin
 * @param thirdParty whether the origin's registrable domain differs from the site's
 * @param pageUrl the page that contains it
 */
public record FrameObservation(String kind, String url, String origin, boolean thirdParty, String pageUrl) {}
