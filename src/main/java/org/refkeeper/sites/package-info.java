/** What the pages of a site look like: built-in and user site rules, the readers of WeChat's and Zhihu's page kinds, generic main-content extraction, titles, Markdown; pure, no I/O beyond its own rule files; imports nothing of refkeeper. */
package org.refkeeper.sites;
