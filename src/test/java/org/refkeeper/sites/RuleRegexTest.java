package org.refkeeper.sites;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A user's "moved" expression and the rules' host lookup over pages and URLs of 100,000 characters: an expression
 * that would backtrack for ever or recurse past the stack finds nothing, and the run goes on. The timeout only
 * stops a match that would hang the suite; it is no speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RuleRegexTest {
    private static final int N = 100_000;

    @Test
    void aCatastrophicUserExpressionGivesUpInsteadOfHanging() {
        MoveNotice nested = new MoveNotice("moved", "(?:(a+)+)+b");
        assertEquals(Optional.empty(), nested.target("a".repeat(N)));
        MoveNotice recursive = new MoveNotice("moved", "new=((?:a|b)*)c");
        assertEquals(Optional.empty(), recursive.target("new=" + "ab".repeat(N / 2)));
    }

    @Test
    void aSaneExpressionStillFindsTheAddressInALongPage() {
        MoveNotice builtIn = new MoveNotice("该公众号已迁移", "transfer_target_link\\s*=\\s*['\"]([^'\"]+)['\"]");
        String page = "<p>" + "x ".repeat(N) + "</p><script>var transfer_target_link = 'https://mp.weixin.qq.com/s/new';</script>";
        assertEquals(Optional.of("https://mp.weixin.qq.com/s/new"), builtIn.target(page));
    }

    @Test
    void theRuleForALongUrlIsFound() {
        SiteRules rules = SiteRules.builtIn();
        assertEquals(rules.ruleFor("https://mp.weixin.qq.com/s/x"),
                rules.ruleFor("https://mp.weixin.qq.com/s/" + "a".repeat(N)));
        assertEquals(SiteRule.generic(), rules.ruleFor("https://" + "a".repeat(N)));
        assertEquals(SiteRule.generic(), rules.ruleFor("h" + "@".repeat(N)));
    }
}
