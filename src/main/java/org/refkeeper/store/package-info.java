/**
 * The archive as a git repository: opening it to read or to write (folder, lock and repository together), what a
 * commit stages, REPORT.md and commit messages, what runs that died left behind, every source as the newest commit
 * holds it, and the past read from git; the only package that imports JGit; imports folder, report, index, verdict,
 * citations and io.
 */
package org.refkeeper.store;
