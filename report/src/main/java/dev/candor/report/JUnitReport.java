package dev.candor.report;

import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code report.junit.xml}: the audit as one JUnit test suite in the Ant format that
 * Jenkins and GitLab read. Each catalogue rule is a test case ({@code classname="candor.<rule-id>"})
 * that passes when it has no finding at or above {@code --fail-on}; a rule with such findings is
 * one failing test case per finding ({@code name="<rule-id>: <subject>"}), whose failure lists the
 * message, phase, subject, fingerprint and evidence. Findings below the threshold are noted in the
 * passing case's {@code system-out}; a disabled rule is skipped; {@code candor.audit} is an error
 * when the audit did not run to its end. Site text is made visible ({@link SiteText}), since XML
 * 1.0 cannot hold most control characters even as references.
 */
public final class JUnitReport {

    private static final DateTimeFormatter ANT_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Attribute values are one line; a message longer than this is cut (the element text has it all). */
    private static final int MESSAGE_MAX = 1_000;

    private JUnitReport() {}

    /** A test case as written: at most one of failure, error or skipped. */
    private record Case(String classname, String name, Outcome outcome, String systemOut) {}

    /**
     * Why a case did not pass.
     *
     * @param element {@code failure}, {@code error} or {@code skipped}
     * @param type the failure's severity or the error's kind; null for skipped
     */
    private record Outcome(String element, String message, String type, String text) {}

    /** The report as XML text. */
    public static String render(ReportContext ctx) {
        List<Case> cases = cases(ctx);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            write(w, ctx, cases);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JUnit XML cannot be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the report atomically to {@code file}. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        dev.candor.model.AtomicFile.write(file, render(ctx));
    }

    private static List<Case> cases(ReportContext ctx) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (RuleInfo rule : ctx.rules()) {
            byRule.putIfAbsent(rule.id(), new ArrayList<>());
        }
        // findings of a rule the catalogue does not list still become cases, after the catalogue's
        ctx.result().findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
        Set<String> disabled = ctx.result().provenance() == null ? Set.of() : Set.copyOf(ctx.result().provenance().disabledRules());
        List<Case> cases = new ArrayList<>();
        cases.add(auditCase(ctx.result().record()));
        byRule.forEach((ruleId, findings) -> cases.addAll(ruleCases(ruleId, findings, ctx.failOn(), disabled.contains(ruleId))));
        return cases;
    }

    private static Case auditCase(ScanRecord r) {
        if (r.completion().complete()) {
            return new Case("candor.audit", "audit", null, null);
        }
        String reason = r.completion().reason() == null ? "no reason recorded" : r.completion().reason();
        String text = "The audit stopped before its end: " + SiteText.visible(reason) + "\n" + r.phases().size() + " phase(s) recorded, "
                + r.pagesPlanned().size() + " page(s) planned. Findings cover only what was recorded.";
        return new Case("candor.audit", "audit", new Outcome("error", "audit incomplete: " + one(reason), "incomplete", text), null);
    }

    private static List<Case> ruleCases(String ruleId, List<Finding> findings, Severity failOn, boolean disabled) {
        String classname = "candor." + ruleId;
        List<Finding> failing = findings.stream().filter(f -> f.fails(failOn)).toList();
        List<Finding> below = findings.stream().filter(f -> !f.fails(failOn)).toList();
        String belowNote = below.isEmpty() ? null : belowNote(below, failOn);
        if (failing.isEmpty()) {
            Outcome skipped = disabled && findings.isEmpty() ? new Outcome("skipped", "rule disabled (--disable-rule, candor.disabledRules)", null, null) : null;
            return List.of(new Case(classname, ruleId, skipped, belowNote));
        }
        Map<String, Integer> labels = new HashMap<>();
        failing.forEach(f -> labels.merge(f.subject().label(), 1, Integer::sum));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < failing.size(); i++) {
            Finding f = failing.get(i);
            // two subjects with one label (a cookie name on two domains) must not give two cases of one name
            String name = ruleId + ": " + one(f.subject().label()) + (labels.get(f.subject().label()) > 1 ? " [" + f.fingerprint() + "]" : "");
            cases.add(new Case(classname, name, new Outcome("failure", SiteText.cap(one(f.message()), MESSAGE_MAX), f.severity().id(),
                    failureText(f)), i == 0 ? belowNote : null));
        }
        return cases;
    }

    private static String failureText(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(SiteText.visible(f.message())).append('\n');
        b.append("rule: ").append(f.ruleId()).append(" (").append(f.severity().id()).append("): ").append(SiteText.visible(f.title())).append('\n');
        b.append("phase: ").append(f.phase() == null ? "all" : f.phase().id()).append('\n');
        b.append("subject: ").append(SiteText.visible(EvidenceLines.subject(f.subject()))).append('\n');
        b.append("fingerprint: ").append(f.fingerprint()).append('\n');
        b.append("occurrences: ").append(f.occurrences()).append('\n');
        if (f.legalReference() != null) {
            b.append("legal reference: ").append(SiteText.visible(f.legalReference())).append('\n');
        }
        if (!f.evidence().isEmpty()) {
            b.append("evidence").append(f.evidence().size() < f.occurrences() ? " (first " + f.evidence().size() + ")" : "").append(":\n");
            for (Evidence e : f.evidence()) {
                b.append("  - ").append(SiteText.visible(EvidenceLines.describe(e))).append('\n');
            }
        }
        return b.toString();
    }

    private static String belowNote(List<Finding> below, Severity failOn) {
        StringBuilder b = new StringBuilder();
        b.append(below.size()).append(" finding(s) not failing the gate (below ").append(failOn.id())
                .append(", suppressed or in the baseline):\n");
        for (Finding f : below) {
            String gate = f.suppressed() ? " [suppressed: " + SiteText.visible(f.triage().suppression().reason()) + "]"
                    : f.inBaseline() ? " [in the baseline]" : "";
            b.append("  - ").append(f.severity().id()).append(gate).append(' ').append(SiteText.visible(EvidenceLines.subject(f.subject())))
                    .append(f.phase() == null ? "" : " in " + f.phase().id()).append(": ").append(SiteText.visible(f.message()))
                    .append(" (fingerprint ").append(f.fingerprint()).append(")\n");
        }
        return b.toString();
    }

    private static void write(XMLStreamWriter w, ReportContext ctx, List<Case> cases) throws XMLStreamException {
        ScanRecord r = ctx.result().record();
        long failures = cases.stream().filter(c -> c.outcome() != null && c.outcome().element().equals("failure")).count();
        long errors = cases.stream().filter(c -> c.outcome() != null && c.outcome().element().equals("error")).count();
        long skipped = cases.stream().filter(c -> c.outcome() != null && c.outcome().element().equals("skipped")).count();
        String time = seconds(r);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("testsuites");
        w.writeAttribute("name", "candor");
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", Long.toString(errors));
        w.writeAttribute("skipped", Long.toString(skipped));
        w.writeAttribute("time", time);
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", "candor: " + one(r.target()));
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", Long.toString(errors));
        w.writeAttribute("skipped", Long.toString(skipped));
        w.writeAttribute("time", time);
        w.writeAttribute("timestamp", ANT_TIMESTAMP.format((r.startedAt() == null ? Instant.EPOCH : r.startedAt()).truncatedTo(ChronoUnit.SECONDS)));
        w.writeAttribute("hostname", host(r.target()));
        writeProperties(w, ctx);
        for (Case c : cases) {
            writeCase(w, c);
        }
        if (!r.warnings().isEmpty()) {
            w.writeCharacters("\n    ");
            w.writeStartElement("system-out");
            StringBuilder b = new StringBuilder("\n");
            r.warnings().forEach(x -> b.append("warning: ").append(SiteText.visible(x)).append('\n'));
            w.writeCharacters(b.toString());
            w.writeEndElement();
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private static void writeProperties(XMLStreamWriter w, ReportContext ctx) throws XMLStreamException {
        ScanRecord r = ctx.result().record();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("candor.version", r.tool() == null ? "" : r.tool().version());
        p.put("target", r.target());
        p.put("failOn", ctx.failOn().id());
        p.put("complete", Boolean.toString(r.completion().complete()));
        p.put("insecure", Boolean.toString(r.settings().insecure()));
        if (ctx.result().provenance() != null) {
            p.put("catalogueVersion", ctx.result().provenance().catalogueVersion());
            p.put("knowledgeBaseVersion", ctx.result().provenance().knowledgeBaseVersion());
        }
        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        for (Map.Entry<String, String> e : p.entrySet()) {
            w.writeCharacters("\n      ");
            w.writeEmptyElement("property");
            w.writeAttribute("name", e.getKey());
            w.writeAttribute("value", one(e.getValue()));
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter w, Case c) throws XMLStreamException {
        w.writeCharacters("\n    ");
        boolean empty = c.outcome() == null && c.systemOut() == null;
        if (empty) {
            w.writeEmptyElement("testcase");
        } else {
            w.writeStartElement("testcase");
        }
        w.writeAttribute("classname", c.classname());
        w.writeAttribute("name", c.name());
        w.writeAttribute("time", "0");
        if (empty) {
            return;
        }
        Outcome o = c.outcome();
        if (o != null) {
            w.writeCharacters("\n      ");
            w.writeStartElement(o.element());
            w.writeAttribute("message", o.message());
            if (o.type() != null) {
                w.writeAttribute("type", o.type());
            }
            if (o.text() != null) {
                w.writeCharacters(o.text());
            }
            w.writeEndElement();
        }
        if (c.systemOut() != null) {
            w.writeCharacters("\n      ");
            w.writeStartElement("system-out");
            w.writeCharacters(c.systemOut());
            w.writeEndElement();
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    /** Site text for an attribute: one visible line. */
    private static String one(String s) {
        return SiteText.visible(s).strip();
    }

    /** The audit's duration in seconds, as Ant writes it; 0 when the record has no finish time. */
    private static String seconds(ScanRecord r) {
        if (r.startedAt() == null || r.finishedAt() == null || r.finishedAt().isBefore(r.startedAt())) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.3f", Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0);
    }

    /** The audited host: Ant's hostname says where the tests ran, and here they ran against the site. */
    private static String host(String target) {
        try {
            String h = URI.create(target).getHost();
            if (h != null && !h.isBlank()) {
                return h;
            }
        } catch (IllegalArgumentException e) {
            // a target that is not a URI still names the suite; the host is only a label
        }
        return "unknown";
    }
}
