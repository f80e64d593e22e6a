package org.refkeeper.store;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The archive's past, read from git: runs as commits, WHEN resolved to a commit, files as they were. */
public final class CommitLog {
    private static final Pattern RUN_SUBJECT = Pattern.compile("^run (\\d{8}T\\d{6}Z(?:-\\d+)?):");
    private static final Pattern RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z(?:-\\d+)?");
    private final GitRepository git;

    CommitLog(GitRepository git) {
        this.git = git;
    }

    /** The subject line a run's commit starts with; {@link #runOf} reads it back. */
    public static String subject(String runId, String summary) {
        return "run " + runId + ": " + summary;
    }

    public static Optional<String> runOf(CommitInfo commit) {
        Matcher m = RUN_SUBJECT.matcher(commit.subject());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Every commit, newest first. */
    public List<CommitInfo> commits() throws IOException {
        return git.log(Optional.empty());
    }

    /** The commits that changed one file, newest first. */
    public List<CommitInfo> commitsTouching(String path) throws IOException {
        return git.log(Optional.of(path));
    }

    /** The commit of a run, if the run was committed. */
    public Optional<CommitInfo> commitOfRun(String runId) throws IOException {
        for (CommitInfo c : commits()) {
            if (runOf(c).filter(runId::equals).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The commit that WHEN names: a run id ({@code 20261129T120000Z}), a date ({@code 2026-11-29}: the last
     * commit of that day, UTC), an instant ({@code 2026-11-29T12:00:00Z}: the last commit at or before it),
     * or a git revision (a commit id or its prefix).
     */
    public CommitInfo resolve(String when) throws IOException {
        Optional<CommitInfo> found;
        if (RUN_ID.matcher(when).matches()) {
            found = commitOfRun(when);
        } else if (when.matches("\\d{4}-\\d{2}-\\d{2}")) {
            found = lastAtOrBefore(parseDate(when).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1));
        } else if (when.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            found = lastAtOrBefore(parseInstant(when));
        } else {
            found = git.resolve(when);
        }
        return found.orElseThrow(() -> new BadInputException("no run, date or commit in the archive matches '"
                + when + "'; see 'refkeeper log' for the runs"));
    }

    /** A file's text as committed in {@code sha}, if it existed there. */
    public Optional<String> textAt(String sha, String path) throws IOException {
        return git.read(sha, path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public Optional<byte[]> bytesAt(String sha, String path) throws IOException {
        return git.read(sha, path);
    }

    /** A unified diff of two texts (empty when they are equal). */
    public static String diff(String fromLabel, String from, String toLabel, String to) throws IOException {
        return GitRepository.unifiedDiff(fromLabel, from, toLabel, to);
    }

    private Optional<CommitInfo> lastAtOrBefore(Instant t) throws IOException {
        return commits().stream().filter(c -> !c.time().isAfter(t)).findFirst();
    }

    private static LocalDate parseDate(String s) throws BadInputException {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + s + "' is not a date; write it as 2026-11-29");
        }
    }

    private static Instant parseInstant(String s) throws BadInputException {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + s + "' is not a time; write it as 2026-11-29T12:00:00Z");
        }
    }
}
