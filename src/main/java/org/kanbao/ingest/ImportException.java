package org.kanbao.ingest;

/** A file that cannot be imported, with a reason written for the user. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
