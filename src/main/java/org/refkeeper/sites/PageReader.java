package org.refkeeper.sites;

import java.util.List;
import java.util.Optional;

/**
 * Knows the kinds of page a site serves where CSS selectors alone cannot say where the content is: WeChat's
 * image and text posts keep theirs in the page's script data, a Zhihu question is its title and detail with
 * answers that come and go. A site rule names its reader ({@code "reader": "wechat"}); where the reader does
 * not recognise a page, the rule's content selectors apply.
 */
interface PageReader {
    List<String> NAMES = List.of("wechat", "zhihu");

    /** The content of a page of a kind this reader knows; empty to leave the page to the content selectors. */
    Optional<Reading> read(Page page);

    static Optional<PageReader> named(String name) {
        return switch (name) {
            case "wechat" -> Optional.of(new WeChatReader());
            case "zhihu" -> Optional.of(new ZhihuReader());
            default -> Optional.empty();
        };
    }
}
