package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;

import java.awt.Color;
import java.time.Duration;

/** Small pages on a blog host, each showing one way a page can load or fail to. */
public final class Pages {
    private static final String HOST = "blog.example.org";
    public static final String SCRIPTED = "https://blog.example.org/scripted";
    /** Only in the page once its script ran: the HTML carries it as JSON with escaped characters. */
    public static final String SCRIPTED_TEXT = "由脚本渲染的正文";
    public static final String OLD = "https://blog.example.org/old-post";
    public static final String MOVED = "https://blog.example.org/2024/new-post";
    /** Sends the reader on to {@link #MOVED} by script, after it has loaded. */
    public static final String SCRIPT_REDIRECT = "https://blog.example.org/moved-by-script";
    /** Sends the reader on to {@link #MOVED} as soon as it scrolls. */
    public static final String MOVED_ON_SCROLL = "https://blog.example.org/moved-on-scroll";
    public static final String GZIPPED = "https://blog.example.org/gzipped";
    public static final String GZIPPED_TEXT = "this page travelled gzip-encoded";
    /** Adds an image once loaded; the image takes a while to come. */
    public static final String LATE_IMAGE = "https://blog.example.org/late";
    public static final String LATE_IMAGE_SRC = "https://blog.example.org/late.png";
    public static final byte[] PICTURE = Pngs.solid(64, 64, Color.ORANGE);
    public static final String UNAVAILABLE = "https://blog.example.org/busy";
    public static final String DROPPED = "http://blog.example.org/dropped";
    public static final String HANGING = "http://blog.example.org/hanging";
    public static final String PLAIN = "http://blog.example.org/plain";
    /** Loads, but one of its images never arrives, so the load event never fires. */
    public static final String STALLED_IMAGE = "http://blog.example.org/stalled-image";
    public static final String NOWHERE = "https://no-such-host.example.net/post";

    private Pages() {
    }

    static void addTo(LocalSite site) {
        site.route(HOST, "/scripted", SiteResponse.html(scripted())
                .withHeader("Set-Cookie", "first=1; Path=/")
                .withHeader("Set-Cookie", "second=2; Path=/"));
        site.route(HOST, "/old-post", SiteResponse.redirect(302, MOVED));
        site.route(HOST, "/2024/new-post", SiteResponse.html("<html><body><p>the post, moved</p></body></html>"));
        site.route(HOST, "/moved-by-script", SiteResponse.html("<html><body><p>moving</p><script>"
                + "setTimeout(() => location.replace('/2024/new-post'), 300)</script></body></html>"));
        site.route(HOST, "/moved-on-scroll", SiteResponse.html("<html><body><p style=\"height:5000px\">tall</p>"
                + "<script>addEventListener('scroll', () => location.replace('/2024/new-post'), {once: true})"
                + "</script></body></html>"));
        site.route(HOST, "/gzipped", SiteResponse.html("<html><body><p>" + GZIPPED_TEXT + "</p></body></html>").gzipped());
        site.route(HOST, "/late", SiteResponse.html("<html><body><p>late picture</p><script>"
                + "addEventListener('load', () => setTimeout(() => document.body.appendChild(new Image()).src = "
                + "'/late.png', 100))</script></body></html>"));
        site.route(HOST, "/late.png", SiteResponse.of(200, "image/png", PICTURE).delayed(Duration.ofMillis(1500)));
        site.route(HOST, "/busy", SiteResponse.status(503, "try again later").withHeader("Retry-After", "120"));
        site.route(HOST, "/dropped", SiteResponse.drop());
        site.route(HOST, "/hanging", SiteResponse.hang());
        site.route(HOST, "/stalled-image", SiteResponse.html(
                "<html><body><p>text before the image</p><img src=\"/hanging\"></body></html>"));
        site.route(HOST, "/plain", SiteResponse.html("<html><body><p>plain http</p></body></html>"));
    }

    private static String scripted() {
        String escaped = SCRIPTED_TEXT.chars().mapToObj(c -> String.format("\\u%04x", c))
                .reduce("", String::concat);
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>scripted</title></head><body>
                <div id="app"></div>
                <script type="application/json" id="state">{"body": "%s"}</script>
                <script>
                  const state = JSON.parse(document.getElementById('state').textContent);
                  const p = document.createElement('p');
                  p.textContent = state.body;
                  document.getElementById('app').appendChild(p);
                </script>
                </body></html>
                """.formatted(escaped);
    }
}
