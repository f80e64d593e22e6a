package org.refkeeper.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code scripts/bench} was asked for.
 *
 * @param sources      how many sources the corpus has
 * @param concurrency  the concurrencies refkeeper's first run is measured at besides 1
 * @param polite       whether to measure the first run with the default politeness too
 * @param profile      whether to record the first run and rerun with JDK Flight Recorder and say where the time goes
 * @param sampleMillis how often /proc is sampled
 * @param out          where everything is written
 */
record BenchOptions(int sources, List<Integer> concurrency, boolean polite, boolean profile, long sampleMillis, Path out) {

    static final String USAGE = """
            usage: scripts/bench [--sources N] [--concurrency 2,4] [--no-polite] [--profile]
              --sources N       sources in the generated corpus (default 45: WeChat-like, Zhihu-like, blog posts)
              --concurrency L   refkeeper's first run also at these concurrencies, e.g. 1,4 (default: none;
                                the first run and the rerun are measured at refkeeper's default)
              --no-polite       leave out the first run with the default politeness (2 s per host)
              --profile         also record refkeeper's first run and rerun with JDK Flight Recorder and print
                                where the time goes (adds about two runs' time)""";

    static BenchOptions parse(String[] args) {
        int sources = 45;
        List<Integer> concurrency = List.of();
        boolean polite = true;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sources" -> sources = positive(args, ++i);
                case "--concurrency" -> concurrency = concurrencies(args, ++i);
                case "--no-polite" -> polite = false;
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new BenchOptions(sources, concurrency, polite, profile, 100, Path.of("target", "bench"));
    }

    private static int positive(String[] args, int i) {
        try {
            int n = Integer.parseInt(value(args, i));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(args[i - 1] + " needs a whole number above 0, not " + args[i]);
    }

    private static List<Integer> concurrencies(String[] args, int i) {
        List<Integer> out = new ArrayList<>();
        for (String part : value(args, i).split(",")) {
            out.add(positive(new String[]{args[i - 1], part}, 1));
        }
        return List.copyOf(out);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
