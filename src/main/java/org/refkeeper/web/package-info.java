/** The web UI's pages (sources by state, notes, one note's citations, one source), rendered against a Site that says how they link: the live server of serve with its locked-down origin of archived pages, or the static site that publish writes; imports history, restore, store, io and the values they hand on (citations, verdict). */
package org.refkeeper.web;
