package org.refkeeper.io;

import java.io.IOException;

/** Input the user must fix (a missing note, an unparsable URL); the message names the file or line and says what to do. */
public class BadInputException extends IOException {
    public BadInputException(String message) {
        super(message);
    }
}
