package org.refkeeper.folder;

import java.io.IOException;
import java.nio.file.Path;

/** The folder holds no archive yet: the user should run {@code refkeeper run NOTES} or pass {@code --archive}. */
public class NoArchiveException extends IOException {
    public NoArchiveException(Path root) {
        super(root + ": no archive here; run 'refkeeper run NOTES...' first, or pass --archive DIR");
    }
}
