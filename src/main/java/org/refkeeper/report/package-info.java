/**
 * What the archive says about each source and each run, as values and as JSON: a source's record
 * ({@code source.json}), run reports and their lines, and the JSON mapper that writes them with the same words
 * since 0.1.0; imports verdict, citations and io, and nothing that touches the folder or git.
 */
package org.refkeeper.report;
