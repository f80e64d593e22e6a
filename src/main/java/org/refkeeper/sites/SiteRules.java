package org.refkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site rules in force: the built-in ones, bundled as JSON under {@code rules/} next to this class,
 * with the user's rules in front. A user rule that names a host of a built-in rule replaces that rule.
 */
public final class SiteRules {
    private static final String FOLDER = "rules/";
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)");
    private static final SiteRules BUILT_IN = new SiteRules(loadBuiltIn());

    private final List<SiteRule> rules;

    private SiteRules(List<SiteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SiteRules builtIn() {
        return BUILT_IN;
    }

    /** These rules with {@code overrides} added; each replaces every rule it shares a host with. */
    public SiteRules withOverrides(List<SiteRule> overrides) {
        List<SiteRule> merged = new ArrayList<>(overrides);
        rules.stream().filter(r -> overrides.stream().noneMatch(r::overlaps)).forEach(merged::add);
        return new SiteRules(merged);
    }

    /**
     * These rules with the user's rules from a JSON array (the "rules" key of the archive's config) added.
     *
     * @throws IllegalArgumentException naming the rule and key that is wrong, e.g. "rules[1].content: not a CSS selector: ##x"
     */
    public SiteRules withOverrides(JsonNode array) {
        return withOverrides(RuleJson.rules(array));
    }

    public List<SiteRule> rules() {
        return rules;
    }

    /** The rule for the host of {@code url}: the first that matches, else the generic one. */
    public SiteRule ruleFor(String url) {
        String host = host(url);
        return rules.stream().filter(r -> r.matches(host)).findFirst().orElseGet(SiteRule::generic);
    }

    /**
     * The host of {@code url} in lower case, empty if it has none. Lenient on purpose: cited URLs may hold spaces or
     * Chinese that java.net.URI refuses.
     */
    public static String host(String url) {
        Matcher m = HOST.matcher(url.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    // A jar cannot list a folder, so rules/index.txt names the files to load.
    private static List<SiteRule> loadBuiltIn() {
        ObjectMapper json = new ObjectMapper();
        List<SiteRule> rules = new ArrayList<>();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(open("index.txt"), StandardCharsets.UTF_8))) {
            for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                try (InputStream in = open(name)) {
                    rules.addAll(RuleJson.rules(json.readTree(in)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("built-in site rules " + FOLDER + name + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in site rules", e);
        }
        return rules;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SiteRules.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + name + " next to " + SiteRules.class.getName());
        }
        return in;
    }
}
