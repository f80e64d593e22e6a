/** Judging a capture by its site's rules: main text, fingerprint, notices, the state of a source; pure, no I/O; imports capture's values only. */
package org.refkeeper.verdict;
