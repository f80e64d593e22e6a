package org.refkeeper.restore;

/**
 * A captured page that tries every way a page has to reach the network: elements, styles, preloads, frames,
 * media, fonts, forms, refresh, and scripts that fetch, beacon, open sockets, workers, windows and navigate.
 * Every address it names is on {@value #HOST}, which no restored copy may ask for; the one picture the capture
 * holds is on {@value #SITE}.
 */
final class HostilePage {
    static final String HOST = "evil.example";
    static final String SITE = "https://site.example";
    static final String URL = SITE + "/article";
    static final String PICTURE = SITE + "/kept.png";

    private HostilePage() {
    }

    static String html() {
        String e = "https://" + HOST;
        return """
                <!DOCTYPE html><html manifest="%1$s/app.manifest"><head><meta charset="utf-8"><title>Hostile</title>
                <base href="%1$s/base/">
                <meta http-equiv="refresh" content="1;url=%1$s/refresh">
                <meta http-equiv="Content-Security-Policy" content="default-src *">
                <link rel="stylesheet" href="%1$s/style.css"><link rel="prefetch" href="%1$s/prefetch">
                <link rel="preload" as="font" href="%1$s/font.woff2" crossorigin><link rel="preload" as="image" href="%1$s/pre.png">
                <link rel="dns-prefetch" href="//dns.%2$s"><link rel="preconnect" href="%1$s/preconnect">
                <link rel="icon" href="%1$s/favicon.ico"><link rel="manifest" href="%1$s/manifest.json">
                <link rel="modulepreload" href="%1$s/module.js"><link rel="prerender" href="%1$s/prerender">
                <style>
                  @import url(%1$s/import.css); @import "%1$s/import2.css";
                  @font-face { font-family: F; src: url(%1$s/font2.woff2); }
                  body { font-family: F; background: image-set("%1$s/set.png" 1x, "%1$s/set2.png" 2x); }
                  .c { cursor: url(%1$s/cursor.cur), auto; list-style-image: url('%1$s/list.png'); }
                  .m { mask-image: url("%1$s/mask.svg"); }
                </style>
                <script src="%1$s/script.js"></script>
                </head><body background="%1$s/body.png">
                <h1 class="c m">Hostile</h1>
                <img id="kept" src="%3$s">
                <img src="relative.png"><img src="%1$s/img.png" srcset="%1$s/1x.png 1x, %1$s/2x.png 2x">
                <img data-src="%1$s/lazy.png" loading="lazy">
                <picture><source srcset="%1$s/source.webp" type="image/webp"><img src="%1$s/picture.png"></picture>
                <video src="%1$s/video.mp4" poster="%1$s/poster.png" autoplay muted><source src="%1$s/source.mp4">
                  <track src="%1$s/track.vtt" default></video>
                <audio src="%1$s/audio.mp3" autoplay></audio>
                <iframe src="%1$s/frame.html"></iframe><iframe srcdoc="<img src='%1$s/srcdoc.png'>"></iframe>
                <embed src="%1$s/embed.swf"><object data="%1$s/object.pdf"></object>
                <input type="image" src="%1$s/input.png">
                <div style="background-image: url(%1$s/inline.png)">styled</div>
                <svg width="10" height="10"><image href="%1$s/svg.png" width="10" height="10"/>
                  <use href="%1$s/sprite.svg#a"/><filter id="f"><feImage href="%1$s/feimage.png"/></filter></svg>
                <a href="%1$s/link" ping="%1$s/ping">a link</a>
                <form id="form" action="%1$s/form" method="post"><input name="q" value="x"></form>
                <script type="module">import "%1$s/import.js";</script>
                <script>
                  const h = "%1$s";
                  const tries = [
                    () => fetch(h + "/fetch"), () => { const x = new XMLHttpRequest(); x.open("GET", h + "/xhr"); x.send(); },
                    () => navigator.sendBeacon(h + "/beacon", "x"), () => new WebSocket("wss://%2$s/socket"),
                    () => new EventSource(h + "/events"), () => { new Image().src = h + "/new-image.png"; },
                    () => new Worker(h + "/worker.js"), () => import(h + "/dynamic.js"),
                    () => document.write("<img src='" + h + "/written.png'>"),
                    () => { const s = document.createElement("script"); s.src = h + "/added.js"; document.head.append(s); },
                    () => { const f = document.createElement("iframe"); f.src = h + "/added-frame.html"; document.body.append(f); },
                    () => { const l = document.createElement("link"); l.rel = "stylesheet"; l.href = h + "/added.css"; document.head.append(l); },
                    () => { const l = document.createElement("link"); l.rel = "prefetch"; l.href = h + "/added-prefetch"; document.head.append(l); },
                    () => new FontFace("G", "url(" + h + "/fontface.woff2)").load(),
                    () => new Audio(h + "/new-audio.mp3").play(),
                    () => document.styleSheets[0].insertRule("@import url(" + h + "/inserted.css);", 0),
                    () => { document.body.style.backgroundImage = "url(" + h + "/set-style.png)"; },
                    () => window.open(h + "/popup"),
                    () => document.getElementById("form").submit(),
                    () => { document.querySelector("a").click(); },
                    () => setTimeout(() => { location.href = h + "/navigate"; }, 50),
                    () => setTimeout(() => { location.replace(h + "/replace"); }, 100),
                  ];
                  for (const t of tries) { try { t(); } catch (e) { } }
                  window.triedAll = true;
                </script>
                </body></html>
                """.formatted(e, HOST, PICTURE);
    }
}
