package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.report.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Site rules a user adds in the archive's refkeeper.json decide like the built-in ones. */
class UserRulesTest {
    @TempDir
    Path dir;

    @Test
    void aUserRuleTeachesRefkeeperASitesDeletionNotice() throws Exception {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive);
        Files.writeString(archive.resolve("refkeeper.json"), """
                {"rules": [{"hosts": ["blog.example.org"], "content": ["article"],
                            "gone": ["This post has been retired"]}]}
                """);
        Path note = dir.resolve("note.md");
        Files.writeString(note, "- [Retired](https://blog.example.org/retired.html)\n- [Live](https://blog.example.org/live.html)\n");
        try (LocalSite site = LocalSite.start()) {
            site.route("blog.example.org", "/retired.html", SiteResponse.html(
                    "<html><body><h1>Gone</h1><p>This post has been retired.</p></body></html>"));
            site.route("blog.example.org", "/live.html", SiteResponse.html(
                    "<html><body><article><h1>Live</h1><p>A post that quotes: This post has been retired.</p>"
                            + "<p>" + "Plenty of text around it. ".repeat(40) + "</p></article></body></html>"));
            List<String> args = new ArrayList<>(List.of("--archive", archive.toString(), "run", note.toString(),
                    "--ignore-https-errors", "--host-delay", "0s", "--json"));
            site.browserArgs().forEach(a -> args.add("--browser-arg=" + a));
            CommandLineRun r = CommandLineRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            JsonNode report = Json.MAPPER.readTree(r.out());
            assertEquals("vanished", state(report, "https://blog.example.org/retired.html"));
            assertEquals("new", state(report, "https://blog.example.org/live.html"));
            assertTrue(Files.readString(archive.resolve("refkeeper.json")).contains("This post has been retired"),
                    "the run keeps the user's rules when it records the notes");
        }
    }

    @Test
    void aBrokenUserRuleIsBadInputNamingTheSettingsFile() throws Exception {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive);
        Files.writeString(archive.resolve("refkeeper.json"), "{\"rules\": [{\"hosts\": [\"a.org\"], \"content\": [\"div[\"]}]}");
        Path note = dir.resolve("note.md");
        Files.writeString(note, "https://a.org/x\n");
        CommandLineRun r = CommandLineRun.of("--archive", archive.toString(), "run", note.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("refkeeper.json") && r.err().contains("div["), r.err());
    }

    private static String state(JsonNode report, String url) {
        for (JsonNode s : report.get("sources")) {
            if (s.get("url").asText().equals(url)) {
                return s.get("state").asText();
            }
        }
        throw new AssertionError(url + " not in " + report);
    }
}
