package org.refkeeper.sources;

import org.refkeeper.citations.Citation;
import org.refkeeper.io.BadInputException;
import org.refkeeper.io.Shown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Gathers citations into one reference per article, in order of first citation. Citations of one article under
 * several canonical URLs ({@link SameArticle}) are one source, named by the spelling {@link SameArticle#PREFERRED}
 * picks; an article cited one way keeps the canonical URL, and so the id, it always had.
 */
public final class ReferenceIndex {
    private record Article(TreeSet<CanonicalUrl> spellings, List<Citation> citations) {
    }

    private final Map<String, Article> cited = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(Citation citation) {
        String url = citation.citedUrl();
        Optional<String> reason = whyNotArchived(url);
        if (reason.isPresent()) {
            skipped.add(new Skipped(url, citation, reason.get()));
            return;
        }
        try {
            // a protocol-relative URL (//host/path, old blogs' embeds) is opened as the https page it is today
            CanonicalUrl canonical = CanonicalUrl.of(url.startsWith("//") ? "https:" + url : url);
            Article article = cited.computeIfAbsent(SameArticle.key(canonical),
                    k -> new Article(new TreeSet<>(SameArticle.PREFERRED), new ArrayList<>()));
            article.spellings().add(canonical);
            article.citations().add(citation);
            if (SameArticle.isTemporary(canonical)) {
                warnings.add(citation.where() + ": " + Shown.of(url) + " is a WeChat temporary link (it has a timestamp"
                        + " and a signature) and stops working within hours; cite the article's own mp.weixin.qq.com/s/ link");
            }
        } catch (BadInputException e) {
            skipped.add(new Skipped(url, citation, e.getMessage()));
        }
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public References references() {
        List<Reference> sources = new ArrayList<>();
        for (Article article : cited.values()) {
            CanonicalUrl url = article.spellings().first();
            sources.add(new Reference(url.url(), SourceId.of(url), article.citations()));
        }
        return new References(sources, skipped, warnings);
    }

    private static Optional<String> whyNotArchived(String url) {
        if (url.isBlank()) {
            return Optional.of("empty link");
        }
        if (url.startsWith("#")) {
            return Optional.of("link within the note");
        }
        if (url.startsWith("//")) {
            return Optional.empty();
        }
        if (!url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.of("relative link");
        }
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? Optional.empty() : Optional.of("not http(s)");
    }
}
