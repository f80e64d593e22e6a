/**
 * The archive folder: its files, its lock, its settings, REPORT.md, commit messages and its git repository; the
 * only package that imports JGit; imports report, index, verdict, notes and io.
 */
package org.refkeeper.store;
