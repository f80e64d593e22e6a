package org.refkeeper.verdict;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The state of a source: today's assessment against its past (DESIGN.md, "States of a source"). */
public final class Verdicts {
    // Titles at least this similar (Dice coefficient of character pairs) are the same title with a fix.
    private static final double SAME_TITLE = 0.6;
    /** A file's live title is its file name ("1707.06168.pdf"), which says nothing about which paper it is. */
    private static final Pattern FILE_NAME = Pattern.compile("\\S+\\.[A-Za-z][A-Za-z0-9]{1,4}");

    private Verdicts() {
    }

    public static Verdict decide(Assessment now, Optional<Previous> past) {
        return switch (now.outcome()) {
            case GOOD -> good(now, past);
            case GONE -> new Verdict(State.VANISHED, now.reason(), false, now.movedTo());
            case WALL -> new Verdict(State.BLOCKED, now.reason(), false, now.movedTo());
            case TEMPORARY -> new Verdict(State.UNREACHABLE, now.reason(), false, now.movedTo());
            case BROKEN -> new Verdict(State.ERROR, now.reason(), false, now.movedTo());
        };
    }

    private static Verdict good(Assessment now, Optional<Previous> past) {
        Optional<String> last = past.flatMap(Previous::goodFingerprint);
        boolean same = last.map(now.fingerprint()::equals).orElse(false);
        String comparison = last.isEmpty() ? "first good capture" : same ? "main text unchanged" : "main text differs";
        if (past.map(p -> p.state() == State.VANISHED).orElse(false)) {
            return new Verdict(State.NEW, "reappeared; " + comparison, true, now.movedTo());
        }
        State state = last.isEmpty() ? State.NEW : same ? State.UNCHANGED : State.CHANGED;
        return new Verdict(state, comparison, false, now.movedTo());
    }

    /**
     * Whether the page now shows another article than the one cited: the titles differ beyond whitespace,
     * punctuation, case and width, the cited title is not a prefix (a truncated form) of the live one nor the
     * other way round (a site name appended), and they are not near-identical (a typo fixed, numbers the same).
     * An empty title on either side, or a file name as the live one, proves nothing and gives false.
     */
    public static boolean titleDiffers(String cited, String live) {
        if (live != null && FILE_NAME.matcher(live.strip()).matches()) {
            return false;
        }
        String a = letters(cited);
        String b = letters(live);
        if (a.isEmpty() || b.isEmpty() || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        return !numbers(a).equals(numbers(b)) || dice(a, b) < SAME_TITLE;
    }

    // "周刊 #026" and "周刊 #027" are near-identical strings but two issues.
    private static List<String> numbers(String s) {
        return Pattern.compile("\\d+").matcher(s).results().map(MatchResult::group).toList();
    }

    // NFKC folds full-width forms; what is left of the title is its letters and digits, lower case.
    private static String letters(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static double dice(String a, String b) {
        Set<String> pa = pairs(a);
        Set<String> pb = pairs(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(pa);
        common.retainAll(pb);
        return 2.0 * common.size() / (pa.size() + pb.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> pairs = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }
}
