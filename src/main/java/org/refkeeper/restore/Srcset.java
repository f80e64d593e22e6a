package org.refkeeper.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The candidates of a {@code srcset} attribute ("a.png 1x, b.png 2x"), each address rewritten. */
final class Srcset {
    private Srcset() {
    }

    /**
     * @param local the new address for an address as written; empty drops that candidate
     * @return the rewritten attribute; empty when no candidate is left
     */
    static Optional<String> rewrite(String srcset, Function<String, Optional<String>> local) {
        List<String> kept = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int d = i;
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
                descriptor = srcset.substring(d, i).strip();
            }
            if (!url.isEmpty()) {
                String d = descriptor;
                local.apply(url).ifPresent(to -> kept.add(d.isEmpty() ? to : to + " " + d));
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", kept));
    }
}
