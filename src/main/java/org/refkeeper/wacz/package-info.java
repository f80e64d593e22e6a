/**
 * WACZ packages: writing an export of the archive that replay tools open, and opening one safely to import (its
 * entries checked against datapackage.json, its page list read as a stream); imports warc, records (the problems it
 * reports), index, report and io.
 */
package org.refkeeper.wacz;
