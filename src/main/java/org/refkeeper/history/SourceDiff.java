package org.refkeeper.history;

/** What changed in a source's main text between two captures; {@code unified} is empty when nothing did. */
public record SourceDiff(String id, String from, String to, String unified) {
}
