/** Reading Markdown notes into references (bare URLs, links, titles, note:line) and URLs into canonical form; imports io only. */
package org.refkeeper.notes;
