package org.refkeeper.chromium;

import org.junit.jupiter.api.Test;
import org.refkeeper.io.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code --proxy} accepts: what Chromium can use as given, and nothing it would quietly drop. */
class ProxyUrlTest {
    @Test
    void proxyUrlsChromiumTakes() throws BadInputException {
        assertEquals("http://127.0.0.1:3128", ProxyUrl.check("http://127.0.0.1:3128"));
        assertEquals("http://127.0.0.1:3128", ProxyUrl.check("127.0.0.1:3128"), "no scheme means HTTP, as in curl");
        assertEquals("socks5://proxy.example.org:1080", ProxyUrl.check("SOCKS5://proxy.example.org:1080/"));
    }

    @Test
    void proxyUrlsItCannotUseAreRefused() {
        for (String bad : new String[]{"ftp://proxy:21", "http://", "http://proxy:3128/some/path", "not a url"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> ProxyUrl.check(bad), bad);
            assertTrue(e.getMessage().startsWith("--proxy "), e.getMessage());
        }
    }

    @Test
    void credentialsAreRefusedAndNeverRepeated() {
        BadInputException e = assertThrows(BadInputException.class, () -> ProxyUrl.check("http://me:s3cret@proxy:3128"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        BadInputException odd = assertThrows(BadInputException.class, () -> ProxyUrl.check("http://me:s3 cret@proxy:3128"));
        assertFalse(odd.getMessage().contains("s3 cret"), odd.getMessage());
    }
}
