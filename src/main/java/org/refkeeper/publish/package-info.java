/** Publishing the archive as a static site (the web UI's own pages, linked relatively, and sealed offline copies, written only where bytes change) and as a links file for static site generators; imports web, history, restore, store, io and the values they hand on (citations, report, verdict). */
package org.refkeeper.publish;
