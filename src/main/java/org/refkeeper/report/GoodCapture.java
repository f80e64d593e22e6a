package org.refkeeper.report;

import java.time.Instant;

/** The last capture of a source that showed the article: what restore and diff fall back on. */
public record GoodCapture(Instant at, String bundle, String fingerprint, int httpStatus, String finalUrl) {
}
