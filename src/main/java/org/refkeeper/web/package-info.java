/** The local web UI over an archive and the locked-down origin that serves restored pages; imports history, restore, store and io. */
package org.refkeeper.web;
