/** The local web UI over an archive and the locked-down origin that serves restored pages; imports history, restore and store. */
package org.refkeeper.web;
