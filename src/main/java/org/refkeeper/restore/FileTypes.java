package org.refkeeper.restore;

import org.netpreserve.jwarc.MediaType;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** File name extensions for content types, and back: restored files are named by what they hold. */
public final class FileTypes {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("text/html", "html"), Map.entry("application/xhtml+xml", "html"), Map.entry("text/css", "css"),
            Map.entry("text/javascript", "js"), Map.entry("application/javascript", "js"),
            Map.entry("application/x-javascript", "js"), Map.entry("application/json", "json"),
            Map.entry("text/plain", "txt"), Map.entry("text/markdown", "md"),
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("image/avif", "avif"), Map.entry("image/svg+xml", "svg"),
            Map.entry("image/x-icon", "ico"), Map.entry("image/vnd.microsoft.icon", "ico"), Map.entry("image/bmp", "bmp"),
            Map.entry("font/woff", "woff"), Map.entry("font/woff2", "woff2"), Map.entry("application/font-woff", "woff"),
            Map.entry("font/ttf", "ttf"), Map.entry("application/x-font-ttf", "ttf"), Map.entry("font/otf", "otf"),
            Map.entry("application/vnd.ms-fontobject", "eot"), Map.entry("video/mp4", "mp4"),
            Map.entry("video/webm", "webm"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"),
            Map.entry("application/gzip", "gz"), Map.entry("application/pdf", "pdf"), Map.entry("application/zip", "zip"));
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"),
            Map.entry("gz", "application/gzip"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"));

    private FileTypes() {
    }

    static Optional<String> extension(String contentType) {
        return Optional.ofNullable(EXTENSIONS.get(base(contentType)));
    }

    static boolean isHtml(String contentType) {
        return base(contentType).equals("text/html") || base(contentType).equals("application/xhtml+xml");
    }

    static boolean isPdf(String contentType) {
        return base(contentType).equals("application/pdf");
    }

    static boolean isCss(String contentType) {
        return base(contentType).equals("text/css");
    }

    /** The type to serve a restored file with; unknown kinds are plain bytes. */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static Optional<String> charset(String contentType) {
        return Optional.ofNullable(MediaType.parseLeniently(contentType).parameters().get("charset"));
    }

    private static String base(String contentType) {
        return contentType == null ? "" : MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
    }
}
