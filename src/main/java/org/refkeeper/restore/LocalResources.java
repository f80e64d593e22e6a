package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.refkeeper.warc.StoredResource;
import org.refkeeper.warc.UrlKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The captured resources a restored page uses, each given a file under {@value #FOLDER}: style sheets with
 * their own references rewritten to their neighbours there, everything else byte for byte.
 */
final class LocalResources {
    static final String FOLDER = "files";
    private static final Pattern CHARSET_RULE = Pattern.compile("^\\uFEFF?@charset\\s+\"([^\"]+)\"\\s*;");

    /** Frames within frames deeper than this load nothing. */
    static final int MAX_FRAME_DEPTH = 3;

    private final CapturedResources captured;
    private final CopyPolicy policy;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    LocalResources(CapturedResources captured, CopyPolicy policy) {
        this.captured = captured;
        this.policy = policy;
    }

    /** The name under {@value #FOLDER} of the file that holds {@code url}; empty when the capture lacks it. */
    Optional<String> file(String url) {
        if (!url.regionMatches(true, 0, "http:", 0, 5) && !url.regionMatches(true, 0, "https:", 0, 6)) {
            return Optional.empty();
        }
        String key = UrlKey.of(url);
        String known = names.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredResource> found = captured.find(url);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredResource r = found.get();
        String name = unique(SafeName.of(r.url(), r.contentType()));
        names.put(key, name); // before a style sheet's own imports, so that an import cycle ends
        files.put(name, FileTypes.isCss(r.contentType()) ? sheet(r) : r.body());
        return Optional.of(name);
    }

    /**
     * The name under {@value #FOLDER} of an offline copy of the frame document at {@code url}, made like the page
     * (scripts out unless kept, every address pointing at a local file, its own frames too, down to
     * {@value #MAX_FRAME_DEPTH} levels); empty when the capture lacks the document.
     *
     * @param depth how deep the frame is: 1 for a frame of the page
     */
    Optional<String> frame(String url, int depth) {
        if (depth > MAX_FRAME_DEPTH || (!url.regionMatches(true, 0, "http:", 0, 5)
                && !url.regionMatches(true, 0, "https:", 0, 6))) {
            return Optional.empty();
        }
        String key = "frame " + UrlKey.of(url);
        String known = names.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredResource> found = captured.find(url).filter(r -> FileTypes.isHtml(r.contentType()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredResource r = found.get();
        String name = unique(SafeName.of(r.url(), "text/html"));
        names.put(key, name); // before its own frames, so that a frame that embeds itself ends
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(r.body()), FileTypes.charset(r.contentType()).orElse(null),
                    r.url());
        } catch (IOException | IllegalArgumentException unknownCharset) {
            doc = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), r.url());
        }
        if (!policy.keepScripts()) {
            Scripts.strip(doc);
        }
        PageRewriter.rewriteFrame(doc, r.url(), this, depth);
        RestoredPage.head(doc, policy);
        files.put(name, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
        return Optional.of(name);
    }

    /** Every file given out so far, by name. */
    Map<String, byte[]> files() {
        return files;
    }

    private byte[] sheet(StoredResource r) {
        String css = decode(r);
        // sheets in FOLDER reference their neighbours by bare name; the fragment (an SVG sprite's #id) stays
        String rewritten = CssUrls.rewrite(css, ref -> {
            String absolute = StringUtil.resolve(r.url(), ref);
            int hash = absolute.indexOf('#');
            String fragment = hash < 0 ? "" : absolute.substring(hash);
            return file(hash < 0 ? absolute : absolute.substring(0, hash)).map(name -> name + fragment);
        });
        return rewritten.getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet's text, by the charset its response or its {@code @charset} rule names, else UTF-8. */
    private static String decode(StoredResource r) {
        Matcher rule = CHARSET_RULE.matcher(new String(r.body(), StandardCharsets.ISO_8859_1));
        String name = FileTypes.charset(r.contentType()).orElse(rule.find() ? rule.group(1) : "UTF-8");
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8; // an unknown name: the web's default for style sheets
        }
        // written back as UTF-8, so the rule that named another charset goes
        return CHARSET_RULE.matcher(new String(r.body(), charset)).replaceFirst("");
    }

    private String unique(String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
        }
        return candidate;
    }
}
