package org.refkeeper.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs one measured phase in a fresh JVM (so that its memory and CPU are its own), sampling its process tree
 * from /proc while it runs. Its output goes to {@code <name>.log} beside its result file.
 */
final class ChildJvm {
    private final Path dir;
    private final long sampleMillis;

    ChildJvm(Path dir, long sampleMillis) {
        this.dir = dir;
        this.sampleMillis = sampleMillis;
    }

    /**
     * What a child found, what the sampler saw of its process tree, and the CPU this bench process used meanwhile
     * (serving the site, sampling): it competes for the same cores.
     */
    record Outcome(Properties result, ProcSampler sampler, double benchCpuSeconds) {
        double number(String key) {
            return Double.parseDouble(result.getProperty(key, "0"));
        }
    }

    Outcome run(String name, List<String> jvmOptions, Class<?> main, List<String> args) throws IOException {
        return run(name, jvmOptions, main, args, sampleMillis);
    }

    Outcome run(String name, List<String> jvmOptions, Class<?> main, List<String> args, long sampleMillis)
            throws IOException {
        Path result = dir.resolve(name + ".properties");
        Files.deleteIfExists(result);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), result.toString()));
        command.addAll(args);
        Path log = dir.resolve(name + ".log");
        long benchTicks = ownTicks();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProcSampler sampler = new ProcSampler(process.pid(), sampleMillis);
        Thread sampling = new Thread(sampler, "bench-sampler");
        sampling.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(name + ": interrupted", e);
        } finally {
            sampler.stop();
            sampling.interrupt();
        }
        try {
            sampling.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exit != 0 || !Files.exists(result)) {
            throw new IOException(name + ": the child JVM failed (exit " + exit + "); see " + log);
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(result)) {
            props.load(r);
        }
        return new Outcome(props, sampler, (ownTicks() - benchTicks) / ProcStat.TICKS_PER_SECOND);
    }

    private static long ownTicks() {
        return ProcStat.read(ProcessHandle.current().pid()).map(ProcStat::ownTicks).orElse(0L);
    }
}
