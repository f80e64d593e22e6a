package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages that cannot be loaded end in a capture with the reason, not an exception. This browser checks
 * certificates, so the site's self-signed HTTPS fails; connection failures are shown over plain HTTP.
 */
class CaptureFailureTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static Fixtures fixtures;

    @BeforeAll
    static void start() throws IOException {
        fixtures = Fixtures.start(TIMEOUT, false);
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @Test
    void unknownHostFailsAsDns() throws IOException {
        Capture page = fixtures.capture(Pages.NOWHERE);
        assertFailed(page, Failure.Kind.DNS);
        assertTrue(page.failure().orElseThrow().message().contains("ERR_NAME_NOT_RESOLVED"));
    }

    @Test
    void connectionClosedWithoutAnswerFailsAsConnection() throws IOException {
        assertFailed(fixtures.capture(Pages.DROPPED), Failure.Kind.CONNECTION);
    }

    @Test
    void serverThatNeverAnswersFailsAsTimeoutInTime() throws IOException {
        Instant start = Instant.now();
        Capture page = fixtures.capture(Pages.HANGING);
        assertFailed(page, Failure.Kind.TIMEOUT);
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(2)) < 0, "took " + took);
    }

    @Test
    void pageWhoseImageNeverArrivesIsStillAGoodCapture() throws IOException {
        Instant start = Instant.now();
        Capture page = fixtures.capture(Pages.STALLED_IMAGE);
        assertTrue(page.failure().isEmpty(), () -> "failed: " + page.failure());
        assertEquals(200, page.status());
        assertTrue(page.dom().contains("text before the image"));
        assertTrue(page.screenshot().length > 0);
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(2)) < 0, "took " + took);
    }

    @Test
    void addressesOutsideTheSiteAreUnreachableEvenAsIpLiterals() throws IOException {
        assertFailed(fixtures.capture("http://127.0.0.1:" + fixtures.site().httpPort() + "/plain"), Failure.Kind.DNS);
    }

    @Test
    void untrustedCertificateFailsAsTls() throws IOException {
        assertFailed(fixtures.capture(Pages.SCRIPTED), Failure.Kind.TLS);
    }

    @Test
    void browserStillCapturesAfterFailures() throws IOException {
        fixtures.capture(Pages.DROPPED);
        fixtures.capture(Pages.NOWHERE);
        Capture page = fixtures.capture(Pages.PLAIN);
        assertTrue(page.failure().isEmpty(), () -> "failed: " + page.failure());
        assertEquals(200, page.status());
    }

    private static void assertFailed(Capture page, Failure.Kind kind) {
        assertEquals(kind, page.failure().map(Failure::kind).orElse(null), () -> "capture: " + page.failure());
        assertEquals(0, page.status());
        assertEquals(0, page.screenshot().length);
        assertTrue(page.dom().isEmpty());
    }
}
