package org.refkeeper.sources;

/**
 * The stable id of a source, {@code <host>/<slug>}: also its folder under {@code sources/}.
 * Only [a-z0-9._-] in each part, so it is a safe path on every file system.
 */
public record SourceId(String host, String slug) {
    public SourceId {
        if (!host.matches("[a-z0-9._-]{1,253}") || !slug.matches("[A-Za-z0-9._-]{1,120}")
                || host.startsWith(".") || slug.startsWith(".")) {
            throw new IllegalArgumentException("not a source id: " + host + "/" + slug);
        }
    }

    /** The id of the source at a canonical URL: the same URL always gives the same id. */
    public static SourceId of(CanonicalUrl url) {
        return new SourceId(Slugs.host(url), Slugs.slug(url));
    }

    @Override
    public String toString() {
        return host + "/" + slug;
    }
}
