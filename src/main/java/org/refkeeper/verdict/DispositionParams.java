package org.refkeeper.verdict;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a Content-Disposition header ({@code attachment; filename="a b.pdf"; filename*=UTF-8''a}),
 * names in lower case, the first of each kept; quoted strings unescaped. One pass over the header, whatever its
 * length: a site controls every byte of it.
 */
final class DispositionParams {
    private DispositionParams() {
    }

    static Map<String, String> of(String given) {
        Map<String, String> params = new LinkedHashMap<>();
        int first = given.indexOf(';');
        // the disposition type comes first; a header of parameters alone is read as if it had an empty one
        String header = given.substring(0, first < 0 ? given.length() : first).contains("=") ? ";" + given : given;
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i = skipSpaces(header, i + 1);
            int nameStart = i;
            while (i < header.length() && header.charAt(i) != '=' && header.charAt(i) != ';') {
                i++;
            }
            if (i >= header.length() || header.charAt(i) == ';') {
                continue; // a parameter without a value
            }
            String name = header.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            i = skipSpaces(header, i + 1);
            StringBuilder value = new StringBuilder();
            if (i < header.length() && header.charAt(i) == '"') {
                for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
                    if (header.charAt(i) == '\\' && i + 1 < header.length()) {
                        i++;
                    }
                    value.append(header.charAt(i));
                }
                i = header.indexOf(';', i);
            } else {
                int end = header.indexOf(';', i);
                value.append(header, i, end < 0 ? header.length() : end);
                i = end;
                String trimmed = value.toString().strip();
                value.setLength(0);
                value.append(trimmed);
            }
            params.putIfAbsent(name, value.toString());
        }
        return params;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
