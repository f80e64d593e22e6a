package org.refkeeper.restore;

import org.refkeeper.io.BadInputException;
import org.refkeeper.io.RealPath;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An offline copy of one capture: {@code index.html}, which opens in any browser without network, the files
 * it needs under {@code files/}, and beside them {@code screenshot.png}, {@code content.md} as committed with
 * that capture, and the capture's WARC bundle. A capture of a file (a PDF) puts the file itself beside an
 * {@code index.html} that shows it ({@link FilePage}).
 */
public final class OfflineCopy {
    public static final String PAGE = "index.html";
    public static final String SCREENSHOT = "screenshot.png";

    private OfflineCopy() {
    }

    /**
     * @param at          a date, run id or commit: the capture that was the last good one then; empty means now
     * @param stateNow    the source's state after the latest run, for the banner
     * @param keepScripts keep the page's scripts (offline they still cannot reach the network)
     */
    public static RestoreResult restore(ArchiveStore store, SourceRecord source, Optional<String> at, State stateNow,
                                        Path to, boolean keepScripts) throws IOException {
        return restore(store, source, at, stateNow, to, keepScripts ? CopyPolicy.SCRIPTED : CopyPolicy.OFFLINE);
    }

    /** The same, under the given policy (which also says whether scripts stay). */
    public static RestoreResult restore(ArchiveStore store, SourceRecord source, Optional<String> at, State stateNow,
                                        Path to, CopyPolicy policy) throws IOException {
        // links followed first: a link that leads into the archive would put the copy there all the same
        if (RealPath.isInside(to, store.root())) {
            // the next run would commit the copy into the archive's history
            throw new BadInputException(to + " is inside the archive " + store.root()
                    + (RealPath.of(to).equals(to.toAbsolutePath().normalize()) ? "" : " (through a symbolic link)")
                    + "; restore to a folder outside it");
        }
        ChosenCapture chosen = ChosenCapture.of(store, source, at);
        GoodCapture good = chosen.capture();
        RestoreFolder folder = RestoreFolder.open(to);
        Snapshot snapshot = new ArchiveReader(store.root(), store.index())
                .read(good.bundle());
        String pageUrl = good.finalUrl() == null || good.finalUrl().isBlank() ? snapshot.url() : good.finalUrl();
        Optional<StoredResource> captured = FilePage.fileIn(snapshot);
        if (captured.isPresent()) {
            FilePage file = FilePage.of(captured.get(), pageUrl, good.at(), stateNow, policy);
            folder.write(PAGE, file.html().getBytes(StandardCharsets.UTF_8));
            folder.write(file.fileName(), file.body());
        } else {
            RestoredPage page = RestoredPage.of(snapshot, pageUrl, good.at(), stateNow, policy);
            folder.write(PAGE, page.html().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : page.files().entrySet()) {
                folder.write(LocalResources.FOLDER + "/" + file.getKey(), file.getValue());
            }
        }
        if (snapshot.screenshot().filter(s -> s.length > 0).isPresent()) {
            folder.write(SCREENSHOT, snapshot.screenshot().get());
        }
        folder.write("content.md", chosen.contentMd().getBytes(StandardCharsets.UTF_8));
        folder.write(bundleName(good.bundle()), Files.readAllBytes(store.resolve(good.bundle())));
        List<String> files = folder.finish(new RestoreManifest(source.id(), pageUrl, good.at(), good.bundle(), List.of()));
        return new RestoreResult(folder.dir(), pageUrl, good.at(), stateNow, files);
    }

    /** Whether {@code dir} holds a finished restore (its manifest is written last). */
    public static boolean isRestored(Path dir) {
        return Files.isRegularFile(dir.resolve(RestoreFolder.MANIFEST));
    }

    /** The bundle's own file name where it is a plain one. */
    private static String bundleName(String bundle) {
        String name = bundle.substring(bundle.lastIndexOf('/') + 1);
        return name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.warc\\.gz") ? name : "capture.warc.gz";
    }
}
