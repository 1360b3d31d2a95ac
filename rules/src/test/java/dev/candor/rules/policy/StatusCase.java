package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** A snippet written for the tests and the status it gives one Art. 13 element. */
record StatusCase(String lang, String snippet, Art13Status status) {

    /** One dynamic test per case: the snippet read as a policy of its language rates {@code element} as the case says. */
    static Stream<DynamicTest> tests(List<StatusCase> cases, Art13Element element) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " " + c.status().id() + ": " + c.snippet(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).art13().get(element)).isEqualTo(c.status())));
    }
}
