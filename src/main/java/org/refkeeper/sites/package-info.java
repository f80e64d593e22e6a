/**
 * What the pages of a site look like: built-in and user site rules, the readers of WeChat's and Zhihu's page kinds,
 * generic main-content extraction with what a blog puts around a post left out, titles without the site's name;
 * pure, no I/O beyond its own rule files; imports content (the Markdown it hands on) and io.
 */
package org.refkeeper.sites;
