package org.refkeeper.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.store.ArchiveStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths and queries of 100,000 characters get a short answer, and the server goes on serving. */
class LongInputTest {
    @TempDir
    static Path dir;
    private static ArchiveStore store;
    private static WebUi ui;

    @BeforeAll
    static void serve() throws IOException {
        ArchiveStore.openForWriting(dir).close();
        store = ArchiveStore.openForReading(dir);
        ui = WebUi.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store);
    }

    @AfterAll
    static void stop() throws IOException {
        ui.close();
        store.close();
    }

    @Test
    void aLongPathOfAnArchivedPageIsRefusedInOneAnswerAndNoStackTrace() throws IOException {
        String deep = "/page/0123456789abcdef/example.org/post/" + "a/".repeat(50_000) + "x.png";
        String shallow = "/page/0123456789abcdef/example.org/post/" + "a".repeat(100_000);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertEquals(414, status(ui.replayUri().getPort(), deep));
            assertEquals(414, status(ui.replayUri().getPort(), shallow));
            String files = "/page/0123456789abcdef/example.org/post/" + "a/".repeat(400) + "x.png";
            assertEquals(404, status(ui.replayUri().getPort(), files));
            assertEquals(404, status(ui.uri().getPort(), "/" + "a/".repeat(50_000)));
            assertEquals(200, status(ui.uri().getPort(), "/?q=" + "%E7%8B%AC".repeat(30_000)));
        } finally {
            System.setErr(err);
        }
        assertTrue(log.toString(StandardCharsets.UTF_8).lines().count() <= 1, log.toString(StandardCharsets.UTF_8));
        assertEquals(200, status(ui.uri().getPort(), "/"), "still serving");
    }

    /** The status of a GET, sent as raw HTTP/1.1: an HTTP client may refuse to send so long a path. */
    private static int status(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            String host = ui.uri().getPort() == port ? ui.uri().getRawAuthority() : ui.replayUri().getRawAuthority();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(head.startsWith("HTTP/1.1 "), "no HTTP answer: '" + head + "'");
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
