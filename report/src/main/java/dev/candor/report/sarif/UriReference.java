package dev.candor.report.sarif;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a URL as a browser recorded it into a valid RFC 3986 URI reference for SARIF's
 * {@code uri} properties. Browsers accept and record URLs that RFC 3986 does not (a space,
 * {@code |}, {@code "}, {@code <}, {@code [} in a path, {@code %} not followed by two hex digits,
 * non-ASCII text); {@link #encode} percent-encodes each such character as UTF-8 and changes
 * nothing else, so a valid URL comes out as it went in.
 *
 * <p>SARIF's own tools are built on .NET's {@code System.Uri}, which refuses some valid
 * references: an absolute URI whose percent-encoded UTF-8 sits beside a percent-encoded ASCII
 * delimiter ({@code /k%C3%BCche?q=a%20b}), or that encodes a control, format or separator
 * character, and a relative one with a fragment. {@link #location} therefore gives the most
 * specific form of a page that both RFC 3986 and {@code System.Uri} accept.
 */
public final class UriReference {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    /** scheme://authority of an absolute URI with a host. */
    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+");
    private static final String UNRESERVED_PUNCTUATION = "-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriReference() {}

    /** The URL as a valid URI reference; null or blank gives null. */
    public static String encode(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String out = encodeByPart(url);
        // a mangled authority (a stray '[' in the host, a port that is not a number) can still be
        // invalid; then the whole text becomes one relative path, which is always a valid reference
        return parses(out) ? out : encodePart(url, "/");
    }

    /**
     * The page as a SARIF location: the encoded URL, else without its fragment, else without its
     * query, else its origin ({@code https://host:port/}), whichever comes first that every SARIF
     * consumer reads; null when none does.
     */
    /**
     * A source file's path relative to the project as a relative URI reference (segments
     * percent-encoded), for a location with {@code uriBaseId}; null when it cannot be one.
     */
    public static String relativeFile(String path) {
        try {
            String p = path.replace('\\', '/').replaceFirst("^/+", "");
            return new java.net.URI(null, null, p, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static String location(String url) {
        String encoded = encode(url);
        if (encoded == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(encoded);
        int hash = encoded.indexOf('#');
        String noFragment = hash < 0 ? encoded : encoded.substring(0, hash);
        candidates.add(noFragment);
        int query = noFragment.indexOf('?');
        candidates.add(query < 0 ? noFragment : noFragment.substring(0, query));
        Matcher origin = ORIGIN.matcher(encoded);
        if (origin.lookingAt()) {
            candidates.add(origin.group() + "/");
        }
        return candidates.stream().filter(UriReference::readableBySystemUri).findFirst().orElse(null);
    }

    /**
     * Whether an encoded reference is in the subset .NET's {@code System.Uri} calls well formed,
     * judged conservatively (the SARIF Multitool 5.7.0 accepted every one of several thousand
     * hostile URLs this lets through): an absolute URI with an authority whose escapes are all of
     * ASCII characters, or whose escapes are all of UTF-8 letters, digits, marks, punctuation and
     * symbols and which has no fragment.
     */
    static boolean readableBySystemUri(String encoded) {
        if (!ORIGIN.matcher(encoded).lookingAt()) {
            return false;
        }
        boolean utf8 = false;
        boolean asciiEscape = false;
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
            int b = Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
            utf8 |= b >= 0x80;
            asciiEscape |= b < 0x80;
            escaped.write(b);
        }
        if (!utf8) {
            return true;
        }
        return !asciiEscape && encoded.indexOf('#') < 0 && ordinaryText(escaped.toByteArray());
    }

    /** Whether the escaped bytes are UTF-8 of letters, digits, marks, punctuation and symbols only. */
    private static boolean ordinaryText(byte[] utf8) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        });
    }

    private static String encodeByPart(String url) {
        StringBuilder b = new StringBuilder(url.length() + 16);
        int colon = url.indexOf(':');
        int pos = 0;
        boolean hasScheme = colon > 0 && SCHEME.matcher(url.substring(0, colon)).matches();
        if (hasScheme) {
            b.append(url, 0, colon + 1);
            pos = colon + 1;
        }
        int queryOrFragment = indexOfAny(url, "?#", pos);
        int pathEnd = queryOrFragment < 0 ? url.length() : queryOrFragment;
        boolean hasAuthority = url.startsWith("//", pos);
        if (hasAuthority) {
            int authorityEnd = indexOfAny(url, "/?#", pos + 2);
            authorityEnd = authorityEnd < 0 ? url.length() : authorityEnd;
            b.append("//").append(authority(url.substring(pos + 2, authorityEnd)));
            pos = authorityEnd;
        }
        String path = url.substring(pos, Math.max(pos, pathEnd));
        // without scheme or authority, a ':' in the first segment would be read as a scheme
        boolean firstSegmentNoColon = !hasScheme && !hasAuthority;
        b.append(encodePath(path, firstSegmentNoColon));
        if (queryOrFragment >= 0) {
            int hash = url.indexOf('#', queryOrFragment);
            if (url.charAt(queryOrFragment) == '?') {
                int queryEnd = hash < 0 ? url.length() : hash;
                b.append('?').append(encodePart(url.substring(queryOrFragment + 1, queryEnd), ":@/?"));
            }
            if (hash >= 0) {
                b.append('#').append(encodePart(url.substring(hash + 1), ":@/?"));
            }
        }
        return b.toString();
    }

    /** userinfo@host:port: a port only when it is digits, brackets only around an IP literal, any other ':' encoded. */
    private static String authority(String authority) {
        int at = authority.lastIndexOf('@');
        StringBuilder b = new StringBuilder();
        if (at >= 0) {
            b.append(encodePart(authority.substring(0, at), ":")).append('@');
        }
        String hostPort = authority.substring(at + 1);
        int close = hostPort.indexOf(']');
        if (hostPort.startsWith("[") && close > 0 && isPort(hostPort.substring(close + 1))) {
            return b.append('[').append(encodePart(hostPort.substring(1, close), ":")).append(']')
                    .append(hostPort.substring(close + 1)).toString();
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && isPort(hostPort.substring(colon))) {
            return b.append(encodePart(hostPort.substring(0, colon), "")).append(hostPort.substring(colon)).toString();
        }
        return b.append(encodePart(hostPort, "")).toString();
    }

    /** "" or ':' and digits. */
    private static boolean isPort(String s) {
        return s.isEmpty() || (s.charAt(0) == ':' && s.chars().skip(1).allMatch(c -> c >= '0' && c <= '9'));
    }

    private static String encodePath(String path, boolean firstSegmentNoColon) {
        if (!firstSegmentNoColon) {
            return encodePart(path, ":@/");
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        return encodePart(first, "@") + (slash < 0 ? "" : encodePart(path.substring(slash), ":@/"));
    }

    /**
     * Keeps unreserved characters, sub-delimiters, {@code extra} and valid percent-escapes;
     * percent-encodes everything else as UTF-8.
     */
    private static String encodePart(String s, String extra) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || extra.indexOf(c) >= 0) {
                b.append(c);
            } else if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                b.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? i + 2 : i + 1;
                for (byte x : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
                i = end - 1;
            }
        }
        return b.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean parses(String s) {
        try {
            new URI(s);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
