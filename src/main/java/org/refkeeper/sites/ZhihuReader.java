package org.refkeeper.sites;

import org.refkeeper.content.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * www.zhihu.com, by what was cited. An answer's address ({@code /question/X/answer/Y}) is that answer, whatever
 * other answers the page shows below it. A question's address ({@code /question/X}) is the question: its title
 * and detail. The answers a question page shows change every day (new ones, votes that reorder them), so they
 * are kept in the capture and listed in the main text below the question, but are no part of the comparison.
 */
final class ZhihuReader implements PageReader {
    private static final Pattern ANSWER = Pattern.compile("/question/\\d+/answer/(\\d+)");
    private static final Pattern QUESTION = Pattern.compile("^https?://[^/]+/question/\\d+/?(?:[?#].*)?$");
    private static final String ANSWER_TEXT = ".RichContent-inner, [itemprop=text]";
    /** A prompt says a wall text and a few words more ("登录后查看更多精彩内容"); a sentence quoting one says more. */
    private static final int PROMPT_SLACK = 12;

    @Override
    public Optional<Reading> read(Page page) {
        String url = page.doc().location();
        Matcher answer = ANSWER.matcher(url);
        if (answer.find()) {
            return answer(page.doc(), answer.group(1)).map(a -> withoutPrompts(a, page.rule().wall()))
                    .filter(Page::hasContent).map(Reading::of);
        }
        return QUESTION.matcher(url).matches() ? question(page) : Optional.empty();
    }

    /** The cited answer: the one of that id, else the one the page puts first as its answer. */
    private static Optional<Element> answer(Document doc, String id) {
        Element item = doc.selectFirst(".AnswerItem[name=" + id + "], .AnswerItem[data-zop*=\"" + id + "\"]");
        if (item == null) {
            item = doc.selectFirst(".QuestionAnswer-content .AnswerItem, .AnswerCard .AnswerItem");
        }
        return Optional.ofNullable(item).map(i -> i.selectFirst(ANSWER_TEXT)).filter(Page::hasContent);
    }

    private static Optional<Reading> question(Page page) {
        Document doc = page.doc();
        String title = page.title();
        Element detail = doc.selectFirst(".QuestionHeader-detail .RichText, .QuestionRichText .RichText, "
                + ".QuestionHeader-detail, .QuestionRichText");
        Element main = detail != null ? withoutPrompts(detail.clone(), page.rule().wall()) : doc.createElement("div");
        if (title.isBlank() && !Page.hasContent(main)) {
            return Optional.empty();
        }
        List<Element> answers = doc.select(".AnswerItem").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.hasClass("AnswerItem")))
                .filter(a -> a.selectFirst(ANSWER_TEXT) != null).toList();
        String seen = answers.size() + (answers.size() == 1 ? " answer" : " answers") + " seen"
                + total(doc).map(t -> " of " + t).orElse("");
        Optional<Element> listed = Optional.empty();
        if (!answers.isEmpty()) {
            Element section = doc.createElement("section");
            section.appendElement("h2").text(seen + ", not part of the comparison");
            answers.forEach(a -> listAnswer(section, a, page.rule().wall()));
            listed = Optional.of(section);
        }
        return Optional.of(new Reading(main, title, listed, Optional.empty(),
                Optional.of(seen + ", not compared"), false));
    }

    private static void listAnswer(Element section, Element answer, List<String> wallTexts) {
        Element author = answer.selectFirst(".AuthorInfo-name, meta[itemprop=name]");
        String name = author == null ? "" : author.normalName().equals("meta") ? author.attr("content") : author.text();
        section.appendElement("h3").text(name.isBlank() ? "(anonymous)" : name.strip());
        section.appendChild(withoutPrompts(answer.selectFirst(ANSWER_TEXT), wallTexts));
        Element url = answer.select("meta[itemprop=url]").stream().filter(m -> m.closest("[itemprop=author]") == null)
                .findFirst().orElse(null);
        String link = url != null ? url.absUrl("content")
                : Optional.ofNullable(answer.selectFirst("a[href*=/answer/]")).map(a -> a.absUrl("href")).orElse("");
        if (!link.isBlank()) {
            section.appendElement("p").text(link);
        }
    }

    /**
     * The content without the login prompts Zhihu puts inside it for a logged-out reader ("登录后查看更多"): short
     * elements saying little but a wall text. They resemble a wall, yet the content is there.
     */
    private static Element withoutPrompts(Element content, List<String> wallTexts) {
        Element copy = content.clone();
        for (Element e : copy.select("*")) {
            String text = Text.normalise(e.text());
            if (e != copy && e.parent() != null && wallTexts.stream().map(Text::normalise)
                    .anyMatch(w -> !w.isEmpty() && text.contains(w) && text.length() <= w.length() + PROMPT_SLACK)) {
                e.remove();
            }
        }
        return copy;
    }

    /** How many answers the question has in all, as the page says. */
    private static Optional<String> total(Document doc) {
        Element meta = doc.selectFirst("meta[itemprop=answerCount]");
        if (meta != null && meta.attr("content").matches("\\d+")) {
            return Optional.of(meta.attr("content"));
        }
        Element header = doc.selectFirst(".List-headerText");
        Matcher m = Pattern.compile("([\\d,]+)\\s*个回答").matcher(header == null ? "" : header.text());
        return m.find() ? Optional.of(m.group(1).replace(",", "")) : Optional.empty();
    }
}
