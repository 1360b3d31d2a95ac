package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyAnalysis;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
    @Test
    void print() throws Exception {
        for (String f : System.getProperty("scratch.files", "").split(":")) {
            if (f.isEmpty()) continue;
            PolicyAnalysis a = new PolicyReader().read(PolicyInput.fromFile(Path.of(f)));
            System.out.println("SCRATCH " + f + " -> " + a.controller());
            a.claims().stream().filter(c -> c.type().name().equals("CONTROLLER")).forEach(c -> System.out.println("SCRATCH   " + c));
            System.out.println("SCRATCH  evidence " + a.art13Evidence().get(dev.candor.model.policy.Art13Element.CONTROLLER_CONTACT));
        }
    }
}
