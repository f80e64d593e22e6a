package org.refkeeper.verdict;

import org.jsoup.nodes.Element;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.sites.Page;
import org.refkeeper.sites.Reading;
import org.refkeeper.sites.SiteRule;
import org.refkeeper.sites.SiteRules;
import org.refkeeper.content.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Judges one capture on its own, by the rules of its site: is the article there, gone, walled off or only
 * away for now? Pure: reads nothing but the capture.
 *
 * <p>Order of evidence: a load failure; a redirect through a wall URL, a consent page or a domain marketplace; a
 * bot challenge ({@link WebWalls}); the site's own notices; the HTTP status; on a site without a rule of its own,
 * a paywall, a consent dialog with no article, a "page not found" or a parked domain sent with 200
 * ({@link WebWalls}, {@link WebGone}); finally the main content itself, as the site rule reads it ({@link Page#read()}), or, for a file that
 * is no page (a PDF), the file ({@link FileDocument}); a page with text its rule cannot read is kept unread
 * ({@link Outcome#UNREAD}). Real articles quote notices and sit under login dialogs, so a
 * notice counts only where the article would be: anywhere on a page without its article, or inside the
 * article on a page with little text (under {@value #SHORT_PAGE} characters). A wall element (a login dialog)
 * counts only on a page without its article.
 *
 * <p>A site's "moved" notice (WeChat's 该公众号已迁移) gives {@link Outcome#GONE} with {@code movedTo}
 * set and reason {@code moved: <link>}: this address is gone, and the archive follows the link to capture
 * the article where it now lives.
 */
public final class Judge {
    static final int SHORT_PAGE = 400;
    /** Less text than this is no page worth keeping unread: a notice or wall nobody wrote a rule for. */
    static final int MIN_UNREAD = 100;

    private final SiteRules rules;

    public Judge(SiteRules rules) {
        this.rules = rules;
    }

    /** A judge with the built-in site rules only. */
    public Judge() {
        this(SiteRules.builtIn());
    }

    public Assessment assess(Capture capture) {
        if (capture.failure().isPresent()) {
            return failed(capture.failure().get());
        }
        Optional<String> wall = wallRedirect(capture);
        if (wall.isPresent()) {
            return notGood(Outcome.WALL, "redirected to a wall: " + wall.get(), capture, "");
        }
        Optional<Assessment> away = WebWalls.redirect(capture).or(() -> WebGone.redirect(capture));
        if (away.isPresent()) {
            return away.get();
        }
        if (capture.dom().isBlank()) {
            // nothing rendered: a page that never loaded, or a file (a PDF) that no page shows
            return byStatus(capture, "")
                    .or(() -> FileDocument.of(capture).map(file -> FileDocument.assess(capture, file)))
                    .orElseGet(() -> notGood(Outcome.BROKEN, "nothing loaded", capture, ""));
        }
        SiteRule rule = rules.ruleFor(capture.finalUrl());
        Page page = new Page(capture.dom(), capture.finalUrl(), rule);
        Optional<Reading> reading = page.read();
        Optional<Assessment> challenge = WebWalls.challenge(page, capture);
        if (challenge.isPresent()) {
            return challenge.get();
        }
        if (reading.isEmpty() || page.text().length() < SHORT_PAGE) {
            String where = reading.map(Reading::text).orElseGet(page::text);
            Optional<Assessment> notice = notice(rule, page, capture, where, reading.isEmpty());
            if (notice.isPresent()) {
                return notice.get();
            }
        }
        Optional<Assessment> status = byStatus(capture, page.title());
        if (status.isPresent()) {
            return status.get();
        }
        boolean ruleless = rule.content().isEmpty() && rule.reader().isEmpty();
        Optional<Assessment> standIn = ruleless ? WebWalls.ofPage(page, reading, capture)
                .or(() -> WebGone.ofPage(page, reading, capture)) : Optional.empty();
        if (standIn.isPresent()) {
            return standIn.get();
        }
        if (reading.isEmpty()) {
            return unread(rule, page, capture);
        }
        Reading r = reading.get();
        return new Assessment(Outcome.GOOD, "main text found", capture.status(), r.title().orElseGet(page::title),
                r.markdown(), Fingerprint.of(r, capture), redirectedTo(capture), r.note());
    }

    /**
     * Neither the article nor a notice the rule knows: most likely the site changed its pages and the rule is out
     * of date. Calling that "vanished" would cry wolf on every source of the site at once, and dropping it would
     * lose the one copy there may ever be: a page with text enough to be one is kept as generic extraction reads
     * it, and the reason says which rule failed.
     */
    private static Assessment unread(SiteRule rule, Page page, Capture capture) {
        if (rule.content().isEmpty() && rule.reader().isEmpty()) {
            return notGood(Outcome.BROKEN, "no text on the page", capture, page.title());
        }
        List<String> looked = new ArrayList<>();
        rule.reader().ifPresent(r -> looked.add(r + " reader"));
        looked.addAll(rule.content());
        String missing = "main content missing: " + looked + "; no known notice either";
        Optional<Element> generic = page.generic().filter(Judge::enoughToKeep)
                .or(() -> Optional.of(page.doc().body()).filter(Judge::enoughToKeep));
        if (generic.isEmpty()) {
            return notGood(Outcome.BROKEN, missing + " (the site rule may need an update); too little text to keep",
                    capture, page.title());
        }
        String host = rule.hosts().isEmpty() ? "" : " for " + rule.hosts().get(0);
        Reading r = Reading.of(generic.get());
        return new Assessment(Outcome.UNREAD, missing + " (the site rule" + host + " may need an update)",
                capture.status(), page.title(), r.markdown(), Fingerprint.UNREAD + Fingerprint.of(r, capture),
                redirectedTo(capture));
    }

    private static boolean enoughToKeep(Element e) {
        return e.text().strip().length() >= MIN_UNREAD;
    }

    // A login dialog over a readable article hides nothing from the archive: wall elements need the article missing.
    private Optional<Assessment> notice(SiteRule rule, Page page, Capture capture, String where, boolean articleMissing) {
        String text = Text.normalise(where);
        if (rule.moved().isPresent() && firstIn(text, List.of(rule.moved().get().text())).isPresent()) {
            Optional<String> link = rule.moved().get().target(capture.dom());
            String reason = link.map(l -> "moved: " + l).orElse(rule.moved().get().text());
            return Optional.of(new Assessment(Outcome.GONE, reason, capture.status(), page.title(), "", "", link));
        }
        Optional<Assessment> found = firstIn(text, rule.gone()).map(n -> notGood(Outcome.GONE, n, capture, page.title()))
                .or(() -> firstIn(text, rule.wall()).map(n -> notGood(Outcome.WALL, n, capture, page.title())))
                .or(() -> rule.wallElements().stream().filter(s -> articleMissing && page.has(s)).findFirst()
                        .map(s -> notGood(Outcome.WALL, "wall: " + s, capture, page.title())));
        return found.or(() -> firstIn(text, rule.temporary())
                .map(n -> notGood(Outcome.TEMPORARY, n, capture, page.title())));
    }

    private static Optional<String> firstIn(String text, List<String> notices) {
        return notices.stream().filter(n -> text.contains(Text.normalise(n))).findFirst();
    }

    private Optional<String> wallRedirect(Capture capture) {
        return Stream.concat(capture.redirects().stream(), Stream.of(capture.finalUrl()))
                .filter(url -> rules.ruleFor(url).wallUrls().stream().anyMatch(url::contains))
                .findFirst();
    }

    private static Optional<Assessment> byStatus(Capture capture, String title) {
        int status = capture.status();
        Outcome outcome;
        if (status == 401 || status == 403 || status == 407 || status == 429) {
            outcome = Outcome.WALL;
        } else if (status == 408 || status == 425 || status >= 500) {
            outcome = Outcome.TEMPORARY;
        } else if (status >= 400) {
            outcome = Outcome.GONE; // 404, 410, 451 and the rest of 4xx: asking again will not help
        } else {
            return Optional.empty();
        }
        return Optional.of(notGood(outcome, "HTTP " + status, capture, title));
    }

    private static Assessment failed(Failure failure) {
        String what = switch (failure.kind()) {
            case DNS -> "DNS failure";
            case CONNECTION -> "connection failure";
            case TIMEOUT -> "timeout";
            case TLS -> "TLS failure";
            case BROWSER -> "browser failure";
        };
        Outcome outcome = failure.kind() == Failure.Kind.BROWSER ? Outcome.BROKEN : Outcome.TEMPORARY;
        return new Assessment(outcome, what + ": " + failure.message(), 0, "", "", "", Optional.empty());
    }

    /** An assessment without main text: anything but good. */
    static Assessment notGood(Outcome outcome, String reason, Capture capture, String title) {
        return new Assessment(outcome, reason, capture.status(), title, "", "", Optional.empty());
    }

    // http -> https, "www.", a trailing slash or a fragment is not a move.
    static Optional<String> redirectedTo(Capture capture) {
        return comparable(capture.url()).equals(comparable(capture.finalUrl()))
                ? Optional.empty() : Optional.of(capture.finalUrl());
    }

    private static String comparable(String url) {
        return url.strip().replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("#.*$", "").replaceFirst("/$", "");
    }
}
