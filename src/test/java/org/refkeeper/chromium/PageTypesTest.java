package org.refkeeper.chromium;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which responses Chromium shows as a page, and which it would download or hand to its PDF viewer. */
class PageTypesTest {
    @ParameterizedTest(name = "{0} {1}: page {2}")
    @CsvSource(delimiter = '|', value = {
            "text/html; charset=utf-8 |                               | true",
            "application/xhtml+xml    |                               | true",
            "text/plain               |                               | true",
            "''                       |                               | true",
            "image/png                |                               | true",
            "application/json         |                               | true",
            "application/rss+xml      |                               | true",
            "application/pdf          |                               | false",
            "Application/PDF; x=y     |                               | false",
            "application/pdf          | inline; filename=\"a.pdf\"    | false",
            "application/zip          |                               | false",
            "application/octet-stream |                               | false",
            "text/csv                 |                               | false",
            "text/html                | attachment; filename=x.html   | false"})
    void shownAsPage(String type, String disposition, boolean page) {
        assertEquals(page, PageTypes.showsAsPage(type, Optional.ofNullable(disposition)));
    }
}
