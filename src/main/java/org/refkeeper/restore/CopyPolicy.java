package org.refkeeper.restore;

/**
 * What an offline copy may do once opened, written into it as a {@code <meta>} Content-Security-Policy (a
 * folder opened from disk or put on a static host gets no headers).
 */
public enum CopyPolicy {
    /** Scripts removed; nothing loads but the copy's own files: {@code restore}'s default. */
    OFFLINE(false, Loads.OWN_FILES + "; script-src 'none'"),
    /**
     * Scripts kept ({@code --keep-scripts}), loading only the copy's own files; a guard run before them stops
     * the one thing a policy cannot: navigating the tab onto the live web ({@link RestoredPage#GUARD}).
     */
    SCRIPTED(true, Loads.OWN_FILES + "; script-src 'self' file: 'unsafe-inline' 'unsafe-eval'"),
    /**
     * For copies others will open ({@code publish}): no scripts, and nothing loads but the copy's own files;
     * a file (a PDF) is shown in a frame of its own folder.
     */
    SEALED(false, "default-src 'none'; script-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; media-src 'self' data:; frame-src 'self'; connect-src 'none'; "
            + "form-action 'none'; base-uri 'none'; object-src 'none'; worker-src 'none'; manifest-src 'none'");

    /**
     * What an opened copy may load: its own files ({@code file:} where it is opened from disk, {@code 'self'}
     * where {@code serve} serves it), inline data, and nothing else; no connection, form, plugin, worker or manifest.
     */
    private static final class Loads {
        static final String OWN_FILES = "default-src 'none'; img-src 'self' file: data: blob:; "
                + "media-src 'self' file: data: blob:; font-src 'self' file: data:; style-src 'self' file: 'unsafe-inline'; "
                + "frame-src 'self' file:; connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'; "
                + "worker-src 'none'; manifest-src 'none'";
    }

    private final boolean keepScripts;
    private final String policy;

    CopyPolicy(boolean keepScripts, String policy) {
        this.keepScripts = keepScripts;
        this.policy = policy;
    }

    boolean keepScripts() {
        return keepScripts;
    }

    /** The Content-Security-Policy written into the copy. */
    public String policy() {
        return policy;
    }
}
