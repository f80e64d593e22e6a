package org.refkeeper.warc;

import org.netpreserve.jwarc.WarcDigest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The digests WARC and WACZ files carry: SHA-1 in base32 for records, SHA-256 in hex for WACZ resources. */
public final class Digests {
    private Digests() {
    }

    /** SHA-1 over the parts in order, as {@code sha1:BASE32}. */
    public static WarcDigest sha1(byte[]... parts) {
        MessageDigest digest = digester("SHA-1");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return new WarcDigest(digest);
    }

    public static String sha256(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(digester("SHA-256").digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digester("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digester(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
