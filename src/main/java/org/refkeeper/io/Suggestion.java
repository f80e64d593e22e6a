package org.refkeeper.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known word a user most likely meant: for "unknown key" messages that say what to write instead. */
public final class Suggestion {
    private Suggestion() {
    }

    /** The known word closest to {@code typed} by edit distance, ignoring case, if it is close enough to be a typo. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : known) {
            int d = distance(t, word.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        // a third of the word may be wrong: hostDelayMilis, hostdelay, notess; not a different word altogether
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** " did you mean "x"?" or nothing: to append to a message. */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(w -> "; did you mean \"" + w + "\"?").orElse("");
    }

    /** Levenshtein distance; keys are short, and a typed key longer than 200 characters is no typo of one. */
    private static int distance(String a, String b) {
        if (a.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
