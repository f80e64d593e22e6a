package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-world fixtures in {@code src/test/resources/fixtures/realworld} (see its README): WeChat server
 * responses served again under their own addresses, and other tools' WARC and WACZ files.
 */
public final class RealWorld {
    /** WeChat short ids are 22 characters; fixture files end in "-" + id + ".html". */
    private static final int ID_LENGTH = 22;

    private RealWorld() {
    }

    public static Path dir() {
        return FixtureFiles.dir().resolve("realworld");
    }

    /** Every saved WeChat page. */
    public static List<Path> wechatPages() {
        try (Stream<Path> files = Files.list(dir().resolve("wechat"))) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the real-world WeChat fixtures in " + dir(), e);
        }
    }

    /** Where a saved page is served: https://mp.weixin.qq.com/s/ + its id, or its file name when it has none. */
    public static String wechatUrl(Path page) {
        String name = page.getFileName().toString().replaceFirst("\\.html$", "");
        int idStart = name.length() - ID_LENGTH;
        String id = idStart > 0 && name.charAt(idStart - 1) == '-' ? name.substring(idStart) : name;
        return "https://mp.weixin.qq.com/s/" + id;
    }

    static void addTo(LocalSite site) throws IOException {
        for (Path page : wechatPages()) {
            String html = Files.readString(page);
            site.route("mp.weixin.qq.com", wechatUrl(page).substring("https://mp.weixin.qq.com".length()),
                    SiteResponse.html(html));
        }
    }
}
