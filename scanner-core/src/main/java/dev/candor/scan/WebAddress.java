package dev.candor.scan;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an http(s) address the way a browser does (the WHATWG URL standard, for the parts an audit
 * needs), so that whatever a site writes in an {@code href} or a sitemap, and whatever a user types,
 * becomes a {@link URI} or is cleanly refused, never an exception. Like a browser it drops tabs and
 * line breaks, trims controls and spaces, takes {@code \} for {@code /}, turns an international host
 * name into its ASCII form, refuses a port above 65535, and percent-encodes what RFC 3986 does not
 * allow unencoded ({@code |}, {@code ^}, {@code {}}, controls, spaces, non-ASCII, a {@code %} not
 * followed by two hex digits), which {@code java.net.URI} would otherwise reject.
 */
public final class WebAddress {

    private static final String HEX = "0123456789ABCDEF";
    /** The schemes read here: pages, and the web sockets a page opens. */
    private static final java.util.Set<String> SPECIAL_SCHEMES = java.util.Set.of("http", "https", "ws", "wss");
    /** RFC 3986 pchar without percent: unreserved, sub-delims, ':' and '@'. */
    private static final String PCHAR = "-._~!$&'()*+,;=:@";
    /** Forbidden in a host (WHATWG forbidden host code points, ASCII part). */
    private static final String FORBIDDEN_HOST = " #%/:<>?@[\\]^|";

    private WebAddress() {}

    /** {@code address} without a {@code user:password@} part, to show or store. */
    public static URI withoutUserInfo(URI address) {
        if (address.getRawUserInfo() == null) {
            return address;
        }
        try {
            return new URI(address.getScheme(), null, address.getHost(), address.getPort(), address.getPath(), address.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            return URI.create(address.getScheme() + "://" + address.getHost());
        }
    }

    /** The absolute http(s) (or ws(s)) address {@code text} names, or empty when a browser would not load it as one. */
    public static Optional<URI> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = stripped(text);
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SPECIAL_SCHEMES.contains(scheme)) {
            return Optional.empty();
        }
        int i = colon + 1;
        while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) {
            i++;
        }
        int authorityEnd = i;
        while (authorityEnd < s.length() && "/\\?#".indexOf(s.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = s.substring(i, authorityEnd);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return Optional.empty();
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int p = authority.lastIndexOf(':');
            host = p < 0 ? authority : authority.substring(0, p);
            port = p < 0 ? "" : authority.substring(p + 1);
            Optional<String> ascii = asciiHost(host);
            if (ascii.isEmpty()) {
                return Optional.empty();
            }
            host = ascii.get();
        }
        if (!port.isEmpty() && (!port.chars().allMatch(Character::isDigit) || port.length() > 5 || Integer.parseInt(port) > 65535)) {
            return Optional.empty();
        }
        String rest = s.substring(authorityEnd);
        int hash = rest.indexOf('#');
        String fragment = hash < 0 ? null : rest.substring(hash + 1);
        rest = hash < 0 ? rest : rest.substring(0, hash);
        int q = rest.indexOf('?');
        String path = (q < 0 ? rest : rest.substring(0, q)).replace('\\', '/');
        String query = q < 0 ? null : rest.substring(q + 1);
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!port.isEmpty()) {
            out.append(':').append(Integer.parseInt(port));
        }
        out.append(path.isEmpty() ? "/" : encode(path, "/"));
        if (query != null) {
            out.append('?').append(encode(query, "/?"));
        }
        if (fragment != null) {
            out.append('#').append(encode(fragment, "/?"));
        }
        try {
            return Optional.of(new URI(out.toString()).normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Leading and trailing C0 controls and spaces trimmed, tabs and line breaks removed anywhere. */
    private static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Optional<String> asciiHost(String host) {
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c < 0x21 || c > 0x7E || FORBIDDEN_HOST.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /** Percent-encodes, as UTF-8, everything but pchar, {@code also}, and well-formed escapes. */
    private static String encode(String part, String also) {
        StringBuilder b = new StringBuilder(part.length() + 8);
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || PCHAR.indexOf(c) >= 0 || also.indexOf(c) >= 0;
            if (plain) {
                b.append((char) c);
            } else if (c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                b.append('%');
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return b.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
