package dev.candor.model.source;

/**
 * A tag in a source file that loads or calls a third party, as the static scan found it.
 *
 * @param file the file, relative to the project, with forward slashes
 * @param line the line the tag starts on, from 1
 * @param column the column it starts at, from 1
 * @param element the tag's name
 * @param signature what gave it away ({@code domain connect.facebook.net}, {@code snippet fbq(})
 * @param url the URL it loads, or null for an inline snippet
 * @param snippet the start of the tag as written, shortened
 * @param vendorId the knowledge-base vendor, or null for an unknown third party (a tracking pixel)
 * @param role whether it tracks or only embeds a third party's content
 * @param gatedBy how a consent manager holds it back, or null when nothing does
 */
public record SourceTag(String file, int line, int column, String element, String signature, String url, String snippet,
        String vendorId, Role role, String gatedBy) {

    /** What a tag does to a visitor who has not consented. */
    public enum Role {
        /** Analytics, advertising, social tracking, session recording, a tracking pixel. */
        TRACKING,
        /** Third-party content or code (video, map, fonts, a tag manager) that reaches the third party on load. */
        EMBED
    }

    /** Whether a consent manager holds it back until consent. */
    public boolean gated() {
        return gatedBy != null;
    }
}
