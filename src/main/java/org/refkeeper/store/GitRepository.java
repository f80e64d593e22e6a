package org.refkeeper.store;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The archive folder's git repository: commits, history and blobs at past commits. */
final class GitRepository implements AutoCloseable {
    private static final PersonIdent IDENT_TEMPLATE = new PersonIdent("refkeeper", "refkeeper@localhost");
    private final Git git;
    private final boolean created;

    private GitRepository(Git git, boolean created) {
        this.git = git;
        this.created = created;
    }

    static GitRepository openOrInit(Path root) throws IOException {
        try {
            if (Files.isDirectory(root.resolve(".git"))) {
                return new GitRepository(Git.open(root.toFile()), false);
            }
            return new GitRepository(Git.init().setDirectory(root.toFile()).setInitialBranch("main").call(), true);
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot create the archive's git repository: " + e.getMessage(), e);
        }
    }

    /**
     * Stages every change (new, modified, deleted) under {@code paths} and nowhere else, and commits it, dated
     * {@code when}. Returns the commit id.
     */
    String commit(List<String> paths, String message, Instant when) throws IOException {
        try {
            AddCommand add = git.add();
            AddCommand update = git.add().setUpdate(true);
            for (String path : paths) {
                add.addFilepattern(path);
                update.addFilepattern(path);
            }
            add.call();
            update.call();
            PersonIdent ident = new PersonIdent(IDENT_TEMPLATE, when, ZoneOffset.UTC);
            RevCommit commit = git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).call();
            return commit.getName();
        } catch (GitAPIException e) {
            throw new IOException("cannot commit the run to the archive: " + e.getMessage(), e);
        }
    }

    /**
     * A run killed while git wrote leaves git's own lock files behind, and every later commit would fail on
     * them. We hold the archive's lock, so no other refkeeper is writing: they are stale.
     */
    static void removeStaleLocks(Path root) throws IOException {
        Path git = root.resolve(".git");
        for (String name : List.of("index.lock", "HEAD.lock", "refs/heads/main.lock", "config.lock")) {
            Files.deleteIfExists(git.resolve(name));
        }
    }

    /** Whether the folder had no repository before this one was opened. */
    boolean isNew() {
        return created;
    }

    /** The newest commit's id; empty before the first. */
    Optional<String> head() throws IOException {
        return Optional.ofNullable(git.getRepository().resolve(Constants.HEAD)).map(ObjectId::getName);
    }

    boolean hasCommits() throws IOException {
        return git.getRepository().resolve(Constants.HEAD) != null;
    }

    /** Commits, newest first; only those touching {@code path} when it is given. */
    List<CommitInfo> log(Optional<String> path) throws IOException {
        if (!hasCommits()) {
            return List.of();
        }
        try {
            var log = git.log();
            path.ifPresent(log::addPath);
            List<CommitInfo> out = new ArrayList<>();
            for (RevCommit c : log.call()) {
                out.add(info(c));
            }
            return out;
        } catch (GitAPIException e) {
            throw new IOException("cannot read the archive's history: " + e.getMessage(), e);
        }
    }

    /** The commit a revision string (sha, prefix, HEAD~2, ...) names, if any. */
    Optional<CommitInfo> resolve(String revision) throws IOException {
        ObjectId id;
        try {
            id = git.getRepository().resolve(revision + "^{commit}");
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return Optional.of(info(walk.parseCommit(id)));
        }
    }

    /** The bytes of {@code path} as committed in {@code sha}, if it existed there. */
    Optional<byte[]> read(String sha, String path) throws IOException {
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(sha));
            try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                try (var in = repo.open(tree.getObjectId(0)).openStream()) {
                    return Optional.of(in.readAllBytes());
                }
            }
        }
    }

    /** Files under {@code dir} that the last commit does not hold as they are: new, changed, or staged only. */
    Set<String> uncommitted(String dir) throws IOException {
        try {
            Status status = git.status().addPath(dir).call();
            Set<String> out = new TreeSet<>(status.getUntracked());
            out.addAll(status.getModified());
            out.addAll(status.getAdded());
            out.addAll(status.getChanged());
            return out;
        } catch (GitAPIException e) {
            throw new IOException("cannot read the archive's git status: " + e.getMessage(), e);
        }
    }

    /** The bytes of {@code path} as the last commit holds them; empty when it does not, or there is none. */
    Optional<byte[]> readAtHead(String path) throws IOException {
        ObjectId head = git.getRepository().resolve(Constants.HEAD);
        return head == null ? Optional.empty() : read(head.getName(), path);
    }

    /** A unified diff of two texts with JGit's histogram diff, headed by the two labels. */
    static String unifiedDiff(String fromLabel, String from, String toLabel, String to) throws IOException {
        RawText a = new RawText(from.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(to.getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        if (edits.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--- " + fromLabel + "\n+++ " + toLabel + "\n").getBytes(StandardCharsets.UTF_8));
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.format(edits, a, b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Problems with the repository: every object reachable from HEAD is read and its id recomputed. */
    List<String> check() throws IOException {
        List<String> problems = new ArrayList<>();
        if (!hasCommits()) {
            return problems;
        }
        Repository repo = git.getRepository();
        try (ObjectWalk walk = new ObjectWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            walk.markStart(walk.parseCommit(repo.resolve(Constants.HEAD)));
            ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
            RevObject o;
            while ((o = walk.next()) != null) {
                checkObject(reader, ids, o, problems);
            }
            while ((o = walk.nextObject()) != null) {
                checkObject(reader, ids, o, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add("git: " + e.getMessage());
        }
        return problems;
    }

    private static void checkObject(ObjectReader reader, ObjectInserter.Formatter ids, RevObject o,
                                    List<String> problems) {
        try {
            var loader = reader.open(o);
            ObjectId actual;
            try (var in = loader.openStream()) {
                actual = ids.idFor(loader.getType(), loader.getSize(), in);
            }
            if (!actual.equals(o)) {
                problems.add("git: object " + o.getName() + " holds content of " + actual.getName());
            }
        } catch (IOException | RuntimeException e) {
            problems.add("git: object " + o.getName() + " cannot be read: " + e.getMessage());
        }
    }

    private static CommitInfo info(RevCommit c) {
        return new CommitInfo(c.getName(), c.getCommitterIdent().getWhenAsInstant(), c.getFullMessage());
    }

    @Override
    public void close() {
        git.close();
    }
}
