package org.refkeeper.foreign;

import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.Spool;
import org.refkeeper.warc.BundleWriter;
import org.refkeeper.warc.UrlKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The records of one import looked up the ways page finding needs: by URL, id, file, and what they link. */
final class ImportIndex {
    /** A request this far from a response in time is no longer taken as the one that asked for it. */
    private static final Duration SAME_EXCHANGE = Duration.ofMinutes(2);
    private static final Pattern ABOUT = Pattern.compile("urn:[a-z]+:(https?://.+)", Pattern.CASE_INSENSITIVE);

    private final List<ForeignRecord> all;
    private final Function<String, Path> fileOf;
    private final Map<String, List<ForeignRecord>> captures = new HashMap<>();
    private final Map<String, List<ForeignRecord>> requests = new HashMap<>();
    private final Map<String, List<ForeignRecord>> byId = new HashMap<>();
    private final Map<String, List<ForeignRecord>> concurrent = new HashMap<>();
    private final Map<String, List<ForeignRecord>> bySource = new LinkedHashMap<>();
    private final Map<String, List<ForeignRecord>> byPageId = new HashMap<>();
    /** Records about a page ({@code urn:pageinfo:URL}), by "file url key": a WACZ may hold them in another WARC. */
    private final Map<String, List<ForeignRecord>> about = new HashMap<>();
    private final Set<String> ownWarcinfos = new HashSet<>();
    /** "source url" of every page refkeeper's own verdict names. */
    private final Set<String> ownPages = new HashSet<>();
    /** refkeeper's own resource records (screenshot, DOM, text), by "source target". */
    private final Map<String, ForeignRecord> ownResources = new HashMap<>();

    ImportIndex(ImportFiles files) throws IOException {
        this(files.records(), files.spool(), files::fileOf);
    }

    /** @param fileOf the file given to the import that a record's source is, or is in */
    ImportIndex(List<ForeignRecord> records, Spool spool, Function<String, Path> fileOf) throws IOException {
        this.all = records;
        this.fileOf = fileOf;
        for (ForeignRecord r : records) {
            bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
            r.id().ifPresent(id -> byId.computeIfAbsent(id, i -> new ArrayList<>()).add(r));
            r.concurrentTo().forEach(id -> concurrent.computeIfAbsent(id, i -> new ArrayList<>()).add(r));
            r.pageId().ifPresent(id -> byPageId.computeIfAbsent(id, i -> new ArrayList<>()).add(r));
            aboutUrl(r).ifPresent(url -> about.computeIfAbsent(fileOf.apply(r.source()) + " " + UrlKey.of(url),
                    u -> new ArrayList<>()).add(r));
            if (isCapture(r)) {
                captures.computeIfAbsent(UrlKey.of(r.target()), u -> new ArrayList<>()).add(r);
            } else if (r.type().equals("request")) {
                requests.computeIfAbsent(UrlKey.of(r.target()), u -> new ArrayList<>()).add(r);
            } else if (r.type().equals("warcinfo") && r.id().isPresent() && r.block().length() < 65536
                    && new String(spool.head(r.block(), 65536), StandardCharsets.UTF_8)
                    .matches("(?s)(.*\\n)?software: *" + BundleWriter.SOFTWARE + "\\b.*")) {
                ownWarcinfos.add(r.id().get());
            }
        }
        for (ForeignRecord r : records) {
            if (r.type().equals("metadata") && isOwn(r)) {
                ownPages.add(r.source() + " " + r.target());
            } else if (r.type().equals("resource") && isOwn(r)) {
                ownResources.putIfAbsent(r.source() + " " + r.target(), r);
            }
        }
    }

    /** A response, resource or revisit for an http(s) URL: something a page can be made of. */
    static boolean isCapture(ForeignRecord r) {
        String type = r.type();
        return (type.equals("response") || type.equals("resource") || type.equals("revisit"))
                && r.target().regionMatches(true, 0, "http", 0, 4);
    }

    /**
     * The page a record is about, where its target names one the way ArchiveWeb.page and Browsertrix do
     * ({@code urn:pageinfo:URL}, {@code urn:text:URL}, {@code urn:view:URL}); refkeeper's own are not counted.
     */
    static Optional<String> aboutUrl(ForeignRecord r) {
        Matcher m = ABOUT.matcher(r.target());
        return m.matches() && !r.target().startsWith("urn:refkeeper:") ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The records about the page at {@code url} in the file (a WACZ: any of its WARCs) that holds {@code source}. */
    List<ForeignRecord> about(String url, String source) {
        return about.getOrDefault(fileOf.apply(source) + " " + UrlKey.of(url), List.of());
    }

    List<ForeignRecord> all() {
        return all;
    }

    Map<String, List<ForeignRecord>> bySource() {
        return bySource;
    }

    List<ForeignRecord> captures(String url) {
        return captures.getOrDefault(UrlKey.of(url), List.of());
    }

    /** The capture of a URL nearest in time to {@code date}, one from {@code source} if there is one. */
    Optional<ForeignRecord> nearest(String url, Instant date, String source) {
        Comparator<ForeignRecord> order = Comparator.comparing((ForeignRecord r) -> !r.source().equals(source))
                .thenComparing(r -> Duration.between(r.date(), date).abs())
                .thenComparing(ForeignRecord::isRedirect);
        return captures(url).stream().min(order);
    }

    /** The records Browsertrix and ArchiveWeb.page tagged with a page's id (WARC-Page-ID). */
    List<ForeignRecord> tagged(String pageId) {
        return byPageId.getOrDefault(pageId, List.of());
    }

    /** The first record carrying this id. */
    Optional<ForeignRecord> byId(String id) {
        return byId.getOrDefault(id, List.of()).stream().findFirst();
    }

    /**
     * Records that name this one in WARC-Concurrent-To, and those it names, of the same URL (of the same file where
     * there are such): an id that other records carry too (tools that number records anew in each file) names no
     * record of another capture.
     */
    List<ForeignRecord> concurrentWith(ForeignRecord r) {
        List<ForeignRecord> with = new ArrayList<>();
        r.id().ifPresent(id -> with.addAll(concurrent.getOrDefault(id, List.of())));
        r.concurrentTo().forEach(id -> byId.getOrDefault(id, List.of()).forEach(with::add));
        String url = UrlKey.of(r.target());
        List<ForeignRecord> sameUrl = with.stream()
                .filter(w -> w != r && (!isCapture(r) || UrlKey.of(w.target()).equals(url))).toList();
        List<ForeignRecord> sameFile = sameUrl.stream().filter(w -> w.source().equals(r.source())).toList();
        return sameFile.isEmpty() ? sameUrl : sameFile;
    }

    /** The request that asked for a capture: named by Concurrent-To, else the one for its URL just before it. */
    Optional<ForeignRecord> request(ForeignRecord capture) {
        Optional<ForeignRecord> named = concurrentWith(capture).stream()
                .filter(r -> r.type().equals("request")).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return requests.getOrDefault(UrlKey.of(capture.target()), List.of()).stream()
                .filter(r -> Duration.between(r.date(), capture.date()).abs().compareTo(SAME_EXCHANGE) <= 0)
                .min(Comparator.comparing(r -> Duration.between(r.date(), capture.date()).abs()));
    }

    /** A header of the request that asked for a capture. */
    Optional<String> requestHeader(ForeignRecord capture, String name) {
        return request(capture).flatMap(ForeignRecord::http).flatMap(h -> h.header(name));
    }

    /** Records refkeeper itself wrote into a bundle: its warcinfo, screenshot, DOM, text and verdict. */
    boolean isOwn(ForeignRecord r) {
        if (r.type().equals("warcinfo")) {
            return r.id().map(ownWarcinfos::contains).orElse(false);
        }
        if (r.type().equals("resource") && r.target().startsWith("urn:refkeeper:")) {
            return true;
        }
        return r.type().equals("metadata") && r.warcinfoId().map(ownWarcinfos::contains).orElse(false)
                && r.fields().first("Content-Type").orElse("").startsWith("application/json");
    }

    /** Whether a WARC is a bundle refkeeper wrote for that page: its own verdict names the page. */
    boolean isPageOf(String source, String url) {
        return ownPages.contains(source + " " + url);
    }

    /** refkeeper's own record of a kind ({@code BundleWriter.DOM}, {@code SCREENSHOT}) for a page of a source. */
    Optional<ForeignRecord> own(String prefix, String url, String source) {
        return Optional.ofNullable(ownResources.get(source + " " + prefix + url));
    }
}
