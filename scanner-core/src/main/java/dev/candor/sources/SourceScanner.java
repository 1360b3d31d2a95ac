package dev.candor.sources;

import dev.candor.model.source.SourceRecord;
import dev.candor.model.source.SourceTag;
import dev.candor.model.source.SourceTag.Role;
import dev.candor.rules.kb.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The static scan: reads HTML and template files with jsoup (positions tracked) and lists every
 * tag that loads or calls a tracking vendor or a third-party embed, with whether a consent manager
 * holds it back. No browser; the files are never executed.
 */
public final class SourceScanner {

    /** HTML and the template languages that write HTML around tags. */
    static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "jsp", "jspf", "jspx", "ftl", "ftlh", "ftlx",
            "vm", "hbs", "handlebars", "mustache", "njk", "twig", "liquid", "php", "erb", "ejs", "tpl", "vue", "svelte",
            "astro", "cshtml", "razor", "peb", "gohtml", "tmpl");
    /** Bigger files are minified bundles or data, not templates: skipped with a warning. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    private static final int SNIPPET_CHARS = 160;

    private final TagSignatures signatures;

    public SourceScanner(KnowledgeBase kb) {
        this.signatures = new TagSignatures(kb);
    }

    /**
     * Scans the folders that exist among {@code roots}; paths in the result are relative to {@code project}.
     *
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public SourceRecord scan(Path project, List<Path> roots, Instant now) {
        Path base = project.toAbsolutePath().normalize();
        List<SourceTag> tags = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> scannedRoots = new ArrayList<>();
        int files = 0;
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path root : roots) {
            Path dir = base.resolve(root).normalize();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            scannedRoots.add(relative(base, dir));
            List<Path> list;
            try (Stream<Path> walk = Files.walk(dir)) {
                // Files.walk does not follow links, so a link cannot take the scan outside the project
                list = walk.filter(Files::isRegularFile).filter(SourceScanner::isTemplate).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
            // overlapping folders (public and public/assets) must not report a tag twice
            list = list.stream().filter(seen::add).toList();
            // files are independent: read them in parallel, keep file order in the result
            List<FileResult> results = list.parallelStream().map(file -> read(base, file)).toList();
            for (FileResult r : results) {
                tags.addAll(r.tags());
                if (r.warning() != null) {
                    warnings.add(r.warning());
                } else {
                    files++;
                }
            }
        }
        return new SourceRecord(SourceRecord.CURRENT_SCHEMA_VERSION, base.toString(), scannedRoots, now, files, tags, warnings);
    }

    /** One file's tags, or why it was skipped. */
    private record FileResult(List<SourceTag> tags, String warning) {}

    private FileResult read(Path base, Path file) {
        String rel = relative(base, file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new FileResult(List.of(), rel + ": skipped, larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            return new FileResult(scanFile(rel, Files.readString(file, StandardCharsets.UTF_8)), null);
        } catch (java.nio.charset.MalformedInputException e) {
            return new FileResult(List.of(), rel + ": skipped, not UTF-8 text");
        } catch (IOException e) {
            return new FileResult(List.of(), rel + ": skipped, cannot read it (" + e.getMessage() + ")");
        }
    }

    /** The tags of one file's text. */
    List<SourceTag> scanFile(String file, String text) {
        List<SourceTag> out = new ArrayList<>();
        scan(file, text, text, 0, lineStarts(text), out);
        return out;
    }

    /**
     * Scans {@code html}, which starts at {@code base} in the file's {@code text}. A
     * {@code <noscript>} that the parser keeps as raw text (in a head) is scanned again the same
     * way, so the tracking pixel inside it is found at its place in the file.
     */
    private void scan(String file, String text, String html, int base, int[] lines, List<SourceTag> out) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        for (Element e : doc.getAllElements()) {
            String name = e.normalName();
            if (name.equals("noscript") && e.children().isEmpty() && e.wholeText().contains("<")) {
                // the parser keeps a head's noscript as text: scan its raw content where it sits in the file
                int tagStart = base + Math.max(0, e.sourceRange().start().pos());
                int contentStart = text.indexOf('>', tagStart) + 1;
                int contentEnd = contentStart <= 0 ? -1 : text.toLowerCase(Locale.ROOT).indexOf("</noscript", contentStart);
                if (contentEnd > contentStart) {
                    scan(file, text, text.substring(contentStart, contentEnd), contentStart, lines, out);
                }
                continue;
            }
            Optional<TagSignatures.Hit> hit = Optional.empty();
            String url = null;
            String inline = "";
            switch (name) {
                case "script" -> {
                    url = source(e);
                    if (url != null) {
                        hit = signatures.forUrl(url);
                    } else {
                        inline = e.data();
                        hit = signatures.forCode(inline);
                    }
                }
                case "iframe" -> {
                    url = source(e);
                    hit = url == null ? Optional.empty() : signatures.forUrl(url);
                }
                case "link" -> {
                    url = e.attr("href");
                    String rel = e.attr("rel").toLowerCase(Locale.ROOT);
                    hit = rel.contains("stylesheet") || rel.contains("preconnect") || rel.contains("preload")
                            ? signatures.forUrl(url) : Optional.empty();
                }
                case "img" -> {
                    url = source(e);
                    if (url != null) {
                        hit = signatures.forUrl(url).filter(h -> h.role() == Role.TRACKING);
                        if (hit.isEmpty() && isPixel(e) && isAbsolute(url)) {
                            out.add(tag(file, e, text, base, lines, "1x1 image from another site", url, null, Role.TRACKING, ""));
                            continue;
                        }
                    }
                }
                default -> { }
            }
            if (hit.isPresent()) {
                TagSignatures.Hit h = hit.get();
                out.add(tag(file, e, text, base, lines, h.signature(), url, h.vendor().id(), h.role(), inline));
            }
        }
    }

    private static SourceTag tag(String file, Element e, String text, int base, int[] lines, String signature, String url,
            String vendorId, Role role, String inline) {
        Range.Position start = e.sourceRange().start();
        int offset = base + Math.max(0, start.pos());
        String gatedBy = ConsentGate.of(e, text, offset, inline);
        int line = line(lines, offset);
        String outer = e.outerHtml().strip().replaceAll("\\s+", " ");
        String snippet = outer.length() > SNIPPET_CHARS ? outer.substring(0, SNIPPET_CHARS) + "…" : outer;
        return new SourceTag(file, line + 1, offset - lines[line] + 1, e.normalName(), signature,
                url == null || url.isBlank() ? null : url, snippet, vendorId, role, gatedBy);
    }

    /** Where each line starts; {@code \r\n}, {@code \r} and {@code \n} each end a line. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line of an offset. */
    private static int line(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The URL a tag loads: {@code src}, or a CMP's deferred {@code data-src}. */
    private static String source(Element e) {
        String src = e.hasAttr("src") ? e.attr("src") : e.attr("data-src");
        return src.isBlank() ? null : src.strip();
    }

    private static boolean isPixel(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        boolean attrs = "1".equals(e.attr("width").strip()) && "1".equals(e.attr("height").strip());
        return attrs || style.contains("width:1px") && style.contains("height:1px");
    }

    private static boolean isAbsolute(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//");
    }

    private static boolean isTemplate(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
    }

    private static String relative(Path base, Path p) {
        Path r = p.startsWith(base) ? base.relativize(p) : p;
        String s = r.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
