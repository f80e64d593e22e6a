package org.refkeeper.sites;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the main content of a page nobody wrote a rule for. Pages that mark it up as {@code article},
 * {@code main} or {@code role=main} are taken at their word; otherwise, as Readability does, every block
 * of paragraph text scores its container (and half for the container's parent), and a container mostly
 * made of links (navigation, footers, related lists) loses its score.
 */
final class GenericContent {
    /**
     * What blog engines and themes put inside or around a post that is not the post and changes without it:
     * navigation and neighbour links (Hugo's PaperMod, WordPress's themes), breadcrumbs, comments and their
     * forms and counts (WordPress, Disqus, Ghost), sharing, likes and related posts (Jetpack, YARPP), Substack's
     * like and comment counters, Medium's clap and response counts, and elements the page itself hides.
     */
    static final String NOISE = "nav, [role=navigation], [hidden], .breadcrumbs, .breadcrumb, #comments, .comments-area, "
            + ".comments-wrapper, .comment-respond, .comment-list, #disqus_thread, .article-comments, .post-comment-link, "
            + ".comments-link, .sharedaddy, .share-buttons, .jp-relatedposts, .yarpp-related, .related-posts, .post-ufi, "
            + ".pw-multi-vote-count, .pw-responses-count";
    private static final List<String> SEMANTIC = List.of("article", "main", "[role=main]");
    private static final int MIN_PARAGRAPH = 25;

    private GenericContent() {
    }

    static Element find(Document doc) {
        Element body = doc.body();
        for (String selector : SEMANTIC) {
            Optional<Element> largest = body.select(selector).stream()
                    .max(Comparator.comparingInt(e -> e.text().length()));
            if (largest.isPresent() && !largest.get().text().isBlank()) {
                return largest.get();
            }
        }
        return densest(body);
    }

    private static Element densest(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : body.select("p, pre, blockquote, td, div, section")) {
            boolean paragraph = block.is("p, pre, blockquote");
            int length = (paragraph ? block.text() : block.ownText()).strip().length();
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            Element container = paragraph ? block.parent() : block;
            scores.merge(container, (double) length, Double::sum);
            if (container != body && container.parent() != null) {
                scores.merge(container.parent(), length / 2.0, Double::sum);
            }
        }
        // each candidate's link density walks its subtree: work it out once, not at every comparison
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkDensity(e.getKey()));
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) linked / all);
    }
}
