/**
 * Reading notes from disk: which files of the folders given are notes (Markdown, through symbolic links, build output
 * left out), how their bytes decode, and {@code Notes.scan}, which hands each note's text to citations and the
 * citations to sources; imports citations, sources and io.
 */
package org.refkeeper.notes;
