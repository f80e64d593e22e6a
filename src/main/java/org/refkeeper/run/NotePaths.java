package org.refkeeper.run;

import org.refkeeper.citations.Citation;

import java.nio.file.Path;
import java.util.List;

/**
 * Names notes the same way whatever folder refkeeper runs from (cron runs from $HOME): relative to the folder
 * that holds the archive when the note is inside it, absolute otherwise. Keeps source.json stable across runs.
 */
record NotePaths(Path base) {
    List<Citation> normalise(List<Citation> citations) {
        return citations.stream().map(c -> new Citation(name(c.note()), c.line(), c.title(), c.heading(), c.citedUrl())).toList();
    }

    String name(String note) {
        Path p = Path.of(note).toAbsolutePath().normalize();
        Path rel = p.startsWith(base) ? base.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }
}
