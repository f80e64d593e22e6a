package org.refkeeper.notes;

import org.refkeeper.testing.Seeds;

import java.nio.file.Path;

/** The seed note, as the notes tests name it. */
final class SeedNote {
    private SeedNote() {
    }

    static Path path() {
        return Seeds.note();
    }
}
