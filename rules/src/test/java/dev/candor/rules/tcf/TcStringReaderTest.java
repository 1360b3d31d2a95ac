package dev.candor.rules.tcf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.TcDecoded;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Strings written by IAB Tech Lab's JavaScript encoder ({@code @iabtcf/core} 1.5.6, the one the TCF
 * fixture sites run), read by its Java decoder; and hostile input, which must end in a reason.
 */
class TcStringReaderTest {

    /** Purposes 1, 2, 3, 4, 7 consented; vendors 9001, 9002; LI purpose 7, vendor 9001; CMP 421 v3; DE. */
    static final String ACCEPT_ALL = "CQumbsAQumbsAGlADAENAwEgAPIAAAIAAAYhGVQAZGUkZURlMAERlIAA.YAAAAAAAAAAA";
    /** Nothing consented. */
    static final String REJECT_ALL = "CQumbsAQumbsAGlADAENAwEgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA";
    /** Legitimate interest for purposes 2, 3, 4; vendor 9001. */
    static final String LI_3_4 = "CQumbsAQumbsAGlADAENAwEgAAAAAHAAAAYgAACMpgAiMpAA.YAAAAAAAAAAA";

    @Test
    void anAcceptAllStringReadsAsItWasWritten() {
        TcDecoded d = TcStringReader.read(ACCEPT_ALL).decoded();
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.cmpId()).isEqualTo(421);
        assertThat(d.cmpVersion()).isEqualTo(3);
        assertThat(d.policyVersion()).isEqualTo(4);
        assertThat(d.vendorListVersion()).isEqualTo(48);
        assertThat(d.publisherCountry()).isEqualTo("DE");
        assertThat(d.purposesConsent()).containsExactly(1, 2, 3, 4, 7);
        assertThat(d.purposesLegitimateInterest()).containsExactly(7);
        assertThat(d.vendorConsentCount()).isEqualTo(2);
        assertThat(d.vendorConsents()).containsExactly(9001, 9002);
        assertThat(d.vendorLegitimateInterests()).containsExactly(9001);
        assertThat(d.specialFeatureOptIns()).isEmpty();
        assertThat(d.created()).isNotNull();
        assertThat(d.anyConsent()).isTrue();
    }

    @Test
    void aRejectAllStringHoldsNoConsentAndLegitimateInterestIsNotConsent() {
        assertThat(TcStringReader.read(REJECT_ALL).decoded().anyConsent()).isFalse();
        TcDecoded li = TcStringReader.read(LI_3_4).decoded();
        assertThat(li.purposesLegitimateInterest()).containsExactly(2, 3, 4);
        assertThat(li.anyConsent()).isFalse();
    }

    @Test
    void hostileStringsAreUndecodableWithAReasonNeverAnException() {
        assertThat(TcStringReader.read(null).problem()).isEqualTo("empty");
        assertThat(TcStringReader.read("<img src=x onerror=alert(1)>").problem()).startsWith("not base64url");
        assertThat(TcStringReader.read("A".repeat(20_000)).problem()).startsWith("longer than");
        assertThat(TcStringReader.read("CQ").problem()).startsWith("undecodable");
        // every cut of a real string, and random bytes: each ends in a decoding or a reason
        for (int i = 1; i < ACCEPT_ALL.length(); i++) {
            assertReadable(ACCEPT_ALL.substring(0, i));
        }
        Random random = new Random(12);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                bytes[0] = (byte) 0x08; // version 2 in the first six bits, so the decoder goes further in
            }
            assertReadable(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
    }

    private static void assertReadable(String raw) {
        TcStringReader.Reading r = TcStringReader.read(raw);
        assertThat(r.decoded() == null).as(raw).isEqualTo(r.problem() != null);
    }
}
