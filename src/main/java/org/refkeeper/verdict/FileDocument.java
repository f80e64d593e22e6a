package org.refkeeper.verdict;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * A capture whose main document is a file rather than a page: a PDF (arXiv's papers), an archive, a data set.
 * Nothing was rendered, so the file is the content: good when the server sent it whole with a 2xx status. Its
 * fingerprint is the SHA-256 of its bytes, its title the name a browser saves it under, and its main text one
 * line that says what it is; no PDF is parsed.
 */
final class FileDocument {
    private FileDocument() {
    }

    /** The file, when the capture rendered nothing but its main document answered with a body or headers. */
    static Optional<Exchange> of(Capture capture) {
        if (capture.failure().isPresent() || !capture.dom().isBlank()) {
            return Optional.empty();
        }
        return capture.exchange(capture.finalUrl());
    }

    /** Judges a file that came with a 2xx status. */
    static Assessment assess(Capture capture, Exchange file) {
        String name = FileName.of(file);
        if (file.body().length == 0) {
            String reason = file.responseHeader("Content-Length").filter(n -> !n.strip().equals("0"))
                    .map(n -> "file of " + n.strip() + " bytes not kept (too large)").orElse("empty file");
            return new Assessment(Outcome.BROKEN, reason, capture.status(), name, "", "", Optional.empty());
        }
        String digest = Fingerprint.sha256(file.body());
        String line = kind(file) + " document, " + file.body().length + " bytes, sha256 " + digest;
        return new Assessment(Outcome.GOOD, "file found", capture.status(), name, line, digest, Judge.redirectedTo(capture));
    }

    private static String kind(Exchange file) {
        String type = file.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/pdf") ? "PDF" : type.isEmpty() ? "unknown" : type;
    }
}
