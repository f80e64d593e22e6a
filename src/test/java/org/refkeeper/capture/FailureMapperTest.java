package org.refkeeper.capture;

import org.refkeeper.page.Failure;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Errors the local site cannot provoke (crashes, proxies, other TLS faults) still get the right kind. */
class FailureMapperTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "net::ERR_PROXY_CONNECTION_FAILED at https://a.example/ | CONNECTION",
        "net::ERR_CONNECTION_REFUSED at https://a.example/ | CONNECTION",
        "net::ERR_CONNECTION_RESET at https://a.example/ | CONNECTION",
        "net::ERR_SSL_PROTOCOL_ERROR at https://a.example/ | TLS",
        "net::ERR_CERT_DATE_INVALID at https://a.example/ | TLS",
        "net::ERR_CONNECTION_TIMED_OUT at https://a.example/ | TIMEOUT",
        "net::ERR_NAME_NOT_RESOLVED at https://a.example/ | DNS",
        "Target page, context or browser has been closed | BROWSER",
        "Page crashed | BROWSER",
    })
    void browserWordsGiveTheKind(String words, Failure.Kind kind) {
        PlaywrightException e = new PlaywrightException("Error {\n  message='" + words + "\n  name='Error\n"
                + "  stack='Error: " + words + "\n    at somewhere.js:1:1\n}\nCall log:\n  - navigating");
        Failure failure = FailureMapper.map(e);
        assertEquals(kind, failure.kind());
        assertEquals(words, failure.message());
    }
}
