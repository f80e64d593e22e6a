package org.refkeeper.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.refkeeper.io.Shown;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a CDXJ index as pywb and ReplayWeb.page read it:
 * {@code <surt> <yyyyMMddHHmmss> {"url":...,"mime":...,"status":"200","digest":"sha1:...","length":"...",
 * "offset":"...","filename":"..."}}.
 *
 * @param status     HTTP status, empty for records that have none (resources)
 * @param digest     WARC-Payload-Digest (WARC-Block-Digest where there is no payload digest)
 * @param length     bytes of the (compressed) record in the file
 * @param offset     where the record starts in the file
 * @param filename   the WARC file, relative to the archive folder (or to {@code archive/} inside a WACZ)
 * @param recordType {@code response}, {@code revisit} or {@code resource}; written for all but responses
 */
public record CdxjLine(String surtKey, String timestamp, String url, String mime, String status, String digest,
                       long length, long offset, String filename, String recordType) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    public CdxjLine {
        if (!timestamp.matches("\\d{14}")) {
            throw new IllegalArgumentException("CDXJ timestamp must have 14 digits: " + Shown.of(timestamp));
        }
        if (surtKey.isEmpty() || !Surt.token(surtKey).equals(surtKey)) {
            throw new IllegalArgumentException("CDXJ key must be one token of printable ASCII: " + Shown.of(surtKey));
        }
    }

    /** The line for a record at {@code offset} in {@code filename}; key and timestamp follow from url and date. */
    public static CdxjLine of(String url, Instant date, String mime, String status, String digest, long length,
                              long offset, String filename, String recordType) {
        return new CdxjLine(Surt.of(url), TIMESTAMP.format(date), url, mime, status, digest, length, offset,
                filename, recordType);
    }

    /**
     * Reads a line written by refkeeper, pywb or ArchiveWeb.page (numbers may be JSON strings or numbers). A key
     * with spaces, as refkeeper before 0.2 wrote for some URLs of imported WARCs, is read and made a token again:
     * the next write of the index repairs the line.
     */
    public static CdxjLine parse(String line) {
        line = line.stripTrailing();
        int json = jsonStart(line);
        if (json < 0) {
            throw new IllegalArgumentException("not a CDXJ line (key, timestamp, JSON): " + Shown.of(line));
        }
        int ts = line.lastIndexOf(' ', json - 2);
        try {
            JsonNode fields = JSON.readTree(line.substring(json));
            // ArchiveWeb.page writes milliseconds too.
            String timestamp = line.substring(ts + 1, ts + 15);
            return new CdxjLine(Surt.token(line.substring(0, ts)), timestamp,
                    fields.path("url").asText(), fields.path("mime").asText(), fields.path("status").asText(),
                    fields.path("digest").asText(), fields.path("length").asLong(), fields.path("offset").asLong(),
                    fields.path("filename").asText(), fields.path("recordType").asText("response"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CDXJ line (its JSON does not parse): " + Shown.of(line), e);
        }
    }

    /**
     * Where the JSON object of a line starts: the first {@code " {"} that follows a timestamp token (14 to 17
     * digits after a space) and opens an object that ends the line. Counted from the left, so a key is free to
     * hold anything but that; -1 if there is none.
     */
    private static int jsonStart(String line) {
        if (!line.endsWith("}")) {
            return -1;
        }
        for (int brace = line.indexOf(" {"); brace >= 0; brace = line.indexOf(" {", brace + 1)) {
            int digits = 0;
            while (digits < brace && Character.isDigit(line.charAt(brace - 1 - digits)) && line.charAt(brace - 1 - digits) < 0x80) {
                digits++;
            }
            int space = brace - 1 - digits;
            if (digits >= 14 && digits <= 17 && space > 0 && line.charAt(space) == ' ') {
                return brace + 1;
            }
        }
        return -1;
    }

    public Instant date() {
        return TIMESTAMP.parse(timestamp, Instant::from);
    }

    /** The same line pointing into another file, e.g. the WARC's name inside a WACZ. */
    public CdxjLine withFilename(String name) {
        return new CdxjLine(surtKey, timestamp, url, mime, status, digest, length, offset, name, recordType);
    }

    /** The same line for a record found at {@code offset}, {@code length} bytes long. */
    public CdxjLine at(long offset, long length) {
        return new CdxjLine(surtKey, timestamp, url, mime, status, digest, length, offset, filename, recordType);
    }

    public boolean isRevisit() {
        return recordType.equals("revisit");
    }

    @Override
    public String toString() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("mime", mime);
        if (!status.isEmpty()) {
            fields.put("status", status);
        }
        if (!digest.isEmpty()) {
            fields.put("digest", digest);
        }
        fields.put("length", Long.toString(length));
        fields.put("offset", Long.toString(offset));
        fields.put("filename", filename);
        if (!recordType.equals("response")) {
            fields.put("recordType", recordType);
        }
        try {
            return surtKey + " " + timestamp + " " + JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
