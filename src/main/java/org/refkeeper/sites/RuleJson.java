package org.refkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import org.refkeeper.io.Shown;
import org.refkeeper.io.Suggestion;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads site rules from JSON: an array of objects whose keys are the components of {@link SiteRule}.
 * A list may be written as a single string. Unknown keys are refused, so that a misspelt key in a user's
 * config is reported instead of silently ignored.
 */
final class RuleJson {
    private static final Set<String> KEYS = Set.of("hosts", "content", "title", "author", "drop", "gone", "wall",
            "temporary", "wallUrls", "wallElements", "moved", "reader", "badges");

    private RuleJson() {
    }

    /** @throws IllegalArgumentException naming the rule and key that is wrong */
    static List<SiteRule> rules(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("rules: expected an array of rule objects");
        }
        List<SiteRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                rules.add(rule(array.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rules[" + i + "]." + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static SiteRule rule(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("hosts: expected a rule object with \"hosts\"");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException(Shown.of(name) + ": unknown key" + Suggestion.didYouMean(name, KEYS)
                        + "; known keys are " + KEYS);
            }
        }
        List<String> hosts = strings(node, "hosts");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts: a rule needs at least one host");
        }
        return new SiteRule(hosts, strings(node, "content"), strings(node, "title"), strings(node, "author"),
                strings(node, "drop"), strings(node, "gone"), strings(node, "wall"), strings(node, "temporary"),
                strings(node, "wallUrls"), strings(node, "wallElements"), moved(node.get("moved")),
                reader(node.get("reader")), strings(node, "badges"));
    }

    private static Optional<String> reader(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("reader: expected the name of a built-in reader, one of " + PageReader.NAMES);
        }
        return Optional.of(node.asText());
    }

    private static Optional<MoveNotice> moved(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.path("text").isTextual() || !node.path("link").isTextual()) {
            throw new IllegalArgumentException("moved: expected {\"text\": \"...\", \"link\": \"regex with a group\"}");
        }
        return Optional.of(new MoveNotice(node.get("text").asText(), node.get("link").asText()));
    }

    private static List<String> strings(JsonNode rule, String key) {
        JsonNode node = rule.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(key + ": expected a string or an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }
}
