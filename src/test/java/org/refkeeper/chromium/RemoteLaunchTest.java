package org.refkeeper.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser server is asked for what the user gave, and a browser that silently went without it is refused. */
class RemoteLaunchTest {
    private static final String RULES = "--host-resolver-rules=MAP * 127.0.0.1:8443";
    private final BrowserEndpoint endpoint = BrowserEndpoint.parse("ws://browsers:3000/?token=secret#2", 1);
    private final BrowserSettings asked = settings(Optional.of("http://proxy:3128"), Optional.of(Path.of("/opt/chrome")),
            List.of(RULES));

    RemoteLaunchTest() throws Exception {
    }

    @Test
    void theLaunchOptionsCarrySwitchesProxyAndExecutable() throws Exception {
        JsonNode options = new ObjectMapper().readTree(RemoteLaunch.options(asked));
        assertTrue(options.get("headless").asBoolean());
        List<String> args = new ObjectMapper().convertValue(options.get("args"), List.class);
        assertEquals(Switches.ALWAYS, args.subList(0, Switches.ALWAYS.size()));
        assertEquals(RULES, args.get(args.size() - 1));
        assertEquals("http://proxy:3128", options.at("/proxy/server").asText());
        assertEquals("/opt/chrome", options.get("executablePath").asText());
    }

    @Test
    void aBrowserThatTookEverythingPasses() {
        assertDoesNotThrow(() -> RemoteLaunch.check("/opt/chrome --no-sandbox --proxy-server=http://proxy:3128 "
                + RULES + " --flag-switches-begin", endpoint, asked));
        assertFalse(RemoteLaunch.needsCheck(settings(Optional.empty(), Optional.empty(), List.of())));
    }

    @Test
    void eachDroppedWishIsNamedWithWhatToDo() {
        String full = "/opt/chrome --proxy-server=http://proxy:3128 " + RULES;
        assertRefused(full.replace("/opt/chrome", "/usr/bin/chromium"), "did not run --chromium /opt/chrome");
        assertRefused(full.replace("--proxy-server=http://proxy:3128", ""), "did not take --proxy");
        assertRefused(full.replace(RULES, ""), "did not take --browser-arg " + RULES);
    }

    @Test
    void anUnreachableServerIsNamedWithoutItsTokenAndWithAdvice() {
        IOException mismatch = RemoteLaunch.unreachable(endpoint, "428 Precondition Required: version mismatch", false,
                "1.62.0", null);
        assertTrue(mismatch.getMessage().contains("(it runs another version of Playwright); run Playwright 1.62.0 there"),
                mismatch.getMessage());
        IOException refused = RemoteLaunch.unreachable(endpoint, "connect ECONNREFUSED 10.0.0.1:3000", false, null, null);
        assertTrue(refused.getMessage().contains("(connection refused); start one there"), refused.getMessage());
        IOException slow = RemoteLaunch.unreachable(endpoint, "Timeout 60000ms exceeded", true, null, null);
        assertTrue(slow.getMessage().contains("no browser within 60s"), slow.getMessage());
        for (IOException e : List.of(mismatch, refused, slow)) {
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    private void assertRefused(String commandLine, String expected) {
        IOException e = assertThrows(IOException.class, () -> RemoteLaunch.check(commandLine, endpoint, asked));
        assertTrue(e.getMessage().startsWith("browser endpoint " + endpoint.shown() + " " + expected), e.getMessage());
    }

    private static BrowserSettings settings(Optional<String> proxy, Optional<Path> chromium, List<String> args) {
        return new BrowserSettings(proxy, false, chromium, args, Duration.ofSeconds(30), 1);
    }
}
