/**
 * Driving headless Chromium, launched here, shared by a run's workers, or on a browser server: one page in a fresh
 * context, a quick glance or a full capture, lazy content, every request and response within a page's memory
 * bounds, screenshot and DOM; the only package that imports Playwright; imports page (what it returns), chromium
 * (its settings and the browser work that needs no Playwright) and io.
 */
package org.refkeeper.capture;
