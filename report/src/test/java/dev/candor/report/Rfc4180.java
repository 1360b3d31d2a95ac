package dev.candor.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end in CRLF, a quoted field holds anything
 * with quotes doubled, and anything else (a bare CR or LF, a quote inside an unquoted field, text
 * after a closing quote, an unterminated quote) is an error, not a guess.
 */
final class Rfc4180 {

    private Rfc4180() {}

    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                i = quoted(text, i + 1, field);
                fieldStart = false;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF at " + i);
            } else if (c == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field, or text after a closing quote, at " + i);
            } else if (!fieldStart && field.length() > 0 && text.charAt(i - 1) == '"') {
                throw new IllegalArgumentException("text after a closing quote at " + i);
            } else {
                field.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return rows;
    }

    /** Reads a quoted field's content from {@code i} (after the opening quote); returns the index after the closing quote. */
    private static int quoted(String text, int i, StringBuilder field) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                int next = i + 1;
                if (next < text.length() && text.charAt(next) != ',' && text.charAt(next) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + next);
                }
                return next;
            }
            field.append(c);
            i++;
        }
        throw new IllegalArgumentException("unterminated quoted field");
    }
}
