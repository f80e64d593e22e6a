package org.refkeeper.cli;

import org.junit.jupiter.api.Test;
import org.refkeeper.report.RunEntry;
import org.refkeeper.testing.StepClock;
import org.refkeeper.verdict.State;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 8, "progress for big archives": a bar on a terminal, a line per source in a log, nothing with --quiet. */
class RunProgressTest {
    @Test
    void theBarShowsDoneTotalStatesAndTimeLeft() {
        Map<State, Integer> states = new EnumMap<>(State.class);
        states.put(State.NEW, 3);
        states.put(State.UNCHANGED, 8);
        states.put(State.UNREACHABLE, 1);
        assertEquals("[######------------------]  12/45  3 new, 8 unchanged, 1 unreachable  about 2m45s left",
                RunProgress.bar(12, 45, states, Duration.ofMinutes(1)));
        assertEquals("[########################]  45/45  3 new, 8 unchanged, 1 unreachable",
                RunProgress.bar(45, 45, states, Duration.ofMinutes(4)));
    }

    @Test
    void onTheTerminalOneLineIsRedrawnInPlace() {
        StringWriter err = new StringWriter();
        StepClock clock = new StepClock(Instant.parse("2027-01-01T00:00:00Z"));
        RunProgress bar = new RunProgress(new PrintWriter(err), RunProgress.Mode.BAR, clock);
        bar.started("20270101T000000Z", 2);
        clock.advance(Duration.ofSeconds(30));
        bar.judged(entry(State.CHANGED), 1, 2);
        clock.advance(Duration.ofSeconds(30));
        bar.judged(entry(State.UNCHANGED), 2, 2);
        String first = "[############------------]  1/2  1 changed  about 30s left";
        String last = "[########################]  2/2  1 unchanged, 1 changed";
        assertEquals("run 20270101T000000Z: 2 sources\n\r" + first + "\r" + last
                + " ".repeat(first.length() - last.length()) + "\n", err.toString(), "the longer line wiped out");
    }

    @Test
    void inALogEachSourceIsALineAndQuietSaysNothing() {
        StringWriter lines = new StringWriter();
        RunProgress log = new RunProgress(new PrintWriter(lines), RunProgress.Mode.LINES, Clock.systemUTC());
        log.started("r", 1);
        log.judged(entry(State.VANISHED), 1, 1);
        assertEquals("run r: 1 sources\n[1/1] vanished    https://a.example/p  A post\n", lines.toString());
        StringWriter quiet = new StringWriter();
        RunProgress none = new RunProgress(new PrintWriter(quiet), RunProgress.Mode.NONE, Clock.systemUTC());
        none.started("r", 1);
        none.judged(entry(State.VANISHED), 1, 1);
        assertEquals("", quiet.toString());
    }

    private static RunEntry entry(State state) {
        return new RunEntry("a.example/p", "https://a.example/p", "A post", state, Optional.empty(), 200, "", false,
                Optional.empty(), Optional.empty(), "", false);
    }
}
