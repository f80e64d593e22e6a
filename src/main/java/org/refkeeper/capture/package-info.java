/** Driving headless Chromium, launched per worker or shared by a run's workers: one page in a fresh context, a quick glance or a full capture, lazy content, every request and response, screenshot and DOM; the only package that imports Playwright; imports io. */
package org.refkeeper.capture;
