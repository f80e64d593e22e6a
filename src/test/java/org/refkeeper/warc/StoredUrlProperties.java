package org.refkeeper.warc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.FileTrees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any URL the web or a WARC can hold, stored in the index, reads back as it was, and the index stays one line
 * per record: spaces, control characters, any Unicode, odd schemes and no scheme, long URLs.
 */
class StoredUrlProperties {
    private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");
    private Path dir;

    @BeforeProperty
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("stored-url");
    }

    @AfterProperty
    void removeFolder() throws IOException {
        FileTrees.delete(dir);
    }

    @Property(tries = 300)
    void everyStoredUrlReadsBack(@ForAll("urls") List<String> urls) throws IOException {
        List<CdxjLine> lines = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            lines.add(CdxjLine.of(urls.get(i), T.plusSeconds(i), "text/html", "200", "sha1:D" + i, 100, i,
                    "captures/a.warc.gz", "response"));
        }
        Path file = dir.resolve("index.cdxj");
        CdxjIndex.empty().plus(lines).write(file);

        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(urls.size(), written.size(), "one line per record");
        for (String line : written) {
            String key = line.substring(0, line.indexOf(' '));
            assertTrue(key.chars().allMatch(c -> c > ' ' && c < 0x7f), "key is one printable token: " + key);
        }
        CdxjIndex read = CdxjIndex.load(file);
        assertEquals(urls.stream().sorted().toList(), read.lines().stream().map(CdxjLine::url).sorted().toList());
    }

    @Provide
    Arbitrary<List<String>> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTPS://", " http://", "<http://", "ftp://",
                "urn:x:", "dns:", "data:text/plain,", "javascript:", "", "http:/", "weird+scheme.1-x://");
        Arbitrary<String> host = Arbitraries.of("example.com", "www.Example.COM:8080", "例子.测试", "xn--fsqu00a.xn--0zwm56d",
                "a b.org", "[::1]", "", "user:pw@x.org", "%zz", "127.0.0.1");
        Arbitrary<String> rest = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60).filter(StoredUrlProperties::isValidUnicode),
                Arbitraries.strings().withChars(" \t\r\n\u0000\u0085\u2028\u2029\u3000\u00a0%#?&=/\\{}\"'<>")
                        .ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withChars("/?= ").ofMaxLength(40));
        Arbitrary<String> url = Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + "/" + r);
        return url.list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    }

    /** URLs come as bytes decoded to text: no half of a surrogate pair alone. */
    private static boolean isValidUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
