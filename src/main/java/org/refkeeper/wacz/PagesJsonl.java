package org.refkeeper.wacz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.refkeeper.records.RecordProblem;
import org.refkeeper.warc.WarcDates;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A WACZ page list: one JSON object a line, the first a header (it has "format"). Read line by line as a stream,
 * only the fields a page needs kept: the page text ArchiveWeb.page and Browsertrix write into each line (a big
 * crawl's list is hundreds of MB) is skipped, never held.
 */
public final class PagesJsonl {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> KEPT = Set.of("url", "ts", "id", "title", "format");
    /** A kept value longer than this is no URL, date, id or title anyone wrote. */
    private static final int MAX_VALUE = 64 << 10;

    private PagesJsonl() {
    }

    /** The pages; a line that is no JSON, or has no URL, is reported and skipped. */
    public static List<ListedPage> read(InputStream in, String name, Consumer<RecordProblem> problems) throws IOException {
        List<ListedPage> pages = new ArrayList<>();
        Line line = new Line(in);
        while (line.next()) {
            long start = line.start;
            Optional<Map<String, String>> fields;
            try (JsonParser parser = JSON.createParser(line)) {
                fields = fields(parser);
            } catch (JsonProcessingException e) {
                problems.accept(new RecordProblem(name, start, "a page line that is not JSON; skipped"));
                continue;
            }
            if (fields.isEmpty() || fields.get().containsKey("format")) {
                continue; // a blank line, or the list's header
            }
            if (fields.get().containsKey("url")) {
                pages.add(new ListedPage(fields.get().get("url"), WarcDates.parse(fields.get().getOrDefault("ts", "")),
                        text(fields.get(), "id"), text(fields.get(), "title")));
            } else {
                problems.accept(new RecordProblem(name, start, "a page line without a URL; skipped"));
            }
        }
        return pages;
    }

    /** The kept fields of the line's object (text values only); empty for a blank line. */
    private static Optional<Map<String, String>> fields(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Optional.empty();
        }
        if (first != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "not an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (KEPT.contains(field) && value == JsonToken.VALUE_STRING && parser.getTextLength() <= MAX_VALUE) {
                fields.put(field, parser.getText());
            } else if (field.equals("format")) {
                fields.put(field, "");
            }
            parser.skipChildren();
        }
        return Optional.of(fields);
    }

    private static Optional<String> text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The bytes of one line at a time, as a stream that ends at the line's end. */
    private static final class Line extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private long position;
        private long start;
        private boolean endOfLine = true;

        Line(InputStream in) {
            this.in = in;
        }

        /** Moves past what is left of the line to the next one; false at the end of the list. */
        boolean next() throws IOException {
            while (read() >= 0) {
                // what the parser did not read of the line
            }
            if (!fill()) {
                return false;
            }
            start = position;
            endOfLine = false;
            return true;
        }

        private boolean fill() throws IOException {
            if (pos < limit) {
                return true;
            }
            int n = in.read(buffer);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read() throws IOException {
            if (endOfLine || !fill()) {
                endOfLine = true;
                return -1;
            }
            int b = buffer[pos++] & 0xff;
            position++;
            if (b == '\n') {
                endOfLine = true;
                return -1;
            }
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (endOfLine || !fill()) {
                endOfLine = true;
                return -1;
            }
            int n = 0;
            while (n < length && pos < limit) {
                byte b = buffer[pos++];
                position++;
                if (b == '\n') {
                    endOfLine = true;
                    break;
                }
                into[offset + n++] = b;
            }
            return n == 0 && endOfLine ? -1 : n;
        }
    }
}
