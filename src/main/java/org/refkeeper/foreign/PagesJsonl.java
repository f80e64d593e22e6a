package org.refkeeper.foreign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.refkeeper.records.RecordProblem;
import org.refkeeper.warc.WarcDates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A WACZ page list: one JSON object a line, the first a header (it has "format"). */
final class PagesJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PagesJsonl() {
    }

    /** The pages; a line that is no JSON, or has no URL, is reported and skipped. */
    static List<ListedPage> read(InputStream in, String name, Consumer<RecordProblem> problems) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<ListedPage> pages = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                try {
                    JsonNode page = JSON.readTree(line);
                    if (page.path("url").isTextual() && !page.has("format")) {
                        pages.add(new ListedPage(page.get("url").asText(),
                                WarcDates.parse(page.path("ts").asText("")), text(page, "id"), text(page, "title"),
                                text(page, "text")));
                    } else if (!page.has("format")) {
                        problems.accept(new RecordProblem(name, start, "a page line without a URL; skipped"));
                    }
                } catch (JsonProcessingException e) {
                    problems.accept(new RecordProblem(name, start, "a page line that is not JSON; skipped"));
                }
            }
            start = end + 1;
        }
        return pages;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.path(field).isTextual() && !node.get(field).asText().isBlank()
                ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
