package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditRequestTest {

    @Test
    void aPolicyUrlIsToldFromAFileWhateverTheSchemeCase() {
        assertThat(AuditRequest.isUrl("https://www.example.com/privacy")).isTrue();
        assertThat(AuditRequest.isUrl("HTTPS://www.example.com/privacy")).isTrue();
        assertThat(AuditRequest.isUrl("http://example.com/p.pdf")).isTrue();
        assertThat(AuditRequest.isUrl("privacy/https.html")).isFalse();
        assertThat(AuditRequest.isUrl("/tmp/policy.pdf")).isFalse();
    }

    @Test
    void aTargetWithoutSchemeMeansHttpsAndAnEmptyPathMeansSlash() {
        assertThat(AuditRequest.parseTarget("www.example.com")).hasToString("https://www.example.com/");
        assertThatThrownBy(() -> AuditRequest.parseTarget("http://exa mple.com/")).hasMessageContaining("not a valid URL");
    }
}
