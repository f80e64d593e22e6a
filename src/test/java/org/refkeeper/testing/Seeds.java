package org.refkeeper.testing;

import java.nio.file.Path;

/** The note this project started from (a real Jekyll post citing 35 sources), from the test fixtures. */
public final class Seeds {
    private Seeds() {
    }

    public static Path note() {
        return FixtureFiles.file("seeds/000_07f52f57dc0f84ed.txt");
    }
}
