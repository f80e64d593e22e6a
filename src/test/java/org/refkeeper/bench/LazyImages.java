package org.refkeeper.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts the lazy pictures an archive holds for real: a record of the URL whose payload is the photo, not the placeholder. */
final class LazyImages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LazyImages() {
    }

    static int captured(Path archive, List<Corpus.LazyImage> present) throws IOException {
        Set<String> wanted = new HashSet<>();
        present.forEach(i -> wanted.add(i.url() + " " + i.digest()));
        Set<String> found = new HashSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(archive.resolve("index.cdxj"));
        } catch (NoSuchFileException e) {
            return 0;
        }
        for (String line : lines) {
            int json = line.indexOf('{');
            if (json < 0) {
                continue;
            }
            JsonNode record = JSON.readTree(line.substring(json));
            String key = record.path("url").asText() + " " + record.path("digest").asText();
            if (wanted.contains(key) && record.path("status").asText().equals("200")) {
                found.add(key);
            }
        }
        return found.size();
    }
}
