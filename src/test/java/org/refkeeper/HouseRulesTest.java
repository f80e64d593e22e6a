package org.refkeeper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules of DESIGN.md, read from the sources so that a change that breaks one fails here, named: each
 * concern in its own package with a package-info.java, no import cycle between packages, Playwright only in
 * capture, JGit only in store, printing only in cli, small files and packages.
 */
class HouseRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/refkeeper");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)\\.[\\w*]+;");
    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_PACKAGE_LINES = 1500;

    /** Package name ("" for the root) to its source files' text. */
    private static final Map<String, List<String>> PACKAGES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                PACKAGES.computeIfAbsent(pkg, k -> new ArrayList<>()).add(f.getFileName() + "\n" + Files.readString(f));
            }
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        List<String> without = PACKAGES.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(s -> s.startsWith("package-info.java\n")))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), without, "packages without a package-info.java");
    }

    @Test
    void librariesThatOwnAResourceAreImportedByOnePackageEach() {
        assertEquals(Set.of("capture"), importers("com.microsoft.playwright"), "Playwright");
        assertEquals(Set.of("store"), importers("org.eclipse.jgit"), "JGit");
        Set<String> printing = new TreeSet<>();
        PACKAGES.forEach((pkg, files) -> files.stream()
                .filter(s -> s.contains("System.out") || s.contains("System.err") || s.contains("printStackTrace("))
                .forEach(s -> printing.add(pkg)));
        assertEquals(Set.of("cli"), printing, "printing");
    }

    @Test
    void noImportCycleBetweenPackages() {
        Map<String, Set<String>> deps = new HashMap<>();
        PACKAGES.forEach((pkg, files) -> deps.put(pkg, refkeeperImports(pkg, files)));
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            findCycle(start, start, deps, new HashSet<>(), new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "packages that import each other, directly or through others");
    }

    @Test
    void filesAndPackagesStaySmall() {
        List<String> large = new ArrayList<>();
        PACKAGES.forEach((pkg, files) -> {
            long total = 0;
            for (String s : files) {
                long lines = s.lines().count() - 1; // the name prepended when read
                total += lines;
                if (lines > MAX_FILE_LINES) {
                    large.add(pkg + "/" + s.substring(0, s.indexOf('\n')) + ": " + lines + " lines");
                }
            }
            if (total > MAX_PACKAGE_LINES) {
                large.add(pkg + ": " + total + " lines");
            }
        });
        assertEquals(List.of(), large, "over " + MAX_FILE_LINES + " lines a file or " + MAX_PACKAGE_LINES + " a package");
    }

    private static Set<String> importers(String library) {
        Set<String> out = new TreeSet<>();
        PACKAGES.forEach((pkg, files) -> files.stream().filter(s -> s.contains("import " + library + "."))
                .forEach(s -> out.add(pkg)));
        return out;
    }

    private static Set<String> refkeeperImports(String pkg, List<String> files) {
        Set<String> out = new HashSet<>();
        for (String s : files) {
            Matcher m = IMPORT.matcher(s);
            while (m.find()) {
                String imported = m.group(1);
                if (imported.startsWith("org.refkeeper")) {
                    String target = imported.equals("org.refkeeper") ? "" : imported.substring("org.refkeeper.".length());
                    // a nested type's import names its outer class too: keep only what is a package
                    while (!target.isEmpty() && !PACKAGES.containsKey(target)) {
                        int dot = target.lastIndexOf('.');
                        target = dot < 0 ? "" : target.substring(0, dot);
                    }
                    if (!target.equals(pkg)) {
                        out.add(target);
                    }
                }
            }
        }
        return out;
    }

    private static void findCycle(String start, String at, Map<String, Set<String>> deps, Set<String> seen,
                                  List<String> path, List<String> cycles) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
                return;
            }
            if (seen.add(next)) {
                path.add(next);
                findCycle(start, next, deps, seen, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
