package dev.candor.scan.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cookie as a site asked for it: a raw {@code Set-Cookie} header line or a string written to
 * {@code document.cookie}. Parsed leniently after RFC 6265 (unknown attributes ignored), because the
 * point is the lifetime the site requested, before Chromium caps it at 400 days.
 *
 * @param name cookie name (empty for a nameless cookie such as {@code Set-Cookie: abc})
 * @param value cookie value
 * @param domain the Domain attribute without leading dot, lower case; null when absent (host-only)
 * @param path the Path attribute when it starts with {@code /}; else null (default path applies)
 * @param maxAgeSeconds the Max-Age attribute (0 or less means delete now); null when absent or invalid
 * @param expires the Expires attribute; null when absent or unparseable
 * @param secure the Secure attribute
 * @param httpOnly the HttpOnly attribute
 * @param sameSite {@code Strict}, {@code Lax} or {@code None}; null when absent or unknown
 * @param partitioned the Partitioned (CHIPS) attribute
 */
record SetCookieHeader(
        String name,
        String value,
        String domain,
        String path,
        Long maxAgeSeconds,
        Instant expires,
        boolean secure,
        boolean httpOnly,
        String sameSite,
        boolean partitioned) {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:[^\\d].*)?$");
    private static final Pattern DIGITS = Pattern.compile("^(\\d+)(?:[^\\d].*)?$");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** Parses one header line; empty for a line that names no cookie at all. */
    static Optional<SetCookieHeader> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split(";", -1);
        String pair = parts[0];
        int eq = pair.indexOf('=');
        String name = eq < 0 ? "" : pair.substring(0, eq).trim();
        String value = (eq < 0 ? pair : pair.substring(eq + 1)).trim();
        if (name.isEmpty() && value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        String domain = null;
        String path = null;
        Long maxAge = null;
        Instant expires = null;
        boolean secure = false;
        boolean httpOnly = false;
        String sameSite = null;
        boolean partitioned = false;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i];
            int aeq = attr.indexOf('=');
            String key = (aeq < 0 ? attr : attr.substring(0, aeq)).trim().toLowerCase(Locale.ROOT);
            String val = aeq < 0 ? "" : attr.substring(aeq + 1).trim();
            switch (key) {
                case "domain" -> {
                    String d = val.toLowerCase(Locale.ROOT);
                    while (d.startsWith(".")) {
                        d = d.substring(1);
                    }
                    domain = d.isEmpty() ? null : d;
                }
                case "path" -> path = val.startsWith("/") ? val : null;
                case "max-age" -> maxAge = parseMaxAge(val).orElse(maxAge);
                case "expires" -> expires = parseCookieDate(val).orElse(expires);
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "partitioned" -> partitioned = true;
                case "samesite" -> sameSite = switch (val.toLowerCase(Locale.ROOT)) {
                    case "strict" -> "Strict";
                    case "lax" -> "Lax";
                    case "none" -> "None";
                    default -> null;
                };
                default -> {
                    // unknown attributes (Priority, SameParty, typos) do not change the lifetime
                }
            }
        }
        return Optional.of(new SetCookieHeader(
                name, value, domain, path, maxAge, expires, secure, httpOnly, sameSite, partitioned));
    }

    /**
     * The lifetime the site asked for, in seconds: Max-Age when present (it wins over Expires), else
     * Expires minus {@code receivedAt} (the response's Date header, or the moment of the write). 0
     * for a deletion; null for a session cookie.
     */
    Long requestedLifetimeSeconds(Instant receivedAt) {
        if (maxAgeSeconds != null) {
            return Math.max(0, maxAgeSeconds);
        }
        if (expires != null) {
            return Math.max(0, Duration.between(receivedAt, expires).getSeconds());
        }
        return null;
    }

    /** The domain the jar files it under: {@code .facebook.com} for a domain cookie, else the request host. */
    String jarDomain(String requestHost) {
        return domain != null ? "." + domain : requestHost.toLowerCase(Locale.ROOT);
    }

    /** The path the jar files it under: the Path attribute, else the default path of the request path (RFC 6265 5.1.4). */
    String jarPath(String requestPath) {
        if (path != null) {
            return path;
        }
        if (requestPath == null || !requestPath.startsWith("/")) {
            return "/";
        }
        int last = requestPath.lastIndexOf('/');
        return last <= 0 ? "/" : requestPath.substring(0, last);
    }

    private static Optional<Long> parseMaxAge(String val) {
        if (!val.matches("-?\\d+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(val));
        } catch (NumberFormatException tooLarge) {
            return Optional.of(val.startsWith("-") ? 0L : Long.MAX_VALUE / 2);
        }
    }

    /** The cookie-date algorithm of RFC 6265 5.1.1, which browsers use for Expires and which accepts many formats. */
    static Optional<Instant> parseCookieDate(String text) {
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        Integer day = null;
        Integer month = null;
        Integer year = null;
        for (String token : text.split("[\\x09\\x20-\\x2F\\x3B-\\x40\\x5B-\\x60\\x7B-\\x7E]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher time = TIME.matcher(token);
            if (hour == null && time.matches()) {
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = Integer.parseInt(time.group(3));
                continue;
            }
            Matcher digits = DIGITS.matcher(token);
            if (day == null && digits.matches() && digits.group(1).length() <= 2) {
                day = Integer.parseInt(digits.group(1));
                continue;
            }
            if (month == null && token.length() >= 3) {
                int idx = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT));
                if (idx >= 0 && idx % 3 == 0) {
                    month = idx / 3 + 1;
                    continue;
                }
            }
            if (year == null && digits.matches() && digits.group(1).length() >= 2 && digits.group(1).length() <= 4) {
                year = Integer.parseInt(digits.group(1));
            }
        }
        if (hour == null || day == null || month == null || year == null) {
            return Optional.empty();
        }
        if (year >= 70 && year <= 99) {
            year += 1900;
        } else if (year < 70) {
            year += 2000;
        }
        if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
