package org.refkeeper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chromium's network log ({@code --log-net-log=FILE}, complete once Chromium has closed), read for what a test
 * cannot see from outside: which host names Chromium resolved itself.
 */
public final class NetLog {
    private NetLog() {
    }

    /**
     * Every URL Chromium started a request for (URL_REQUEST_START_JOB): pages, frames, subresources, workers,
     * beacons, prefetches and WebSocket handshakes alike; never file: URLs, which it reads without a request job.
     */
    public static Set<String> requestedUrls(Path log) throws IOException {
        JsonNode root = new ObjectMapper().readTree(log.toFile());
        int start = root.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        if (start < 0) {
            throw new IOException(log + ": no URL_REQUEST_START_JOB event type; has Chromium's net log changed?");
        }
        Set<String> urls = new TreeSet<>();
        for (JsonNode event : root.path("events")) {
            if (event.path("type").asInt() == start && event.path("params").has("url")) {
                urls.add(event.path("params").path("url").asText());
            }
        }
        return urls;
    }

    /**
     * Hosts for which Chromium started a resolution job: a DNS query or a system lookup, beyond its cache and the
     * hosts file. Through a proxy there should be none.
     */
    public static Set<String> resolvedHosts(Path log) throws IOException {
        JsonNode root = new ObjectMapper().readTree(log.toFile());
        int job = root.path("constants").path("logEventTypes").path("HOST_RESOLVER_MANAGER_JOB").asInt(-1);
        if (job < 0) {
            throw new IOException(log + ": no HOST_RESOLVER_MANAGER_JOB event type; has Chromium's net log changed?");
        }
        Set<String> hosts = new TreeSet<>();
        for (JsonNode event : root.path("events")) {
            if (event.path("type").asInt() == job && event.path("params").has("host")) {
                hosts.add(event.path("params").path("host").asText());
            }
        }
        return hosts;
    }
}
