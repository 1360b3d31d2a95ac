package dev.candor.rules.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company and association register numbers as policies and imprints write them, one scheme per
 * register: Danish CVR, German HRA/HRB and VR (Vereinsregister), UK company and charity numbers,
 * Irish CRO, Dutch KvK, French SIRET, SIREN and RCS, Spanish CIF/NIF, Italian P.IVA and US EIN.
 * Each is given as written ("CVR-nr. 10150817", "KvK-nummer 40123456"), or as the register's short name and
 * the number where words stand between them ("RCS de Lyon sous le numéro …" is "RCS 812 345 678").
 */
final class RegisterNumbers {
    /** A register: how its number is written (group "n"; group "w" the part written as one), and its short name. */
    private record Scheme(Pattern pattern, String label) {
        /** As written when label and number stand together ("CVR-nr. 10150817"), else "KvK 51234567". */
        String write(Matcher m) {
            int from = m.start("w");
            boolean together = m.start("n") - from <= MAX_GAP;
            // a table's cell boundary between label and number ("KvK | 61131075") is no part of what is written
            return together ? m.group("w").strip().replaceAll("\\s*\\|\\s*", " ") : label + " " + m.group("n").strip();
        }
    }

    /** Label, punctuation and a word such as "-nr." or "nummer" between a register's name and its number. */
    private static final int MAX_GAP = 14;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Scheme> SCHEMES = List.of(
            new Scheme(Pattern.compile("(?<w>\\bCVR(?:-?nr\\.?|-?nummer)?\\s*[:.]?\\s*(?<n>\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}))\\b", CI),
                    "CVR"),
            new Scheme(Pattern.compile("(?<w>\\bHR[AB]\\s*[:.]?\\s*(?<n>\\d{2,6}(?:\\s?[A-Z]\\b)?))"), "HRB"),
            // Berlin's and other courts add a letter to the number ("VR 12345 B")
            new Scheme(Pattern.compile("(?:register|amtsgericht)[^\\n]{0,80}?(?<w>\\b(?-i:VR)\\s*[:.]?\\s*(?<n>\\d{2,6}(?:\\s?(?-i:[A-Z])\\b)?))"
                    + "(?![\\p{L}\\d])", CI), "VR"),
            new Scheme(Pattern.compile("(?<w>\\bVereinsregister(?:-?nummer|-?nr\\.?)\\s*[:.]?\\s*(?<n>\\d{2,6}))\\b", CI), "VR"),
            new Scheme(Pattern.compile("(?<w>\\b(?:(?:company|registration|registered|companies house)\\s+(?:number|no\\.?)"
                    + "|registered in england and wales(?:\\s+(?:under|with))?(?:\\s+company)?\\s+(?:number|no\\.?))"
                    + "\\s*[:.]?\\s*(?<n>[A-Z]{0,2}\\d{6,8}))\\b", CI), "Company number"),
            new Scheme(Pattern.compile("(?<w>\\bCRO(?:\\s+(?:number|no\\.?))?\\s*[:.]?\\s*(?<n>\\d{5,7}))\\b", CI), "CRO"),
            new Scheme(Pattern.compile("(?<w>\\bcharity\\s+(?:number|no\\.?|registration number)\\s*[:.]?\\s*(?<n>\\d{6,8}))\\b", CI),
                    "Charity number"),
            new Scheme(Pattern.compile("(?<w>\\b(?:KvK|K\\.v\\.K\\.|Kamer van Koophandel)(?:-?nummer|-?nr\\.?)?[^\\d\\n]{0,30}?"
                    + "(?<n>\\d{8}))\\b", CI), "KvK"),
            new Scheme(Pattern.compile("(?<w>\\bSIRET\\b[^\\d\\n]{0,12}(?<n>\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?\\d{5}))\\b", CI), "SIRET"),
            new Scheme(Pattern.compile("(?<w>\\bRCS\\b[^\\d\\n]{0,50}?(?<n>\\d{3}\\s?\\d{3}\\s?\\d{3}))\\b"), "RCS"),
            new Scheme(Pattern.compile("(?<w>\\bSIREN\\b[^\\d\\n]{0,12}(?<n>\\d{3}\\s?\\d{3}\\s?\\d{3}))\\b", CI), "SIREN"),
            new Scheme(Pattern.compile("(?<w>\\b(?:C\\.?I\\.?F\\.?|N\\.?I\\.?F\\.?)(?![\\p{L}])\\s*[:.]?\\s*"
                    + "(?:ES)?(?<n>[A-Z]-?\\d{7,8}[A-Z\\d]?|\\d{8}-?[A-Z]))\\b"), "CIF"),
            new Scheme(Pattern.compile("(?<w>\\b(?:P\\.\\s?IVA|Partita IVA|P\\.\\s?I\\.)(?:\\s*e\\s*C\\.F\\.)?\\s*[:.]?\\s*(?:IT\\s?)?(?<n>\\d{11}))\\b",
                    CI), "P.IVA"),
            new Scheme(Pattern.compile("(?<w>\\bEIN\\s*[:#]?\\s*(?<n>\\d{2}-\\d{7}))\\b"), "EIN"));

    private RegisterNumbers() {
    }

    /** The first register number the text gives, or null. */
    static String find(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Scheme s : SCHEMES) {
            Matcher m = s.pattern().matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = s.write(m);
            }
        }
        return best;
    }
}
