package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.refkeeper.verdict.State;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void stateLabelsRoundTrip() {
        for (State s : State.values()) {
            assertEquals(s, State.of(s.label()));
        }
    }
}
