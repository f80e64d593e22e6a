/**
 * A page's main content as refkeeper keeps and compares it: the Markdown of {@code content.md}, text normalised so
 * that only words count, pictures named by their address whatever size was asked for; pure functions over jsoup
 * elements and strings, read by sites (which find the content) and verdict (which compares it); imports nothing of
 * refkeeper.
 */
package org.refkeeper.content;
