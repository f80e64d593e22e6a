package org.refkeeper.folder;

import org.refkeeper.report.Json;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.refkeeper.io.BadInputException;
import org.refkeeper.io.Shown;
import org.refkeeper.io.Suggestion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads {@code refkeeper.json} strictly: a key refkeeper does not know is refused with the one it most likely
 * meant ({@code hostDelayMilis}: did you mean {@code hostDelayMillis}?), since a setting that is silently ignored
 * and then dropped when the file is rewritten is worse than a run that does not start. Every message names the
 * file and the key, and says what to write.
 */
public final class SettingsFile {
    static final List<String> KEYS = List.of("format", "notes", "rules", "hostDelayMillis", "fullCheckEvery");

    private SettingsFile() {
    }

    public static Settings read(Path file) throws IOException {
        JsonNode root = parse(file);
        if (!root.isObject()) {
            throw bad(file, "expected a JSON object such as {\"notes\": [], \"hostDelayMillis\": 2000}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw bad(file, "unknown key \"" + Shown.of(name) + "\"" + Suggestion.didYouMean(name, KEYS)
                        + " (known keys: " + String.join(", ", KEYS) + ")");
            }
        }
        int format = format(file, root.get("format"));
        List<String> notes = notes(file, root.get("notes"));
        JsonNode rules = root.get("rules");
        if (rules != null && !rules.isNull() && !rules.isArray()) {
            throw bad(file, "\"rules\" must be a list of rule objects, e.g. \"rules\": []");
        }
        return new Settings(format, notes, rules == null || rules.isNull() ? null : rules,
                hostDelay(file, root.get("hostDelayMillis")), fullCheckEvery(file, root.get("fullCheckEvery")));
    }

    private static JsonNode parse(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": cannot be read (permission denied); make it readable");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)); // strict: Jackson would guess
            return Json.MAPPER.readTree(bytes);
        } catch (CharacterCodingException e) {
            throw bad(file, "not UTF-8 text; save it as UTF-8");
        } catch (JacksonException e) {
            throw new BadInputException(file + Json.where(e) + ": not valid JSON; fix it (a missing comma, quote or "
                    + "brace?) or move it away");
        }
    }

    private static int format(Path file, JsonNode node) throws BadInputException {
        if (node == null) {
            return 0; // refkeeper 0.1.0 wrote no format
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw bad(file, "\"format\" must be a whole number that refkeeper wrote, e.g. \"format\": " + Layout.FORMAT);
        }
        return node.asInt();
    }

    private static List<String> notes(Path file, JsonNode node) throws BadInputException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw bad(file, "\"notes\" must be a list of note files or folders, e.g. \"notes\": [\"/home/me/notes\"]");
        }
        List<String> notes = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw bad(file, "\"notes\" must hold paths as strings, e.g. \"notes\": [\"/home/me/notes\"]");
            }
            notes.add(n.asText());
        }
        return notes;
    }

    private static Long hostDelay(Path file, JsonNode node) throws BadInputException {
        return wholeNumber(file, node, 0, Settings.MAX_HOST_DELAY_MILLIS, "\"hostDelayMillis\" must be a whole number of "
                + "milliseconds from 0 to " + Settings.MAX_HOST_DELAY_MILLIS + " (an hour), e.g. 2000");
    }

    private static Integer fullCheckEvery(Path file, JsonNode node) throws BadInputException {
        Long runs = wholeNumber(file, node, 1, Settings.MAX_FULL_CHECK_EVERY, "\"fullCheckEvery\" must be a whole "
                + "number of runs from 1 (every run) to " + Settings.MAX_FULL_CHECK_EVERY + ", e.g. 7");
        return runs == null ? null : runs.intValue();
    }

    /** The value, if given; one from {@code min} to {@code max}, or refused with {@code rule} and what was given. */
    private static Long wholeNumber(Path file, JsonNode node, long min, long max, String rule) throws BadInputException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw bad(file, rule + "; it is " + Shown.of(node.toString()));
        }
        return node.asLong();
    }

    private static BadInputException bad(Path file, String problem) {
        return new BadInputException(file + ": " + problem);
    }
}
