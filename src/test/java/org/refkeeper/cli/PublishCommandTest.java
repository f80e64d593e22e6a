package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.report.Json;
import org.refkeeper.testing.SeedArchive;
import org.refkeeper.testing.SeedWeb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code refkeeper publish} as a user drives it, over the seed note's archive. */
class PublishCommandTest {
    @TempDir
    static Path dir;
    private static String archive;

    @BeforeAll
    static void archive() {
        archive = SeedArchive.get().root.toString();
    }

    @Test
    void publishingAgainRewritesNoFileAndAChangeRewritesOnlyWhatItChanges() throws Exception {
        Path site = dir.resolve("again");
        Path data = dir.resolve("again-links.json");
        CommandLineRun first = publish("--to", site.toString(), "--data", data.toString(), "--base-url",
                "https://refs.example.org/archive");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("published 37 sources, 37 offline copies"), first.out());
        assertTrue(first.out().contains(site.resolve("index.html").toUri().toString()), first.out());
        Map<String, String> before = files(site);
        String links = Files.readString(data);

        CommandLineRun again = publish("--to", site.toString(), "--data", data.toString(), "--base-url",
                "https://refs.example.org/archive/");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(": 0 files written, " + (before.size() - 1) + " unchanged, 0 removed"), again.out());
        assertTrue(again.out().contains("unchanged: " + data), again.out());
        assertEquals(before, files(site), "no file rewritten: same bytes, same inode, same time");
        assertEquals(links, Files.readString(data));

        // a new title changes the pages that show it, and no offline copy
        CommandLineRun retitled = publish("--to", site.toString(), "--title", "Dead links of my blog");
        assertEquals(0, retitled.exit(), retitled.err());
        Map<String, String> after = files(site);
        List<String> changed = before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))).toList();
        assertTrue(changed.contains("index.html") && changed.contains("notes/index.html"), changed.toString());
        assertTrue(changed.stream().noneMatch(f -> f.matches("sources/[^/]+/[^/]+/[^/]+/.*")), changed.toString());
        assertTrue(Files.readString(site.resolve("index.html")).contains("Dead links of my blog"));
    }

    @Test
    void onlyTheStatesAskedForArePublishedAndTheRestIsRemoved() throws Exception {
        Path site = dir.resolve("some");
        assertEquals(0, publish("--to", site.toString()).exit());
        Path someone = Files.writeString(site.resolve("CNAME"), "refs.example.org\n");
        CommandLineRun vanished = publish("--to", site.toString(), "--sources", "vanished,blocked", "--json");
        assertEquals(0, vanished.exit(), vanished.err());
        JsonNode summary = Json.MAPPER.readTree(vanished.out());
        assertEquals(4, summary.get("sources").asInt());
        assertTrue(summary.get("removed").asInt() > 100, summary.toString());
        try (Stream<Path> sources = Files.list(site.resolve("sources/mp.weixin.qq.com"))) {
            assertEquals(List.of("-X7NYTzOzljzOaQL7_jOkw", "_MDbbGzDOGHk5TBgbu_-oA", "p_qdKcQwQ8y_JUw3gQUEnA"),
                    sources.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String index = Files.readString(site.resolve("index.html"));
        assertFalse(index.contains(SeedWeb.BUSY), "an unreachable source is not published");
        String notes = Files.readString(site.resolve("notes/index.html"));
        assertFalse(notes.contains("papers.md"), "a note none of whose sources is published is not listed");
        assertTrue(Files.exists(someone), "a file refkeeper did not write stays");
    }

    @Test
    void badInputExitsTwoWithOneLineAndTouchesNothing() throws Exception {
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Path mine = Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Map<List<String>, String> cases = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        cases.put(List.of(), "--to DIR");
        cases.put(List.of("--to", foreign.toString()), "not empty and holds no earlier publish");
        cases.put(List.of("--to", file.toString()), "is a file");
        cases.put(List.of("--to", Path.of(archive, "site").toString()), "inside the archive");
        cases.put(List.of("--data", Path.of(archive, "links.json").toString()), "inside the archive");
        cases.put(List.of("--data", dir.toString()), "is a folder");
        cases.put(List.of("--data", mine.toString()), "is no links file refkeeper wrote");
        cases.put(List.of("--to", dir.resolve("x").toString(), "--base-url", "ftp://example.org/"), "--base-url ftp://example.org/");
        cases.put(List.of("--to", dir.resolve("x").toString(), "--base-url", "refs/"), "--base-url refs/");
        cases.put(List.of("--to", dir.resolve("x").toString(), "--sources", "gone"), "--sources gone");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CommandLineRun r = publish(c.getKey().toArray(String[]::new));
            assertEquals(2, r.exit(), c.getKey() + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(c.getValue()), c.getKey() + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertEquals("mine", Files.readString(mine));
        try (Stream<Path> left = Files.list(foreign)) {
            assertEquals(1, left.count());
        }
        assertFalse(Files.exists(Path.of(archive, "site")) || Files.exists(Path.of(archive, "links.json")));
        CommandLineRun none = CommandLineRun.of("--archive", dir.resolve("none").toString(), "publish", "--to",
                dir.resolve("y").toString());
        assertEquals(2, none.exit(), none.err());
    }

    @Test
    void aTamperedManifestCannotMakePublishDeleteOutsideItsFolder() throws Exception {
        Path site = dir.resolve("tampered");
        assertEquals(0, publish("--to", site.toString(), "--sources", "blocked").exit());
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Files.writeString(site.resolve(".refkeeper-publish.json"),
                "{\"files\": [\"../precious.txt\", \"/etc/hostname\", \"index.html\"]}");
        CommandLineRun r = publish("--to", site.toString(), "--sources", "blocked");
        assertEquals(0, r.exit(), r.err());
        assertEquals("keep me", Files.readString(outside));
    }

    @Test
    void aLinkPlantedInTheSiteCannotMakePublishWriteElsewhere() throws Exception {
        Path site = dir.resolve("planted");
        assertEquals(0, publish("--to", site.toString(), "--sources", "blocked").exit());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        org.refkeeper.io.FileTrees.delete(site.resolve("sources"));
        Files.createSymbolicLink(site.resolve("sources"), elsewhere);
        CommandLineRun r = publish("--to", site.toString(), "--sources", "blocked");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("lands outside the folder"), r.err());
        try (Stream<Path> made = Files.list(elsewhere)) {
            assertEquals(0, made.count(), "not even a folder was made there");
        }
    }

    private static CommandLineRun publish(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--archive";
        all[1] = archive;
        all[2] = "publish";
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandLineRun.of(all);
    }

    /** Every file of a folder with what tells a rewrite: its modification time and its inode. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(folder.relativize(p).toString(), a.lastModifiedTime() + " " + a.fileKey() + " " + a.size());
            }
        }
        return out;
    }
}
