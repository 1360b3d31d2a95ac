package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class JUnitReportTest {

    /** Treats every warning as an error: nothing about the document may be doubtful. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** Validates against the JUnit XSD, then parses with a DOM parser that refuses DTDs and external entities. */
    static Document parse(String xml) throws Exception {
        URL xsd = JUnitReportTest.class.getResource("/junit-10.xsd");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setErrorHandler(STRICT);
        Validator validator = sf.newSchema(xsd).newValidator();
        validator.setErrorHandler(STRICT);
        validator.validate(new StreamSource(new StringReader(xml)));

        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setExpandEntityReferences(false);
        dbf.setNamespaceAware(true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        db.setErrorHandler(STRICT);
        return db.parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element child(Element e, String name) {
        NodeList list = e.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    @Test
    void everyRuleIsATestCaseAndFailingFindingsAreFailures() throws Exception {
        ReportContext ctx = ReportFixtures.normal();
        Document doc = parse(JUnitReport.render(ctx));
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        List<Element> suite = elements(doc, "testsuite");
        assertThat(suite).hasSize(1);
        Element s = suite.get(0);
        List<Element> cases = elements(doc, "testcase");
        assertThat(s.getAttribute("name")).isEqualTo("candor: https://www.shop.example/");
        assertThat(s.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
        assertThat(s.getAttribute("failures")).isEqualTo(Integer.toString(ctx.failing().size())).isEqualTo("3");
        assertThat(s.getAttribute("errors")).isEqualTo("0");
        assertThat(s.getAttribute("skipped")).isEqualTo("1");
        assertThat(s.getAttribute("timestamp")).isEqualTo("2026-11-30T10:00:00");
        assertThat(s.getAttribute("time")).isEqualTo("95.000");
        assertThat(suites.getAttribute("tests")).isEqualTo(s.getAttribute("tests"));
        assertThat(elements(doc, "failure")).hasSize(3);

        // every catalogue rule is there; one rule with one failing finding per case, plus the audit itself
        for (RuleInfo rule : ctx.rules()) {
            assertThat(cases).anySatisfy(c -> assertThat(c.getAttribute("classname")).isEqualTo("candor." + rule.id()));
        }
        long rulesWithFailures = ctx.failing().stream().map(Finding::ruleId).distinct().count();
        assertThat(cases).hasSize(1 + ctx.rules().size() - (int) rulesWithFailures + ctx.failing().size());
        assertThat(cases.get(0).getAttribute("classname")).isEqualTo("candor.audit");
        assertThat(child(cases.get(0), "error")).isNull();

        Element critical = cases.stream().filter(c -> c.getAttribute("name").equals("tracking-after-reject: Meta Pixel")).findFirst().orElseThrow();
        Element failure = child(critical, "failure");
        Finding f = ctx.result().findings().get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("critical");
        assertThat(failure.getAttribute("message")).isEqualTo(f.message());
        assertThat(failure.getTextContent()).contains("phase: after-reject", "subject: vendor Meta Pixel (id meta-pixel)",
                "fingerprint: " + f.fingerprint(), "occurrences: 3");
        assertThat(failure.getTextContent().lines().filter(l -> l.startsWith("  - "))).hasSize(f.evidence().size());
        assertThat(failure.getTextContent()).contains("request https://www.facebook.com/tr?id=1&ev=PageView (image, beacon pixel)");
    }

    @Test
    void findingsBelowTheThresholdPassWithANoteAndDisabledRulesAreSkipped() throws Exception {
        ReportContext ctx = ReportFixtures.normal();
        List<Element> cases = elements(parse(JUnitReport.render(ctx)), "testcase");
        Element mismatch = cases.stream().filter(c -> c.getAttribute("classname").equals("candor.cookie-lifetime-mismatch")).findFirst().orElseThrow();
        assertThat(mismatch.getAttribute("name")).isEqualTo("cookie-lifetime-mismatch");
        assertThat(child(mismatch, "failure")).isNull();
        Finding below = ctx.result().findings().stream().filter(f -> f.ruleId().equals("cookie-lifetime-mismatch")).findFirst().orElseThrow();
        assertThat(child(mismatch, "system-out").getTextContent()).contains("1 finding(s) not failing the gate (below high, suppressed or in the baseline)",
                "medium cookie _ga in after-accept", below.fingerprint());
        Element disabled = cases.stream().filter(c -> c.getAttribute("classname").equals("candor.undisclosed-transfer")).findFirst().orElseThrow();
        assertThat(child(disabled, "skipped").getAttribute("message")).contains("--disable-rule");

        // at --fail-on info every finding fails
        ReportContext strict = ReportFixtures.at(ctx, Severity.INFO);
        Document all = parse(JUnitReport.render(strict));
        assertThat(elements(all, "failure")).hasSize(ctx.result().findings().size());
        assertThat(elements(all, "testsuite").get(0).getAttribute("failures")).isEqualTo("9");
    }

    @Test
    void hostileTextIsValidXmlAndReadsBackVisible() throws Exception {
        ReportContext ctx = ReportFixtures.hostile();
        String xml = JUnitReport.render(ctx);
        assertThat(xml).doesNotContain("\u001b", "\u0007", "\u0000", "\u202E", "\uFFFE", "<script>");
        Document doc = parse(xml);
        Element s = elements(doc, "testsuite").get(0);
        assertThat(s.getAttribute("errors")).isEqualTo("1");
        assertThat(s.getAttribute("failures")).isEqualTo("2");
        List<Element> cases = elements(doc, "testcase");
        Element audit = cases.get(0);
        assertThat(audit.getAttribute("classname")).isEqualTo("candor.audit");
        assertThat(child(audit, "error").getAttribute("message")).isEqualTo("audit incomplete: browser died\\u001B[31m <script>alert('r')</script> ]]>");
        assertThat(child(audit, "error").getAttribute("type")).isEqualTo("incomplete");

        List<String> failing = cases.stream().filter(c -> child(c, "failure") != null).map(c -> c.getAttribute("name")).toList();
        // two subjects labelled alike get the fingerprint to keep their names apart
        assertThat(failing).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("tracking-before-consent: " + ReportFixtures.HOSTILE_VISIBLE + " ["));
        assertThat(failing.get(0)).isNotEqualTo(failing.get(1));
        Element first = child(cases.stream().filter(c -> child(c, "failure") != null).findFirst().orElseThrow(), "failure");
        assertThat(first.getAttribute("message")).startsWith("Cookie " + ReportFixtures.HOSTILE_VISIBLE);
        assertThat(first.getTextContent()).contains("localStorage key " + ReportFixtures.HOSTILE_KEY.replace("\u0007", "\\u0007"))
                .contains("\\u202Egpj.exe").doesNotContain("\u202E");
        assertThat(elements(doc, "system-out")).anySatisfy(o -> assertThat(o.getTextContent()).contains("warning: policy: </system-out><script>x</script>\\u0000"));
        assertThat(elements(doc, "property")).anySatisfy(p -> assertThat(p.getAttribute("name")).isEqualTo("insecure"));
    }

    @Test
    void writeReplacesTheFileAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.junit.xml");
        JUnitReport.write(ReportFixtures.hostile(), file);
        parse(Files.readString(file));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
