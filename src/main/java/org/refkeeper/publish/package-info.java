/** Publishing the archive as a static site (the web UI's own pages, linked relatively, and sealed offline copies) and as a links file for static site generators; imports web, history, restore, store and io. */
package org.refkeeper.publish;
