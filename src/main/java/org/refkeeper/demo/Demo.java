package org.refkeeper.demo;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.io.AtomicFile;
import org.refkeeper.run.RunListener;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.RunReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code refkeeper demo}: archives the bundled demo note from the bundled demo site, served on 127.0.0.1 under
 * the real host names, into an ordinary archive. The note is written into the archive folder
 * ({@code demo/reading-list.md}, one of the archive's own paths, committed with it) so that later runs find it.
 */
public final class Demo {
    public static final String NOTE = Layout.DEMO_NOTE;

    private Demo() {
    }

    public static RunReport run(Archive archive, BrowserSettings browser, RunListener listener) throws IOException {
        archive.init(); // the note goes into the archive folder: it must be refkeeper's before anything is written
        Path note = archive.root().resolve(NOTE);
        AtomicFile.writeIfChanged(note, DemoSite.note());
        try (LocalSite site = DemoSite.start()) {
            List<String> args = new ArrayList<>(browser.browserArgs());
            args.addAll(site.browserArgs());
            BrowserSettings local = new BrowserSettings(browser.proxy(), true, browser.chromium(), args,
                    browser.timeout(), browser.concurrency()).withEndpoints(browser.endpoints());
            return archive.run(new RunOptions(List.of(note), local, Optional.of(0L)), listener);
        }
    }
}
