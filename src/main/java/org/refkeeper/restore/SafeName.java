package org.refkeeper.restore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name for a resource URL that is safe on every file system: only {@code [A-Za-z0-9_-]} and one dot
 * before the extension (so never {@code ..}, a slash or an absolute path), no device name ({@code CON},
 * {@code NUL}...), bounded length, and a few hex digits of the URL's hash so that different URLs differ.
 */
final class SafeName {
    static final int MAX_BASE = 48;
    private static final Pattern DEVICE = Pattern.compile("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$");
    private static final Pattern PARTS = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://([^/?#]*))?([^?#]*)");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private SafeName() {
    }

    static String of(String url, String contentType) {
        String segment = lastSegment(url);
        int dot = segment.lastIndexOf('.');
        String own = dot < 0 ? "" : segment.substring(dot + 1).toLowerCase(Locale.ROOT);
        String ext = FileTypes.extension(contentType).orElse(EXTENSION.matcher(own).matches() ? own : "bin");
        return base(dot < 0 ? segment : segment.substring(0, dot)) + "-" + hash(url) + "." + ext;
    }

    /**
     * The same rules for a name a browser gave a file ({@code 1707.06168.pdf} gives {@code 1707-06168.pdf}), kept
     * readable: no hash, and the file's own extension first.
     */
    static String ofFile(String fileName, String contentType) {
        int dot = fileName.lastIndexOf('.');
        String own = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String ext = EXTENSION.matcher(own).matches() ? own : FileTypes.extension(contentType).orElse("bin");
        return base(dot < 0 ? fileName : fileName.substring(0, dot)) + "." + ext;
    }

    private static String base(String name) {
        String base = name.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "file";
        }
        if (DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        return base;
    }

    /** The last non-empty path segment, percent-decoded, after its last slash; the host when the path has none. */
    private static String lastSegment(String url) {
        Matcher m = PARTS.matcher(url);
        m.lookingAt(); // every string starts with a (possibly empty) match
        String host = m.group(1) == null ? "" : m.group(1);
        String[] segments = m.group(2).split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String s = decode(segments[i]);
            String tail = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
            if (!tail.isBlank()) {
                return tail;
            }
        }
        return host;
    }

    /** Lenient percent-decoding: a stray {@code %} stays as it is. */
    private static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
