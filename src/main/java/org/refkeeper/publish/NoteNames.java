package org.refkeeper.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a published site names notes. The archive records a note outside the archive's folder by its absolute
 * path, which says where on this machine the writer keeps it: the site shows such paths from the folder that
 * all of them share instead ({@code ~/blog/_posts/a.md} becomes {@code _posts/a.md} when every note is
 * under {@code ~/blog/}). Each note's page gets a file name that is safe everywhere and differs for
 * different notes.
 */
final class NoteNames {
    private static final Pattern ABSOLUTE = Pattern.compile("^(/|[A-Za-z]:/).*");
    private static final int MAX_BASE = 60;

    private final String common;

    private NoteNames(String common) {
        this.common = common;
    }

    /** @param notes every note path the site shows, as the archive records them (forward slashes) */
    static NoteNames of(List<String> notes) {
        List<String> absolute = notes.stream().filter(n -> ABSOLUTE.matcher(n).matches()).toList();
        if (absolute.isEmpty()) {
            return new NoteNames("");
        }
        String prefix = absolute.get(0).substring(0, absolute.get(0).lastIndexOf('/') + 1);
        for (String n : absolute) {
            while (!n.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        // one note alone keeps the folder that holds it, for a little context
        if (absolute.stream().distinct().count() == 1) {
            String trimmed = prefix.substring(0, Math.max(0, prefix.length() - 1));
            prefix = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        }
        return new NoteNames(prefix);
    }

    /** The note as the site shows it. */
    String shown(String note) {
        return !common.isEmpty() && note.startsWith(common) ? note.substring(common.length()) : note;
    }

    /** The note page's file name: readable words of its name, then a hash of the whole path. */
    String file(String note) {
        String shown = shown(note);
        String base = shown.replaceAll("\\.(md|markdown|txt)$", "").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (base.length() > MAX_BASE) {
            base = base.substring(base.length() - MAX_BASE).replaceAll("^-+", "");
        }
        return (base.isEmpty() ? "note" : base) + "-" + hash(note) + ".html";
    }

    private static String hash(String note) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(note.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
