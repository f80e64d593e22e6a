package org.refkeeper.verdict;

import org.refkeeper.sites.Titles;

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
            case UNREAD -> unread(now, past);
            case GONE -> new Verdict(State.VANISHED, now.reason(), false, now.movedTo());
            case WALL -> new Verdict(State.BLOCKED, now.reason(), false, now.movedTo());
            case TEMPORARY -> new Verdict(State.UNREACHABLE, now.reason(), false, now.movedTo());
            case BROKEN -> new Verdict(State.ERROR, now.reason(), false, now.movedTo());
        };
    }

    private static Verdict good(Assessment now, Optional<Previous> past) {
        Optional<String> last = past.flatMap(Previous::goodFingerprint);
        boolean lastUnread = last.map(Fingerprint::isUnread).orElse(false);
        boolean same = last.map(now.fingerprint()::equals).orElse(false);
        String comparison = last.isEmpty() ? "first good capture"
                : lastUnread ? "read by its site rule again, not compared with the copy kept unread"
                : same ? "main text unchanged" : "main text differs";
        comparison += now.note().map(n -> "; " + n).orElse("");
        if (vanished(past)) {
            return new Verdict(State.NEW, "reappeared; " + comparison, true, now.movedTo());
        }
        State state = last.isEmpty() || lastUnread ? State.NEW : same ? State.UNCHANGED : State.CHANGED;
        return new Verdict(state, comparison, false, now.movedTo());
    }

    /**
     * A page its site rule could not read is kept all the same, and never called changed or vanished for it:
     * a site that changes its pages would otherwise turn every source of it "changed" at once. A source with no
     * copy yet is {@code new}; one whose last copy its rule read is {@code error}, the page kept (the rule needs
     * an update, and the capture cannot be compared with one the rule read); after that, pages kept unread are
     * compared with each other.
     */
    private static Verdict unread(Assessment now, Optional<Previous> past) {
        String kept = "kept unread: " + now.reason();
        Optional<String> last = past.flatMap(Previous::goodFingerprint);
        if (vanished(past)) {
            return new Verdict(State.NEW, "reappeared; " + kept, true, now.movedTo());
        }
        if (last.isEmpty()) {
            return new Verdict(State.NEW, kept, false, now.movedTo());
        }
        if (!Fingerprint.isUnread(last.get())) {
            return new Verdict(State.ERROR, kept + "; not compared with the last copy the rule read", false,
                    now.movedTo(), true);
        }
        boolean same = last.get().equals(now.fingerprint());
        return new Verdict(same ? State.UNCHANGED : State.CHANGED,
                (same ? "page text unchanged; " : "page text differs; ") + kept, false, now.movedTo());
    }

    private static boolean vanished(Optional<Previous> past) {
        return past.map(p -> p.state() == State.VANISHED).orElse(false);
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
