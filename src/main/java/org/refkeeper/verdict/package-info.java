/** Judging a capture by its site's rules: main text, fingerprint, notices, the state of a source; pure, no I/O; imports capture's values and io's message helpers. */
package org.refkeeper.verdict;
