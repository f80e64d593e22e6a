package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.io.BadInputException;
import org.refkeeper.web.WebUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "A local web UI over the archive: sources, states, history, diffs, captures. "
        + "Archived pages are served from the next port, cut off from the live web.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RefkeeperCommand parent;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + WebUi.DEFAULT_PORT,
            description = "The UI's port (default: ${DEFAULT-VALUE}; 0: any free port); archived pages use the next.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InetAddress address = address();
        if (port < 0 || port > 65534) {
            throw new BadInputException("--port " + port + ": give a port from 1 to 65534 (the next one serves the "
                    + "archived pages), or 0 for any free port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Archive archive = parent.openArchive(); WebUi ui = serve(archive, address)) {
            out.println("refkeeper serves " + archive.root() + " at " + ui.uri());
            out.println("archived pages at " + ui.replayUri());
            if (!address.isLoopbackAddress()) {
                out.println("warning: listening on " + bind + ", so other machines can read this archive");
            }
            out.println("stop with Ctrl-C");
            out.flush();
            // Ctrl-C ends the JVM once the hooks are done: stop serving and clean up there
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ui.close();
                } catch (IOException e) {
                    spec.commandLine().getErr().println("refkeeper: " + e.getMessage());
                } finally {
                    stopped.countDown();
                }
            }));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    private WebUi serve(Archive archive, InetAddress address) throws IOException {
        try {
            return archive.serve(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new BadInputException("--port " + port + ": in use by another program (or not on this machine); "
                    + "pick another with --port N, or 0 for any free port");
        }
    }

    private InetAddress address() throws BadInputException {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("--bind " + bind + ": not an address of this machine; try 127.0.0.1");
        }
    }
}
