package org.refkeeper.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the git command line on an archive, as a user reading it would. */
public final class Git {
    private Git() {
    }

    public static String run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    /** The files the last commit changed. */
    public static List<String> filesInLastCommit(Path repo) throws IOException, InterruptedException {
        return run(repo, "show", "--name-only", "--format=", "HEAD").lines().filter(l -> !l.isBlank()).toList();
    }
}
