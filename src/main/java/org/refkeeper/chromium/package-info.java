/**
 * How to run Chromium, as plain values every command can build without starting one: which executable, the
 * proxy, switches, timeout, pages at once and the memory bounds of a page, browser servers to use instead
 * ({@code --browser-endpoint}); imports io only. {@code capture} is what starts and drives it.
 */
package org.refkeeper.chromium;
