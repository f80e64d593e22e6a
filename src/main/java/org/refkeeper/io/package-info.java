/** What every package shares about files: atomic writes, pending files, folder removal, and the bad-input error; imports nothing of refkeeper. */
package org.refkeeper.io;
