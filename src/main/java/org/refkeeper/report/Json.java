package org.refkeeper.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.refkeeper.io.Shown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The one JSON mapper for the archive's files: stable, pretty, ISO dates, unknown fields tolerated. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(StateJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), type);
    }

    /** @throws IOException naming {@code where}, the line and column or the key, in words (no parser text) */
    public static <T> T read(byte[] bytes, String where, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new IOException(where + where(e) + ": not a valid refkeeper file ("
                    + (e instanceof JsonMappingException ? "a value of the wrong kind" : "not valid JSON")
                    + "); 'refkeeper verify' checks the archive, 'git -C ARCHIVE diff' shows what changed", e);
        }
    }

    /** Where a JSON problem is: {@code :3:7} (line and column) and the key, if Jackson knows them. */
    public static String where(JacksonException e) {
        StringBuilder at = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            at.append(':').append(location.getLineNr()).append(':').append(location.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            at.append(" at ").append(m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? Shown.of(r.getFieldName()) : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        }
        return at.toString();
    }
}
