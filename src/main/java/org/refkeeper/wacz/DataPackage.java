package org.refkeeper.wacz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a WACZ's {@code datapackage.json} says each entry holds (its SHA-256 and size), and whether
 * {@code datapackage-digest.json} (which a signed package signs) agrees with it: the entries an import reads are
 * checked against it, so that a package changed or damaged after it was written is said to be.
 */
public final class DataPackage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON = 16 << 20;

    /** One entry as the package lists it: hex SHA-256 (empty if in another algorithm) and size (-1 if none). */
    private record Listed(Optional<String> sha256, long bytes) {
    }

    private final Map<String, Listed> listed;
    private final List<String> problems;

    private DataPackage(Map<String, Listed> listed, List<String> problems) {
        this.listed = listed;
        this.problems = problems;
    }

    /** The package's listing; one without datapackage.json lists nothing. */
    public static DataPackage read(WaczFile wacz) throws IOException {
        Map<String, Listed> listed = new HashMap<>();
        List<String> problems = new ArrayList<>();
        if (wacz.entry("datapackage.json").isEmpty()) {
            return new DataPackage(listed, problems);
        }
        byte[] bytes = bytes(wacz, "datapackage.json");
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            problems.add("datapackage.json is not JSON, so no entry's digest could be checked");
            return new DataPackage(listed, problems);
        }
        for (JsonNode resource : root.path("resources")) {
            if (resource.path("path").isTextual()) {
                listed.put(resource.get("path").asText(), new Listed(sha256(resource.path("hash").asText("")),
                        resource.path("bytes").canConvertToLong() ? resource.get("bytes").asLong() : -1));
            }
        }
        if (wacz.entry("datapackage-digest.json").isPresent()) {
            try {
                Optional<String> signed = sha256(JSON.readTree(bytes(wacz, "datapackage-digest.json")).path("hash")
                        .asText(""));
                if (signed.isPresent() && !signed.get().equals(hex(bytes))) {
                    problems.add("datapackage.json is not the one datapackage-digest.json signs");
                }
            } catch (JsonProcessingException e) {
                problems.add("datapackage-digest.json is not JSON, so datapackage.json could not be checked");
            }
        }
        return new DataPackage(listed, problems);
    }

    /** What is wrong with the listing itself, in words. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Why an entry's bytes are not what the package lists, in words; empty when they are, or when nothing is
     * listed for the entry.
     *
     * @param sha256 the SHA-256 of the entry's bytes as read
     */
    public Optional<String> mismatch(String entry, byte[] sha256, long size) {
        Listed l = listed.get(entry);
        if (l == null) {
            return Optional.empty();
        }
        if (l.bytes() >= 0 && l.bytes() != size) {
            return Optional.of("it holds " + size + " bytes where datapackage.json lists " + l.bytes());
        }
        if (l.sha256().isPresent() && !l.sha256().get().equals(HexFormat.of().formatHex(sha256))) {
            return Optional.of("its SHA-256 is not the one datapackage.json lists");
        }
        return Optional.empty();
    }

    /** A digest to check entries against as they are read. */
    public static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code sha256:HEX} or bare hex, as WACZ writers give it; empty for other algorithms. */
    private static Optional<String> sha256(String hash) {
        String h = hash.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("sha256:") || h.startsWith("sha-256:")) {
            h = h.substring(h.indexOf(':') + 1);
        }
        return h.matches("[0-9a-f]{64}") ? Optional.of(h) : Optional.empty();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digester().digest(bytes));
    }

    private static byte[] bytes(WaczFile wacz, String name) throws IOException {
        try (InputStream in = wacz.open(wacz.entry(name).orElseThrow())) {
            byte[] bytes = in.readNBytes(MAX_JSON + 1);
            if (bytes.length > MAX_JSON) {
                throw new IOException(wacz.file() + ": " + name + " is larger than " + (MAX_JSON >> 20) + " MiB");
            }
            return bytes;
        }
    }
}
