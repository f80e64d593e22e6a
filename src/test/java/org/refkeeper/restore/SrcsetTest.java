package org.refkeeper.restore;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SrcsetTest {
    private static final Map<String, String> LOCAL = Map.of("small.png", "files/s.png", "big.png", "files/b.png",
            "https://img.example/w_100,h_50/pic.jpg", "files/p.jpg");

    private static Optional<String> rewrite(String srcset) {
        return Srcset.rewrite(srcset, ref -> Optional.ofNullable(LOCAL.get(ref)));
    }

    @Test
    void keepsEachCapturedCandidateWithItsDescriptor() {
        assertEquals(Optional.of("files/s.png 1x, files/b.png 2x"), rewrite("small.png 1x,  big.png 2x"));
        assertEquals(Optional.of("files/s.png, files/b.png 640w"), rewrite("small.png, big.png 640w"));
    }

    @Test
    void commasInsideAnAddressStayPartOfIt() {
        assertEquals(Optional.of("files/p.jpg 100w, files/b.png 200w"),
                rewrite("https://img.example/w_100,h_50/pic.jpg 100w, big.png 200w"));
    }

    @Test
    void dropsCandidatesTheCaptureLacks() {
        assertEquals(Optional.of("files/b.png 2x"), rewrite("https://live.example/x.png 1x, big.png 2x"));
        assertEquals(Optional.empty(), rewrite("https://live.example/x.png 1x"));
    }
}
