package org.refkeeper.history;

import org.refkeeper.citations.Citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A note as its writer sees it: every citation in the order of the note, each with its source's state. */
public record CitedNote(String note, List<Cited> citations) {
    /** One citation in a note and the source it names. */
    public record Cited(Citation citation, SourceStatus source) {
    }

    public CitedNote {
        citations = List.copyOf(citations);
    }

    /** The notes that cite the sources, by path, their citations by line. */
    static List<CitedNote> of(List<SourceStatus> sources) {
        Map<String, List<Cited>> byNote = new TreeMap<>();
        for (SourceStatus s : sources) {
            for (Citation c : s.citations()) {
                byNote.computeIfAbsent(c.note(), n -> new ArrayList<>()).add(new Cited(c, s));
            }
        }
        List<CitedNote> out = new ArrayList<>();
        byNote.forEach((note, cited) -> {
            cited.sort(Comparator.comparingInt(c -> c.citation().line()));
            out.add(new CitedNote(note, cited));
        });
        return out;
    }
}
