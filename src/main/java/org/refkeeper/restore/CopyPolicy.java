package org.refkeeper.restore;

/**
 * What an offline copy may do once opened, written into it as a {@code <meta>} Content-Security-Policy (a
 * folder opened from disk or put on a static host gets no headers).
 */
public enum CopyPolicy {
    /** Scripts removed; whatever loads cannot reach the network: {@code restore}'s default. */
    OFFLINE(false, "connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'"),
    /** Scripts kept ({@code --keep-scripts}), still cut off from the network. */
    SCRIPTED(true, "connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'"),
    /**
     * For copies others will open ({@code publish}): no scripts, and nothing loads but the copy's own files;
     * a file (a PDF) is shown in a frame of its own folder.
     */
    SEALED(false, "default-src 'none'; script-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; media-src 'self' data:; frame-src 'self'; connect-src 'none'; "
            + "form-action 'none'; base-uri 'none'; object-src 'none'; worker-src 'none'; manifest-src 'none'");

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
