/** The command line: picocli commands as thin adapters over {@link org.refkeeper.Archive}; the only package that prints; imports everything. */
package org.refkeeper.cli;
