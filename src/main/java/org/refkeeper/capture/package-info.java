/** Driving headless Chromium: one page in a fresh context, lazy content, every request and response, screenshot and DOM; the only package that imports Playwright; imports io. */
package org.refkeeper.capture;
