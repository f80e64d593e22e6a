/**
 * How refkeeper runs Chromium, in plain Java that needs no Playwright: the settings every command can build
 * without starting a browser (executable, proxy, switches, timeout, pages at once, memory bounds, browser servers),
 * which responses Chromium shows as a page, the launch options a browser server is asked for and the check that it
 * took them, the DevTools port, the stall guard, and the cache Playwright's driver unpacks into; imports io only.
 * {@code capture} is what starts and drives the browser.
 */
package org.refkeeper.chromium;
