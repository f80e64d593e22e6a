package org.refkeeper.sites;

import org.refkeeper.content.Text;

/**
 * Text that a regular expression may read only so often: a budget of character reads proportional to its length,
 * after which the match gives up ({@link Exhausted}) instead of backtracking for hours over a page.
 */
final class BoundedText implements CharSequence {
    /** Reads allowed per character of text: generous for any sane expression, far below catastrophic backtracking. */
    private static final long READS_PER_CHAR = 200;
    private static final long MIN_READS = 1_000_000;

    private final CharSequence text;
    private final long[] left; // shared by the subsequences the matcher makes

    BoundedText(CharSequence text) {
        this(text, new long[] {Math.max(MIN_READS, text.length() * READS_PER_CHAR)});
    }

    private BoundedText(CharSequence text, long[] left) {
        this.text = text;
        this.left = left;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The budget is spent. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("regular expression gave up: too much backtracking", null, false, false);
        }
    }
}
