/** Judging a capture: is the article there, gone, walled off or away for now, its fingerprint, a cited file's name, and the state of its source against its past; pure, no I/O; imports sites, content and page. */
package org.refkeeper.verdict;
