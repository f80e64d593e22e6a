package org.refkeeper.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.refkeeper.sites.MoveNotice;
import org.refkeeper.sites.SiteRule;
import org.refkeeper.sites.SiteRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Built-in site rules and the user's overrides from the archive's config. */
class SiteRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void builtInRulesCoverWeChatAndZhihu() {
        SiteRules rules = SiteRules.builtIn();

        assertEquals(List.of("#js_content"), rules.ruleFor("https://mp.weixin.qq.com/s/KDWh_qGpFN5Vu1TR9t30Mw").content());
        assertEquals(List.of(".Post-RichText"), rules.ruleFor("https://zhuanlan.zhihu.com/p/1").content());
        assertEquals(List.of(".RichContent-inner"), rules.ruleFor("https://www.zhihu.com/question/1/answer/2").content());
        assertEquals(SiteRule.generic(), rules.ruleFor("https://blog.example.org/post"));
        assertEquals(SiteRule.generic(), rules.ruleFor("not a url at all"));
        assertEquals(List.of("#js_content"), rules.ruleFor("https://MP.weixin.qq.com/s?title=微信 文章").content(),
                "a cited URL with spaces or Chinese still finds its rule");
    }

    @Test
    void everyBundledRuleFileIsListedInTheIndex() throws IOException {
        Path folder = Path.of("src/main/resources/org/refkeeper/sites/rules");
        List<String> index = Files.readAllLines(folder.resolve("index.txt"));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> assertTrue(index.contains(n), n + " is not in rules/index.txt"));
        }
    }

    @Test
    void userRuleReplacesTheBuiltInOneForItsHost() throws IOException {
        SiteRules rules = SiteRules.builtIn().withOverrides(json("""
                [{"hosts": ["mp.weixin.qq.com"], "content": "#article-body", "gone": ["文章不见了"]}]"""));
        Judge judge = new Judge(rules);
        String page = "<html><body><div id=\"js_content\"><p>旧的正文位置</p></div>"
                + "<div id=\"article-body\"><p>" + "新的正文位置。".repeat(80) + "</p></div></body></html>";

        Assessment good = judge.assess(Captures.page(WeChatPages.URL, 200, page));
        Assessment gone = judge.assess(Captures.page(WeChatPages.URL, 200, "<html><body><p>文章不见了</p></body></html>"));
        Assessment builtInNoticeIgnored = judge.assess(Captures.page(WeChatPages.URL, 200,
                Captures.realWorld("wechat/deleted-by-author-P9cMowFQ-QahLRnfHponKw.html")));

        assertTrue(good.mainText().startsWith("新的正文位置。"), good.mainText());
        assertEquals(Outcome.GONE, gone.outcome());
        assertEquals("文章不见了", gone.reason());
        assertTrue(builtInNoticeIgnored.reason().startsWith("main content missing: [#article-body]"), builtInNoticeIgnored.reason());
        assertEquals(List.of(".Post-RichText"), rules.ruleFor("https://zhuanlan.zhihu.com/p/1").content(),
                "other built-in rules stay");
    }

    @Test
    void userRuleAddsASite() throws IOException {
        SiteRules rules = SiteRules.builtIn().withOverrides(json("""
                [{"hosts": ["*.example.com"], "content": [".entry"], "title": "h2.entry-title",
                  "gone": "This post was removed", "wallUrls": ["/login?"],
                  "moved": {"text": "We moved", "link": "data-new=\\"([^\\"]+)\\""}}]"""));
        SiteRule rule = rules.ruleFor("https://blog.example.com/a");

        assertEquals(rule, rules.ruleFor("https://example.com/a"));
        assertEquals(List.of(".entry"), rule.content());
        assertEquals(List.of("This post was removed"), rule.gone());
        assertEquals(Optional.of(new MoveNotice("We moved", "data-new=\"([^\"]+)\"")), rule.moved());
        assertEquals(SiteRule.generic(), rules.ruleFor("https://notexample.com/a"));
    }

    @Test
    void mistakesInUserRulesAreNamed() {
        IllegalArgumentException badSelector = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"hosts\": [\"a.example\"]}, {\"hosts\": \"b.example\", \"content\": \"div[\"}]")));
        IllegalArgumentException unknownKey = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"hosts\": [\"a.example\"], \"contents\": \"#x\"}]")));
        IllegalArgumentException noHosts = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"content\": \"#x\"}]")));
        IllegalArgumentException badLink = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"hosts\": \"a.example\", \"moved\": {\"text\": \"t\", \"link\": \"no group\"}}]")));

        assertTrue(badSelector.getMessage().startsWith("rules[1].content: not a CSS selector: div["), badSelector.getMessage());
        assertTrue(unknownKey.getMessage().startsWith("rules[0].contents: unknown key"), unknownKey.getMessage());
        assertTrue(noHosts.getMessage().startsWith("rules[0].hosts"), noHosts.getMessage());
        assertTrue(badLink.getMessage().startsWith("rules[0].moved.link"), badLink.getMessage());
    }

    @Test
    void aUserRuleNamesABuiltInReaderOrNone() throws IOException {
        SiteRule withReader = SiteRules.builtIn().withOverrides(json("""
                [{"hosts": ["mp.weixin.qq.com"], "reader": "wechat", "content": "#article-body", "badges": ["独家"]}]"""))
                .ruleFor("https://mp.weixin.qq.com/s/x");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"hosts\": \"a.example\", \"reader\": \"weixin\"}]")));
        IllegalArgumentException notAName = assertThrows(IllegalArgumentException.class, () ->
                SiteRules.builtIn().withOverrides(json("[{\"hosts\": \"a.example\", \"reader\": [\"wechat\"]}]")));

        assertEquals(Optional.of("wechat"), withReader.reader());
        assertEquals(List.of("独家"), withReader.badges());
        assertEquals(Optional.empty(), SiteRule.generic().reader());
        assertEquals("rules[0].reader: no built-in reader weixin; known readers are [wechat, zhihu]", unknown.getMessage());
        assertTrue(notAName.getMessage().startsWith("rules[0].reader: expected the name of a built-in reader"),
                notAName.getMessage());
    }
}
