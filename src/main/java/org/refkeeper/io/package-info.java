/**
 * What every package shares about files and input: atomic writes, pending files, folder removal, real paths
 * through symbolic links, plain relative paths, and the bad-input error with what its message needs (a value
 * shown short on one line, the known word a typo meant); imports nothing of refkeeper.
 */
package org.refkeeper.io;
