package dev.candor.core;

import static org.junit.jupiter.api.Assertions.fail;

import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.ScanException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The browser for integration tests: on CI a missing browser fails the test; elsewhere it aborts it with the install hint. */
public final class RequiredChromium {

    private RequiredChromium() {}

    public static Path locate() {
        try {
            return new ChromiumLocator().locate(null);
        } catch (ScanException e) {
            if (System.getenv("CI") != null) {
                fail("CI needs a browser: " + e.getMessage());
            }
            Assumptions.abort(e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
