package org.refkeeper.capture;

import com.microsoft.playwright.Page;

import java.util.List;

/** Makes a page load what it only loads for a reader: content further down, and lazy images. */
final class LazyLoader {
    private static final int MAX_STEPS = 60;
    /** Rounds of "scroll to the end, let the network settle, look again" before a growing page is left as it is. */
    private static final int MAX_ROUNDS = 4;

    /**
     * Scrolls a screen at a time to the end, letting two frames pass at each stop so that the page's scroll
     * handlers and IntersectionObservers see it (lazy pictures start loading then); gives the height at the end.
     * Driven by frames, not by a fixed pause per step.
     */
    private static final String SCROLL_DOWN = """
            async ([steps, budget]) => {
              // two frames, or a tenth of a second where the page paints none (still parsing, or hidden)
              const frames = () => new Promise(r => {
                requestAnimationFrame(() => requestAnimationFrame(r));
                setTimeout(r, 100);
              });
              const until = Date.now() + budget;
              for (let i = 0; i < steps && Date.now() < until; i++) {
                const before = window.scrollY;
                window.scrollBy(0, window.innerHeight);
                await frames();
                if (window.scrollY === before) break;
              }
              return document.documentElement.scrollHeight;
            }""";

    /**
     * WeChat-style images keep their address in data-src until a script that watches scrolling copies it
     * to src. Where that has not happened the image is copied here, so that the page, not refkeeper,
     * requests it, with the page as Referer (image hosts refuse others). A WeChat image post lists its pictures
     * in its data ({@code picture_page_info_list}) and shows them one at a time in a swiper, a video or audio post
     * shows its poster only once it plays: those pictures are asked for here too, by the page.
     */
    private static final String REVEAL_IMAGES = """
            () => {
              let revealed = 0;
              const listed = [];
              const data = window.cgiDataNew || {};
              const pictures = window.picture_page_info_list || data.picture_page_info_list;
              if (Array.isArray(pictures)) {
                for (const p of pictures) {
                  if (p && typeof p.cdn_url === 'string') listed.push(p.cdn_url);
                }
              }
              const kind = String(window.item_show_type || data.item_show_type || '0');
              const cover = document.querySelector('meta[property="og:image"]');
              if (kind !== '0' && cover && cover.content) listed.push(cover.content);
              const shown = new Set([...document.images].map(i => i.currentSrc || i.src));
              window.__refkeeperListed = [];
              for (const address of listed.map(u => u.replace(/&amp;/g, '&'))) {
                if (/^https?:[/][/]/.test(address) && !shown.has(address)) {
                  const img = new Image();
                  img.src = address;
                  window.__refkeeperListed.push(img);
                  shown.add(address);
                  revealed++;
                }
              }
              for (const img of document.querySelectorAll('img[data-src]')) {
                const wanted = img.getAttribute('data-src');
                const src = img.getAttribute('src') || '';
                const placeholder = src === '' || src.startsWith('data:') || src === 'about:blank'
                    || (img.complete && img.naturalWidth === 0);
                if (wanted && wanted !== src && placeholder) {
                  img.src = wanted;
                  revealed++;
                }
              }
              return revealed;
            }""";

    private LazyLoader() {
    }

    /**
     * Scrolls to the end; once the requests that started have ended, looks whether the page grew (more content
     * loaded for a reader at its end) and scrolls on if so; bounded by rounds, steps and the deadline.
     */
    static void scrollToBottom(Page page, Recorder recorder, Deadline deadline) {
        Number lastHeight = -1;
        for (int round = 0; round < MAX_ROUNDS && !deadline.passed(); round++) {
            Number height = (Number) page.evaluate(SCROLL_DOWN, List.of(MAX_STEPS, Math.max(1, deadline.millisLeft())));
            if (height.doubleValue() == lastHeight.doubleValue()) {
                return;
            }
            lastHeight = height;
            recorder.awaitIdle(deadline);
            Number now = (Number) page.evaluate("() => document.documentElement.scrollHeight");
            if (now.doubleValue() == height.doubleValue()) {
                return;
            }
        }
    }

    /** Points images that still show a placeholder at their data-src; returns how many. */
    static int revealImages(Page page) {
        return ((Number) page.evaluate(REVEAL_IMAGES)).intValue();
    }

    static void scrollToTop(Page page) {
        page.evaluate("() => window.scrollTo(0, 0)");
    }
}
