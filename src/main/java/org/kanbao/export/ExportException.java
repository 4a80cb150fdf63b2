package org.kanbao.export;

/** An export that could not be done, with a message written for the user. No output file was left. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
