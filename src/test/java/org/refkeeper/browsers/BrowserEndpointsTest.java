package org.refkeeper.browsers;

import org.junit.jupiter.api.Test;
import org.refkeeper.chromium.BrowserEndpoint;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrowserEndpointsTest {
    @Test
    void workersTakeTheServersInTurnAndNoServerGetsMoreThanItTakes() throws Exception {
        BrowserEndpoint a = BrowserEndpoint.parse("ws://a:3000/#3", 1);
        BrowserEndpoint b = BrowserEndpoint.parse("ws://b:3000/", 1);
        BrowserEndpoint c = BrowserEndpoint.parse("ws://c:3000/#2", 1);
        assertEquals(List.of(a, b, c, a, c, a), BrowserEndpoints.places(List.of(a, b, c)));
    }

    @Test
    void anEndpointKeepsItsQueryForTheServerButNotInMessages() throws Exception {
        BrowserEndpoint e = BrowserEndpoint.parse("wss://chrome.example.com?token=s3cret#6", 2);
        assertEquals(URI.create("wss://chrome.example.com/?token=s3cret"), e.url());
        assertEquals(6, e.pages());
        assertEquals("wss://chrome.example.com/?...", e.shown());
        assertEquals(2, BrowserEndpoint.parse("ws://h:3000", 2).pages(), "without #, --concurrency");
    }
}
