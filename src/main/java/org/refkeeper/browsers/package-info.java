/**
 * Where a run's pages are loaded: the run's one Chromium and each worker's browser attached to it, or places on
 * browser servers ({@code --browser-endpoint}), a lost server's checks handed back to the run; imports run (the
 * {@code Capturer} it implements), capture, page and chromium.
 */
package org.refkeeper.browsers;
