package org.refkeeper.store;

import java.time.Instant;

/** One commit of the archive's history. */
public record CommitInfo(String sha, Instant time, String message) {
    public String shortSha() {
        return sha.substring(0, 10);
    }

    public String subject() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
