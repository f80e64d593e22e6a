package org.refkeeper.chromium;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies one page may keep in memory ({@link BodyLimits}), spent as they are read, and what was left out
 * for want of room, in words. One per page; used on the thread that drives it.
 */
public final class PageBudget {
    private static final int URL_IN_MESSAGE = 200;
    private static final int MOST_NOTES = 20;

    private final BodyLimits limits;
    private final List<String> omissions = new ArrayList<>();
    private final List<String> unmeasured = new ArrayList<>();
    private long spent;

    public PageBudget(BodyLimits limits) {
        this.limits = limits;
    }

    /**
     * Whether a body of {@code size} decoded bytes may be read, booking it if so; otherwise notes why it is left
     * out. A size of -1 is one nothing could tell, which is not read: it could be any size.
     */
    public boolean admit(String url, long size) {
        if (size < 0) {
            unmeasured.add(url);
            return false;
        }
        if (size > limits.perBody()) {
            omit(url, BodyLimits.megabytes(size) + ", over the limit of " + BodyLimits.megabytes(limits.perBody())
                    + " for one body");
            return false;
        }
        if (spent + size > limits.perPage()) {
            omit(url, "the page's bodies reached the limit of " + BodyLimits.megabytes(limits.perPage()));
            return false;
        }
        spent += size;
        return true;
    }

    public long perBody() {
        return limits.perBody();
    }

    public void omit(String url, String why) {
        omissions.add("body of " + shorter(url) + " left out: " + why);
    }

    private static String shorter(String url) {
        return url.length() > URL_IN_MESSAGE ? url.substring(0, URL_IN_MESSAGE) + "..." : url;
    }

    /** Notes something else the capture lacks, e.g. part of its screenshot. */
    public void note(String omission) {
        omissions.add(omission);
    }

    /** In words; the bodies of unknown size in one line, and no more than a screenful: some pages have thousands. */
    public List<String> omissions() {
        List<String> out = new ArrayList<>(omissions.subList(0, Math.min(omissions.size(), MOST_NOTES)));
        if (omissions.size() > MOST_NOTES) {
            out.add("and " + (omissions.size() - MOST_NOTES) + " more left out like these");
        }
        if (!unmeasured.isEmpty()) {
            out.add("bodies of " + unmeasured.size() + " responses left out: nothing told their size before reading"
                    + " them (compressed or unsized, from another origin); first: " + shorter(unmeasured.get(0)));
        }
        return out;
    }
}
