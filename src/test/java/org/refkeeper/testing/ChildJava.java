package org.refkeeper.testing;

import org.refkeeper.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program of this project in a JVM of its own, on this test's JDK and class path: where a heap limit is what is
 * tested, or a process is to be killed.
 */
public final class ChildJava {
    private ChildJava() {
    }

    /** What refkeeper's command line did: its exit code, standard output and standard error. */
    public record Finished(int exit, String out, String err) {
    }

    public static ProcessBuilder of(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs refkeeper's command line with {@code heap} ({@code -Xmx64m}) to its end, within five minutes. */
    public static Finished refkeeper(Path dir, String heap, String... args) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = of(List.of(heap), Main.class, args).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the import finishes");
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
