package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.VendorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short policy snippets written for the tests (no real policy's text), framed as a document of
 * their language: a title, the snippet, and a neutral paragraph so the language is recognised.
 */
final class SnippetPolicies {
    private static final PolicyReader READER = new PolicyReader();

    private static final Map<String, String> TITLE = Map.of("en", "Privacy policy", "de", "Datenschutzerklärung",
            "da", "Privatlivspolitik", "fr", "Politique de confidentialité", "nl", "Privacyverklaring",
            "it", "Informativa sulla privacy", "es", "Política de privacidad");

    private static final Map<String, String> FILLER = Map.of(
            "en", "We explain here how we handle the information that you give us when you use our website and what "
                    + "you can do about it if you have any questions about it.",
            "de", "Wir erklären hier, wie wir mit den Informationen umgehen, die Sie uns bei der Nutzung unserer Website "
                    + "geben, und was Sie tun können, wenn Sie Fragen dazu haben.",
            "da", "Vi forklarer her, hvordan vi behandler de oplysninger, som du giver os, når du bruger vores hjemmeside, "
                    + "og hvad du kan gøre, hvis du har spørgsmål til det.",
            "fr", "Nous expliquons ici comment nous traitons les informations que vous nous donnez lorsque vous utilisez "
                    + "notre site et ce que vous pouvez faire si vous avez des questions à ce sujet.",
            "nl", "Wij leggen hier uit hoe wij omgaan met de informatie die u ons geeft wanneer u onze website gebruikt "
                    + "en wat u kunt doen als u daar vragen over heeft.",
            "it", "Qui spieghiamo come trattiamo le informazioni che ci fornite quando utilizzate il nostro sito e che cosa "
                    + "potete fare se avete domande al riguardo.",
            "es", "Aquí explicamos cómo tratamos la información que nos facilita cuando utiliza nuestro sitio web y qué "
                    + "puede hacer si tiene alguna pregunta al respecto.");

    private SnippetPolicies() {
    }

    /** The snippet read as a Markdown policy in {@code lang}. */
    static PolicyAnalysis read(String lang, String snippet) {
        String body = "# " + TITLE.get(lang) + "\n\n" + snippet + "\n\n## Info\n\n" + FILLER.get(lang) + "\n";
        return READER.read(new PolicyInput.Markdown(body, "snippet-" + lang + ".md"));
    }

    /** The vendor names reported, as read and as written. */
    static List<String> vendorNames(PolicyAnalysis a) {
        List<String> out = new ArrayList<>();
        for (VendorMention m : a.vendors()) {
            out.add(m.name());
            if (m.written() != null && !m.written().equals(m.name())) {
                out.add(m.written());
            }
        }
        return out;
    }

    /** Whether a reported vendor is the one expected, legal forms and punctuation aside. */
    static boolean reports(PolicyAnalysis a, String expected) {
        String want = key(expected);
        return vendorNames(a).stream().map(SnippetPolicies::key).anyMatch(want::equals);
    }

    /** Names compared without case, punctuation or a trailing legal form. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return k.replaceAll("\\s+(gmbh|ag|a s|aps|ltd|limited|llc|inc|plc|b v|bv|sas|sa|sarl|srl|s r l|s p a|spa|s l|sl"
                + "|e v|ev)$", "").strip();
    }
}
