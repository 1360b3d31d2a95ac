package dev.candor.core.batch;

import dev.candor.core.AuditException;
import dev.candor.core.AuditRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sites of a batch, one URL per line ({@code #} starts a comment, blank lines are skipped),
 * each with the folder its audit goes to: the host and a short hash of the URL, stable across runs
 * so a batch can resume.
 *
 * @param sites the sites in file order, duplicates dropped
 * @param rejected lines that are not URLs: "line 7: 'ftp://x' is not an http(s) URL"
 */
public record SiteList(List<Site> sites, List<String> rejected) {

    /** One site: its URL and its folder name inside the batch's output directory. */
    public record Site(int position, URI url, String folder) {}

    public SiteList {
        sites = List.copyOf(sites);
        rejected = List.copyOf(rejected);
    }

    /**
     * Reads a URL file.
     *
     * @throws AuditException USAGE when the file cannot be read or holds no URL
     */
    public static SiteList read(Path file) throws AuditException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AuditException(AuditException.Kind.USAGE, file + ": no such URL file; give a file with one URL per line", null, e);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, file + ": cannot read it (" + e.getMessage() + ")", null, e);
        }
        List<Site> sites = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                URI url = AuditRequest.parseTarget(line);
                String scheme = url.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    throw new IllegalArgumentException("'" + line + "' is not an http(s) URL");
                }
                if (seen.add(url.toString())) {
                    sites.add(new Site(sites.size(), url, folder(url)));
                }
            } catch (IllegalArgumentException e) {
                rejected.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (sites.isEmpty()) {
            throw new AuditException(AuditException.Kind.USAGE, file + ": no http(s) URL in it"
                    + (rejected.isEmpty() ? "" : " (" + rejected.get(0) + ")"), null, null);
        }
        return new SiteList(sites, rejected);
    }

    /** {@code www.example.com-3f0c2a9d}: readable, and unique per URL. */
    static String folder(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return host + "-" + HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
