/** The archive folder: its files, its lock, its JSON and its git repository; the only package that imports JGit; imports warc, verdict, notes and io. */
package org.refkeeper.store;
