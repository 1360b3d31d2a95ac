package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that acts on the data as the subject of the policy's sentences ("X conserve les données …",
 * "X garantiza la privacidad de estos datos", "example.org collects …"): short notices often never call it the
 * controller. Taken only when nothing designates one, and only a name that cannot be a common noun: two or more
 * capitalised words, a camel-case brand or a domain (not an acronym, which is as often a law's: "BDSG regelt …"),
 * used as subject at least once and written twice.
 */
final class DataActor {
    /** A record of the actor: its name and the first sentence it acts in. */
    record Found(String name, Sentence sentence) {
    }

    private static final Pattern DOMAIN = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.\\p{Ll}{2,6}(?=[\\s,])");
    /** "X, en adelante Y," / "X, ci-après « Y »," : an alias clause between the subject and its verb. */
    private static final Pattern ALIAS_CLAUSE = Pattern.compile("^\\s*,\\s*(?:en adelante|ci-après|ci-dessous|nachfolgend|im folgenden"
            + "|hereinafter|in seguito|di seguito|hierna|herefter)\\b[^,]{1,40},", Lexicon.FLAGS);
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\([^()]{1,30}\\)");
    /** The verb: a lower-case word right after the subject. */
    private static final Pattern VERB_NEXT = Pattern.compile("^\\s+\\p{Ll}");
    /** A capitalised word, also after an elided article or preposition ("d’Amilly"). */
    private static final Pattern CAPITALISED = Pattern.compile("(?:[dlDL]['’])?\\p{Lu}");

    private final List<Sentence> sentences;
    private final Lexicon lex;
    private final ControllerDesignation names;
    private final String text;
    private final boolean german;
    /** Names given an alias ("X, en adelante Y,"): a definition, as good as writing the name twice. */
    private final java.util.Set<String> aliased = new java.util.HashSet<>();

    /** {@code names} accepts a name if it may be one (not a vendor, not a common word). */
    DataActor(List<Sentence> sentences, String text, Lexicon lex, ControllerDesignation names, boolean german) {
        this.sentences = sentences;
        this.text = text;
        this.lex = lex;
        this.names = names;
        this.german = german;
    }

    /** The actor named most often as subject, the first one on a tie; null when there is none. */
    Found find() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Sentence> first = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (s.heading() || !NegationScope.any(lex.patterns("dataWord"), s.text())) {
                continue;
            }
            String name = subject(s.text());
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
                first.putIfAbsent(name, s);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if ((best == null || e.getValue() > counts.get(best)) && (occurrences(e.getKey()) >= 2 || aliased.contains(e.getKey()))) {
                best = e.getKey();
            }
        }
        return best == null ? null : new Found(best, first.get(best));
    }

    /** The name a sentence opens with when a verb follows it, else null. */
    private String subject(String t) {
        String rest = NameShape.ARTICLE.matcher(t.strip()).replaceFirst("");
        String lead = "";
        Matcher descriptor = NameShape.DESCRIPTOR.matcher(rest);
        if (descriptor.lookingAt()) {
            // "l'association Les Amis …": after the descriptor an article belongs to the name
            rest = rest.substring(descriptor.end());
            Matcher article = NameShape.CAPITAL_ARTICLE.matcher(rest);
            if (article.lookingAt()) {
                lead = article.group();
                rest = rest.substring(article.end());
            }
        }
        Matcher domain = DOMAIN.matcher(rest);
        boolean isDomain = domain.find();
        String name = isDomain ? domain.group() : NameShape.leadingName(rest);
        if (name == null || !rest.startsWith(name)) {
            return null;
        }
        String after = rest.substring(name.length());
        Matcher acronym = ACRONYM_AFTER.matcher(after);
        if (acronym.lookingAt()) {
            after = after.substring(acronym.end());
        }
        Matcher alias = ALIAS_CLAUSE.matcher(after);
        boolean hasAlias = alias.lookingAt();
        if (hasAlias) {
            after = after.substring(alias.end());
        }
        if (!VERB_NEXT.matcher(after).lookingAt() || !distinctive(name, isDomain)) {
            return null;
        }
        String accepted = names.accept(lead + name, !lead.isEmpty());
        if (accepted != null && hasAlias) {
            aliased.add(accepted);
        }
        return accepted;
    }

    /** A name that cannot be a common noun or a sentence's opening words. */
    private boolean distinctive(String name, boolean isDomain) {
        String bare = name.replaceAll("\\s*\\([^)]*\\)$", "");
        String[] words = bare.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> CAPITALISED.matcher(w).lookingAt()).count();
        if (isDomain || words.length == 1 && bare.length() > 2
                && Character.isLowerCase(bare.charAt(0)) && !bare.equals(bare.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return capitalised >= 2 && !new CommonNouns(java.util.Set.of(), german).isNoun(bare);
    }

    private int occurrences(String name) {
        String core = name.replaceAll("\\s*\\([^)]*\\)$", "");
        int n = 0;
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length())) {
            n++;
        }
        return n;
    }
}
