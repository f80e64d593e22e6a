package org.refkeeper.foreign;

/** A page of an imported file that does not become a capture, and why, in words. */
public record ImportSkip(String file, String url, String reason) {
}
