package org.refkeeper.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's CPU accounting must hold for processes that live and end between two samples, as renderers do. */
class ProcSamplerTest {
    @Test
    void parsesAStatLineWhoseCommandNameHasSpacesAndParentheses() {
        ProcStat s = ProcStat.parse("4242 (C2 Compiler) x) S 17 4242 4242 0 -1 4194304 99 0 0 0 "
                + "150 25 7 3 20 0 1 0 63219 3133440 413 18446744073709551615 0 0");
        assertEquals(4242, s.pid());
        assertEquals("C2 Compiler) x", s.comm());
        assertEquals(17, s.ppid());
        assertEquals(175, s.ownTicks());
        assertEquals(10, s.childTicks());
        assertEquals(63219, s.startTicks());
        assertEquals(413, s.rssPages());
    }

    @Test
    void countsTheCpuOfChildrenThatEndedBetweenSamples() throws Exception {
        // three busy children of about 0.3 s each, sampled once a second: most of their lives go unseen
        assertCountedOnce("for i in 1 2 3; do timeout 0.3 sh -c 'while :; do :; done'; done; sleep 1.5", 1000);
    }

    @Test
    void countsATreeThatEndsAllAtOnceOnce() throws Exception {
        // a parent and its two busy children, seen alive several times, end between the same two samples (as a
        // browser and its renderers do): what was seen of the children must not be counted again in the parent's tail
        assertCountedOnce("sh -c 'timeout 0.8 sh -c \"while :; do :; done\" & timeout 0.8 sh -c \"while :; do :; done\" & wait'; "
                + "sleep 1.5", 300);
    }

    private static void assertCountedOnce(String script, long sampleMillis) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", script).start();
        ProcSampler sampler = new ProcSampler(p.pid(), sampleMillis, "root");
        Thread t = new Thread(sampler);
        t.start();
        Thread.sleep(2200);
        sampler.sample();
        long exact = ProcStat.read(p.pid()).orElseThrow().childTicks();
        sampler.stop();
        t.interrupt();
        t.join();
        p.waitFor();
        double seen = 0;
        for (Map.Entry<String, Double> e : sampler.cpuSeconds().entrySet()) {
            if (!e.getKey().equals("root")) {
                seen += e.getValue();
            }
        }
        assertTrue(exact >= 10, "the children should have used CPU: " + exact + " ticks");
        assertEquals(exact / ProcStat.TICKS_PER_SECOND, seen, 0.05, "by role: " + sampler.cpuSeconds());
    }
}
