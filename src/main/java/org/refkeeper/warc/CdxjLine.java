package org.refkeeper.warc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
            throw new IllegalArgumentException("CDXJ timestamp must have 14 digits: " + timestamp);
        }
    }

    /** The line for a record at {@code offset} in {@code filename}; key and timestamp follow from url and date. */
    public static CdxjLine of(String url, Instant date, String mime, String status, String digest, long length,
                              long offset, String filename, String recordType) {
        return new CdxjLine(Surt.of(url), TIMESTAMP.format(date), url, mime, status, digest, length, offset,
                filename, recordType);
    }

    /** Reads a line written by refkeeper, pywb or ArchiveWeb.page (numbers may be JSON strings or numbers). */
    public static CdxjLine parse(String line) {
        int key = line.indexOf(' ');
        int ts = key < 0 ? -1 : line.indexOf(' ', key + 1);
        if (ts < 0) {
            throw new IllegalArgumentException("not a CDXJ line: " + line);
        }
        try {
            JsonNode json = JSON.readTree(line.substring(ts + 1));
            // ArchiveWeb.page writes milliseconds too.
            String timestamp = line.substring(key + 1, Math.min(ts, key + 15));
            return new CdxjLine(line.substring(0, key), timestamp,
                    json.path("url").asText(), json.path("mime").asText(), json.path("status").asText(),
                    json.path("digest").asText(), json.path("length").asLong(), json.path("offset").asLong(),
                    json.path("filename").asText(), json.path("recordType").asText("response"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CDXJ line: " + line, e);
        }
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
