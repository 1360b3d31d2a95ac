package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.policy.VendorMention;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or careless site may serve as its policy: thousands of nested elements, a
 * paragraph without sentence breaks, a document far larger than any policy. The reader must
 * finish and report what it read; speed itself is measured by {@code bench/policy-bench.sh}.
 */
class PolicyReaderBoundsTest {
    private static final String POLICY = "We use Google Analytics to measure how visitors use our website, and Hotjar is "
            + "not used, e.g. for heat maps, i.e. no recordings are made. Data is kept for 14 days. ";

    private final PolicyReader reader = new PolicyReader();

    @Test
    void deeplyNestedHtmlIsReadWithoutOverflow() {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><body><main>");
        html.append("<div><span>".repeat(6_000)).append("<p>").append(POLICY.repeat(3)).append("</p>");
        html.append("<ul><li>".repeat(3_000)).append(POLICY).append("</li></ul>".repeat(3_000));
        html.append("</span></div>".repeat(6_000)).append("</main></body></html>");

        PolicyAnalysis a = reader.read(new PolicyInput.Html(html.toString(), "https://deep.example/privacy", "deep"));

        assertThat(a.status()).isEqualTo(ReadStatus.READ);
        assertThat(a.vendors()).extracting(VendorMention::name).contains("Google Analytics").doesNotContain("Hotjar");
    }

    @Test
    void longParagraphWithoutBreaksIsReadCompletely() {
        // one "sentence" of ~1 MB: commas and abbreviations, no full stop that ends a sentence
        String clause = "we use Google Analytics, z. B. for statistics, and Hotjar is not used, e.g. for recordings, ";
        StringBuilder text = new StringBuilder("Privacy policy\n\nThis policy explains how we process personal data. ");
        while (text.length() < 1_000_000) {
            text.append(clause);
        }
        text.append("and data is kept for 14 days.");

        PolicyAnalysis a = reader.read(new PolicyInput.PlainText(text.toString(), "long"));

        assertThat(a.status()).isEqualTo(ReadStatus.READ);
        assertThat(a.vendors()).extracting(VendorMention::name).contains("Google Analytics").doesNotContain("Hotjar");
        assertThat(a.problems()).anyMatch(p -> p.contains("the rest was not read"));
    }

    @Test
    void manyParagraphsUpToTheBoundAreRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5_000_000; i++) {
            text.append("Section ").append(i).append("\n\n").append(POLICY).append("\n\n");
        }

        PolicyAnalysis a = reader.read(new PolicyInput.PlainText(text.toString(), "five-megabytes"));

        assertThat(a.status()).isEqualTo(ReadStatus.READ);
        assertThat(a.vendors()).extracting(VendorMention::name).containsExactly("Google Analytics");
        assertThat(a.problems()).singleElement().asString().contains("longer than " + DocumentBuilder.MAX_CHARS);
    }

    @Test
    void unclosedMarkdownBracketsDoNotRescanTheParagraph() {
        String md = "# Privacy\n\n" + "[".repeat(200_000) + " We use [Google Analytics](https://analytics.google.com). "
                + POLICY;

        PolicyAnalysis a = reader.read(new PolicyInput.Markdown(md, "brackets"));

        assertThat(a.vendors()).extracting(VendorMention::name).contains("Google Analytics");
    }
}
