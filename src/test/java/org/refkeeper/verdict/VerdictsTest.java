package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of a source's state, and the check for a URL that now shows another article. */
class VerdictsTest {
    private static final String FP = "a".repeat(64);
    private static final String OTHER_FP = "b".repeat(64);

    private static Assessment good(String fingerprint) {
        return new Assessment(Outcome.GOOD, "main text found", 200, "标题", "正文", fingerprint, Optional.empty());
    }

    private static Assessment notGood(Outcome outcome, String reason) {
        return new Assessment(outcome, reason, 200, "", "", "", Optional.empty());
    }

    private static Optional<Previous> was(State state, String fingerprint) {
        return Optional.of(new Previous(state, Optional.ofNullable(fingerprint)));
    }

    @Test
    void firstGoodCaptureIsNew() {
        Verdict v = Verdicts.decide(good(FP), Optional.empty());

        assertEquals(new Verdict(State.NEW, "first good capture", false, Optional.empty()), v);
    }

    @Test
    void firstGoodCaptureAfterOnlyBadOnesIsNew() {
        assertEquals(State.NEW, Verdicts.decide(good(FP), was(State.UNREACHABLE, null)).state());
        assertEquals(State.NEW, Verdicts.decide(good(FP), was(State.BLOCKED, null)).state());
    }

    @ParameterizedTest
    @CsvSource({"NEW", "UNCHANGED", "CHANGED", "BLOCKED", "UNREACHABLE", "ERROR"})
    void sameFingerprintAsTheLastGoodIsUnchanged(State before) {
        Verdict v = Verdicts.decide(good(FP), was(before, FP));

        assertEquals(new Verdict(State.UNCHANGED, "main text unchanged", false, Optional.empty()), v);
    }

    @ParameterizedTest
    @CsvSource({"NEW", "UNCHANGED", "CHANGED", "BLOCKED", "UNREACHABLE", "ERROR"})
    void otherFingerprintThanTheLastGoodIsChanged(State before) {
        Verdict v = Verdicts.decide(good(OTHER_FP), was(before, FP));

        assertEquals(new Verdict(State.CHANGED, "main text differs", false, Optional.empty()), v);
    }

    @Test
    void goodAfterVanishedIsNewAndReappeared() {
        Verdict same = Verdicts.decide(good(FP), was(State.VANISHED, FP));
        Verdict other = Verdicts.decide(good(OTHER_FP), was(State.VANISHED, FP));

        assertEquals(new Verdict(State.NEW, "reappeared; main text unchanged", true, Optional.empty()), same);
        assertEquals(new Verdict(State.NEW, "reappeared; main text differs", true, Optional.empty()), other);
    }

    @ParameterizedTest
    @CsvSource({
            "GONE, 该内容已被发布者删除, VANISHED",
            "WALL, HTTP 429, BLOCKED",
            "TEMPORARY, DNS failure: net::ERR_NAME_NOT_RESOLVED, UNREACHABLE",
            "BROKEN, browser failure: Target page crashed, ERROR"})
    void badOutcomesGiveTheirStateWithTheReason(Outcome outcome, String reason, State state) {
        for (Optional<Previous> past : java.util.List.of(Optional.<Previous>empty(), was(State.UNCHANGED, FP), was(State.VANISHED, FP))) {
            assertEquals(new Verdict(state, reason, false, Optional.empty()), Verdicts.decide(notGood(outcome, reason), past));
        }
    }

    @Test
    void movedToIsCarriedOver() {
        String link = "https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650";
        Assessment moved = new Assessment(Outcome.GONE, "moved: " + link, 200, "", "", "", Optional.of(link));
        Assessment redirected = new Assessment(Outcome.GOOD, "main text found", 200, "t", "x", FP, Optional.of(link));

        assertEquals(Optional.of(link), Verdicts.decide(moved, was(State.UNCHANGED, FP)).movedTo());
        assertEquals(Optional.of(link), Verdicts.decide(redirected, was(State.UNCHANGED, FP)).movedTo());
    }

    private static Assessment unread(String fingerprint) {
        return new Assessment(Outcome.UNREAD, "main content missing: [wechat reader, #js_content]; no known notice "
                + "either (the site rule for mp.weixin.qq.com may need an update)", 200, "标题", "整页的文字",
                Fingerprint.UNREAD + fingerprint, Optional.empty());
    }

    @Test
    void aPageNoRuleReadsIsKeptAsNewWhenItIsTheFirstCopy() {
        Verdict v = Verdicts.decide(unread(FP), Optional.empty());

        assertEquals(State.NEW, v.state());
        assertTrue(v.keep(), "kept: its bundle is written and it becomes the last good capture");
        assertTrue(v.reason().startsWith("kept unread: main content missing: [wechat reader, #js_content]"), v.reason());
        assertTrue(v.reason().contains("site rule for mp.weixin.qq.com"), v.reason());
        assertTrue(Verdicts.decide(unread(FP), was(State.UNREACHABLE, null)).keep());
    }

    @Test
    void aTemplateChangeIsNeitherChangedNorVanishedButAnErrorThatKeepsThePage() {
        for (State before : new State[]{State.NEW, State.UNCHANGED, State.CHANGED}) {
            Verdict v = Verdicts.decide(unread(FP), was(before, OTHER_FP));

            assertEquals(State.ERROR, v.state(), "after " + before);
            assertTrue(v.keep(), "the page is kept though the rule failed");
            assertTrue(v.reason().startsWith("kept unread: main content missing"), v.reason());
            assertTrue(v.reason().endsWith("not compared with the last copy the rule read"), v.reason());
        }
    }

    @Test
    void pagesKeptUnreadAreComparedWithEachOther() {
        Verdict same = Verdicts.decide(unread(FP), was(State.ERROR, Fingerprint.UNREAD + FP));
        Verdict other = Verdicts.decide(unread(OTHER_FP), was(State.ERROR, Fingerprint.UNREAD + FP));

        assertEquals(State.UNCHANGED, same.state());
        assertFalse(same.keep());
        assertEquals(State.CHANGED, other.state());
        assertTrue(other.keep());
        assertTrue(other.reason().startsWith("page text differs; kept unread: "), other.reason());
    }

    @Test
    void aPageTheRuleReadsAgainStartsAfreshInsteadOfCountingAsAChange() {
        Verdict v = Verdicts.decide(good(FP), was(State.UNCHANGED, Fingerprint.UNREAD + OTHER_FP));

        assertEquals(State.NEW, v.state());
        assertEquals("read by its site rule again, not compared with the copy kept unread", v.reason());
        assertTrue(v.keep());
    }

    @Test
    void whatTheReaderNotesIsSaid() {
        Assessment question = new Assessment(Outcome.GOOD, "main text found", 200, "问题", "问题的正文", FP,
                Optional.empty(), Optional.of("12 answers seen of 57, not compared"));

        assertEquals("first good capture; 12 answers seen of 57, not compared",
                Verdicts.decide(question, Optional.empty()).reason());
        assertEquals("main text unchanged; 12 answers seen of 57, not compared",
                Verdicts.decide(question, was(State.UNCHANGED, FP)).reason());
    }

    @Test
    void titlesThatAreTheSameInAllButFormDoNotDiffer() {
        assertFalse(Verdicts.titleDiffers("AI编程害死我了，给我的抓包软件埋了一个大雷！", "AI编程害死我了,给我的抓包软件埋了一个大雷!"));
        assertFalse(Verdicts.titleDiffers("  Leaking   Pipes ", "leaking pipes"));
        assertFalse(Verdicts.titleDiffers("ＡＩ编程害死我了", "AI编程害死我了"), "full-width letters");
        assertFalse(Verdicts.titleDiffers("AI编程害死我了，给我的抓包…", "AI编程害死我了，给我的抓包软件埋了一个大雷！"), "truncated");
        assertFalse(Verdicts.titleDiffers("Leaking pipes | Example Blog", "Leaking pipes"), "site name appended");
        assertFalse(Verdicts.titleDiffers("前端播客周刊 #026 - Chrome Speculation Rules 加速网页性能",
                "前端播客周刊 #026 - Chrome Speculation Rules 加速网站性能"), "a word fixed");
        assertFalse(Verdicts.titleDiffers("", "anything"), "no cited title proves nothing");
    }

    @Test
    void anotherArticleDiffers() {
        assertTrue(Verdicts.titleDiffers("AI编程害死我了，给我的抓包软件埋了一个大雷！",
                "前端播客周刊 #026 - Chrome Speculation Rules 加速网站性能"));
        assertTrue(Verdicts.titleDiffers("Leaking pipes", "Ten recipes for the summer"));
        assertTrue(Verdicts.titleDiffers("前端播客周刊 #026", "前端播客周刊 #027"));
    }
}
