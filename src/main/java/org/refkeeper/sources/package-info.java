/**
 * What the notes cite, as sources: each cited URL's canonical form, the id and slug that name its folder, the
 * spellings of one article merged into one source, every citation of each, and the links left out with why;
 * imports citations and io.
 */
package org.refkeeper.sources;
