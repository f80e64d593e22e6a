/**
 * Finding what one note cites in its text: links of every Markdown and HTML form, footnotes and reference
 * definitions, bare URLs and where they end in English and Chinese prose, the title written beside each, and what is
 * no citation (code, templates, comments, front matter); pure, one note's text in, its citations (note:line) out;
 * imports nothing of refkeeper.
 */
package org.refkeeper.citations;
