package org.refkeeper.restore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://x/../../etc/passwd", "https://x/..%2F..%2F..%2Fetc%2Fpasswd",
            "https://x/%2e%2e/%2e%2e/etc/passwd", "https://x/C:%5CWindows%5Csystem32%5Cdrivers",
            "https://x/CON", "https://x/con.txt", "https://x/NUL?x=1", "https://x/lpt1.png", "https://x/",
            "https://x/%00%0A%20.png", "https://x/%E5%BE%88%E9%95%BF%E7%9A%84%E5%90%8D%E5%AD%97.png",
            "https://x/a-very-long-name-a-very-long-name-a-very-long-name-a-very-long-name-a-very-long-name.png",
            "https://x/.htaccess",
            "file:///etc/passwd", "https://x/..", "https://x/a/.."})
    void everyAddressGivesAPlainNameThatIsNoDevice(String url) {
        String name = SafeName.of(url, "image/png");
        assertTrue(name.matches("[A-Za-z0-9_-]{1,64}\\.png"), name);
        assertFalse(name.contains(".."), name);
        String base = name.substring(0, name.indexOf('.')).replaceFirst("-[0-9a-f]{8}$", "");
        assertFalse(base.matches("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]"), name);
    }

    @Test
    void namesTellWhatTheFileIs() {
        assertTrue(SafeName.of("https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png", "image/png").matches("640-[0-9a-f]{8}\\.png"));
        assertTrue(SafeName.of("https://x/static/app.min.css?v=3", "text/css; charset=utf-8").matches("app-min-[0-9a-f]{8}\\.css"));
        assertTrue(SafeName.of("https://x/fonts/icons.woff2", "application/octet-stream").endsWith(".woff2"));
        assertTrue(SafeName.of("https://x/passwd", "image/png").startsWith("passwd-"));
        assertTrue(SafeName.of("https://x/CON", "image/png").startsWith("_CON-"));
    }

    @Test
    void aFileKeepsAReadableFormOfItsOwnName() {
        assertEquals("1707-06168v2.pdf", SafeName.ofFile("1707.06168v2.pdf", "application/pdf"));
        assertEquals("slides-2024.pdf", SafeName.ofFile("slides 2024.PDF", "application/pdf"));
        assertEquals("_CON.pdf", SafeName.ofFile("CON.pdf", "application/pdf"));
        assertEquals("file.pdf", SafeName.ofFile("轻量型网络.pdf", "application/pdf"));
        assertEquals("set.zip", SafeName.ofFile("set", "application/zip"));
        assertEquals("data.bin", SafeName.ofFile("data", "application/octet-stream"));
    }

    @Test
    void differentAddressesGetDifferentNamesAndTheSameOneTheSame() {
        String a = SafeName.of("https://mmbiz.qpic.cn/mmbiz_png/a/640", "image/png");
        String b = SafeName.of("https://mmbiz.qpic.cn/mmbiz_png/b/640", "image/png");
        assertNotEquals(a, b);
        assertEquals(a, SafeName.of("https://mmbiz.qpic.cn/mmbiz_png/a/640", "image/png"));
    }
}
