/**
 * The archive's CDXJ index: one line per indexed record of every bundle, sorted as pywb expects, and the lookups
 * of stored payloads that revisits need; imports io.
 */
package org.refkeeper.index;
