package org.refkeeper.verdict;

import org.jsoup.nodes.Element;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.content.Images;
import org.refkeeper.content.Markdown;
import org.refkeeper.sites.Reading;
import org.refkeeper.content.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The digest that decides whether main content changed: SHA-256 (hex) of the normalised main text, then,
 * for each image in the main content in document order, the SHA-256 of the picture the page loaded
 * (or its URL, if the capture did not load it, or got an error page for it). Markup and formatting are not part of it, so a better
 * Markdown rendering in a later refkeeper does not turn every source into "changed". A file that is no page
 * (a PDF) has the SHA-256 of its bytes instead ({@link FileDocument}).
 *
 * <p>A page kept although its site rule could not read it ({@link Outcome#UNREAD}) has a fingerprint of the
 * page as generic extraction reads it, marked {@value #UNREAD}: it is compared only with others so marked.
 */
final class Fingerprint {
    static final String UNREAD = "unread:";

    private Fingerprint() {
    }

    static String of(Element main, Capture capture) {
        return of(Reading.of(main), capture);
    }

    /** The reading's leading text and main content; what it keeps beside them is no part of it. */
    static String of(Reading reading, Capture capture) {
        MessageDigest digest = sha256();
        String text = reading.leading().isEmpty() ? main(reading) : reading.leading() + "\n" + main(reading);
        digest.update(Text.normalise(text).getBytes(StandardCharsets.UTF_8));
        for (Element img : reading.main().select("img")) {
            String picture = reading.picturesByAddress()
                    ? Images.source(img).map(Images::address).orElseGet(() -> img.attr("src"))
                    : Images.candidates(img)
                    .map(url -> capture.exchange(url).filter(e -> e.status() / 100 == 2).map(Exchange::body)
                            .filter(b -> b.length > 0).map(Fingerprint::sha256))
                    .flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> Images.source(img).orElseGet(() -> img.attr("src")));
            digest.update(("\n" + picture).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the fingerprint is of a page kept unread ({@link Outcome#UNREAD}). */
    static boolean isUnread(String fingerprint) {
        return fingerprint.startsWith(UNREAD);
    }

    private static String main(Reading reading) {
        return reading.main().text();
    }

    /** SHA-256 of the bytes, in hex: a picture's part of the fingerprint, and a file's whole fingerprint. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
