package org.refkeeper.restore;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Points every address in a captured page at a local file: images (lazy ones included), style sheets and
 * what they load, icons, posters, media; links to other pages become absolute, since the page no longer
 * lives at its address. What the capture lacks loads nothing, rather than something live.
 */
final class PageRewriter {
    /** Where sites keep an image's real address until a script copies it to src (WeChat: data-src). */
    private static final List<String> LAZY = List.of("data-src", "data-original", "data-lazy-src", "data-actualsrc");
    /** Link relations that make the browser fetch something. */
    private static final Set<String> FETCHING = Set.of("stylesheet", "icon", "apple-touch-icon",
            "apple-touch-icon-precomposed", "mask-icon", "preload", "modulepreload", "prefetch", "prerender",
            "manifest", "preconnect", "dns-prefetch");
    private static final Set<String> KEPT_LINKS = Set.of("stylesheet", "icon", "apple-touch-icon",
            "apple-touch-icon-precomposed", "mask-icon");
    static final String MISSING = "data-refkeeper-missing";

    private final LocalResources local;
    private final String base;
    /** How the document reaches the local files: the page from beside {@value LocalResources#FOLDER}, a frame from inside. */
    private final String folder;
    private final int depth;

    private PageRewriter(LocalResources local, String base, String folder, int depth) {
        this.local = local;
        this.base = base;
        this.folder = folder;
        this.depth = depth;
    }

    /** Rewrites {@code doc} in place; its {@code <base>} (if any) decides how relative addresses resolve, then goes. */
    static void rewrite(Document doc, String pageUrl, LocalResources local) {
        new PageRewriter(local, base(doc, pageUrl), LocalResources.FOLDER + "/", 0).all(doc);
    }

    /** Rewrites a frame's document, which lives among the files it uses. */
    static void rewriteFrame(Document doc, String frameUrl, LocalResources local, int depth) {
        new PageRewriter(local, base(doc, frameUrl), "", depth).all(doc);
    }

    private static String base(Document doc, String url) {
        String base = doc.select("base[href]").stream().findFirst()
                .map(b -> StringUtil.resolve(url, b.attr("href"))).orElse(url);
        doc.select("base, meta[http-equiv~=(?i)^(refresh|content-security-policy)$]").remove();
        return base;
    }

    private void all(Document doc) {
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "img" -> image(e);
                case "source" -> {
                    attribute(e, "src");
                    lazySrcset(e);
                }
                case "video", "audio", "track", "embed" -> {
                    attribute(e, "src");
                    attribute(e, "poster");
                }
                case "input" -> attribute(e, "src");
                case "link" -> link(e);
                case "script" -> attribute(e, "src");
                case "iframe", "frame" -> frame(e);
                case "object" -> inert(e);
                case "image", "use", "feimage" -> svgHref(e);
                case "a", "area" -> absolute(e, "href");
                case "form" -> absolute(e, "action");
                case "style" -> {
                    String sheet = css(e.data());
                    e.empty().appendChild(new DataNode(sheet));
                }
                default -> { }
            }
            absolute(e, "formaction");
            attribute(e, "background");
            if (e.hasAttr("style")) {
                e.attr("style", css(e.attr("style")));
            }
            // a rewritten file no longer matches its digest, and local files need no CORS
            e.removeAttr("integrity");
            e.removeAttr("crossorigin");
        }
    }

    private void image(Element img) {
        Optional<String> lazy = LAZY.stream().filter(img::hasAttr).map(a -> fromPage(img.attr(a)))
                .flatMap(Optional::stream).findFirst();
        for (String a : LAZY) {
            if (img.hasAttr(a)) {
                fromPage(img.attr(a)).ifPresentOrElse(f -> img.attr(a, f), () -> img.removeAttr(a));
            }
        }
        if (lazy.isPresent()) {
            img.attr("src", lazy.get());
        } else {
            attribute(img, "src");
        }
        lazySrcset(img);
        img.removeAttr("loading"); // every image at once: the copy is local and whole
    }

    private void lazySrcset(Element e) {
        if (e.hasAttr("data-srcset") && !e.hasAttr("srcset")) {
            e.attr("srcset", e.attr("data-srcset"));
        }
        e.removeAttr("data-srcset");
        if (e.hasAttr("srcset")) {
            Srcset.rewrite(e.attr("srcset"), this::fromPage)
                    .ifPresentOrElse(s -> e.attr("srcset", s), () -> missing(e, "srcset"));
        }
    }

    private void link(Element link) {
        Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
        if (rels.stream().noneMatch(FETCHING::contains)) {
            absolute(link, "href");
            return;
        }
        Optional<String> file = rels.stream().anyMatch(KEPT_LINKS::contains) || isKeptPreload(link)
                ? fromPage(link.attr("href")) : Optional.empty();
        file.ifPresentOrElse(f -> link.attr("href", f), link::remove);
    }

    private static boolean isKeptPreload(Element link) {
        return Set.of("style", "font", "image", "script").contains(link.attr("as").toLowerCase(Locale.ROOT));
    }

    private void svgHref(Element e) {
        for (String a : List.of("href", "xlink:href")) {
            String ref = e.attr(a);
            if (!e.hasAttr(a) || ref.startsWith("#")) {
                continue;
            }
            String absolute = resolve(ref);
            int hash = absolute.indexOf('#');
            String fragment = hash < 0 ? "" : absolute.substring(hash);
            Optional<String> file = local.file(hash < 0 ? absolute : absolute.substring(0, hash)).map(f -> folder + f);
            file.ifPresentOrElse(f -> e.attr(a, f + fragment), () -> missing(e, a));
        }
    }

    /** A frame shows its captured document, restored like the page; without one it would load live, so it loads nothing. */
    private void frame(Element e) {
        if (!e.hasAttr("src") || e.attr("src").startsWith("about:") || Scripts.isScript(e.attr("src"))) {
            return;
        }
        Optional<String> file = local.frame(resolve(e.attr("src")), depth + 1);
        if (file.isPresent()) {
            e.attr("src", folder + file.get());
        } else {
            inert(e);
        }
    }

    /** Plugins would load live documents; their captured ones are not restored. */
    private void inert(Element e) {
        String a = e.normalName().equals("object") ? "data" : "src";
        if (e.hasAttr(a) && !e.attr(a).startsWith("about:")) {
            e.attr(MISSING, resolve(e.attr(a)));
            e.attr(a, e.normalName().equals("object") ? "" : "about:blank");
        }
    }

    private void attribute(Element e, String a) {
        if (!e.hasAttr(a) || e.attr(a).regionMatches(true, 0, "data:", 0, 5)) {
            return;
        }
        fromPage(e.attr(a)).ifPresentOrElse(f -> e.attr(a, f), () -> missing(e, a));
    }

    private void missing(Element e, String a) {
        e.attr(MISSING, resolve(e.attr(a)));
        e.removeAttr(a);
    }

    private void absolute(Element e, String a) {
        String ref = e.attr(a);
        if (e.hasAttr(a) && !ref.startsWith("#") && !Scripts.isScript(ref)) {
            e.attr(a, resolve(ref));
        }
    }

    private String css(String css) {
        return CssUrls.rewrite(css, this::fromPage);
    }

    private Optional<String> fromPage(String ref) {
        return ref.isBlank() ? Optional.empty() : local.file(resolve(ref)).map(f -> folder + f);
    }

    private String resolve(String ref) {
        return StringUtil.resolve(base, ref.strip());
    }
}
