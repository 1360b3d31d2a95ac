package dev.candor.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goals' parameters, as the plugin descriptor Maven reads declares them, are exactly the
 * vocabulary's settings of each goal: same names, {@code candor.<id>} properties and defaults. The
 * CLI builds its options from the same vocabulary, so the two adapters cannot drift apart.
 */
class SettingParityTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyGoalTakesExactlyItsSettingsWithTheirPropertiesAndDefaults() throws Exception {
        assertThat(DESCRIPTOR).as("the plugin descriptor (maven-plugin-plugin runs before the tests)").exists();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        NodeList mojos = doc.getElementsByTagName("mojo");
        int goals = 0;
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Setting.Use use = java.util.Arrays.stream(Setting.Use.values()).filter(u -> u.goal().orElse("").equals(goal)).findFirst()
                    .orElseThrow(() -> new AssertionError("goal " + goal + " has no Setting.Use"));
            goals++;
            Map<String, String[]> declared = new TreeMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList params = mojo.getElementsByTagName("parameter");
            for (int p = 0; p < params.getLength(); p++) {
                Element param = (Element) params.item(p);
                if (!"true".equals(text(param, "editable"))) {
                    continue; // read-only project values such as ${project.basedir}
                }
                String name = text(param, "name");
                Element conf = (Element) configuration.getElementsByTagName(name).item(0);
                declared.put(name, new String[] {conf == null ? null : conf.getTextContent().strip(),
                    conf == null || !conf.hasAttribute("default-value") ? null : conf.getAttribute("default-value")});
            }
            Map<String, String[]> expected = new TreeMap<>();
            for (Setting s : Setting.of(use)) {
                expected.put(s.id(), new String[] {"${" + s.property() + "}", s.mavenDefault()});
            }
            assertThat(declared.keySet()).as("parameters of candor:%s", goal).containsExactlyElementsOf(expected.keySet());
            expected.forEach((name, e) -> assertThat(declared.get(name)).as("candor:%s %s (property, default)", goal, name)
                    .containsExactly(e));
        }
        assertThat(goals).isEqualTo((int) java.util.Arrays.stream(Setting.Use.values()).filter(u -> u.goal().isPresent()).count());
    }

    private static String text(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }
}
