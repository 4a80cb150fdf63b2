package org.kanbao.cli;

/** A command that only reads the library, so it may run beside the app or on a read-only file. */
abstract class ReadOnlyCommand extends LibraryCommand {
    @Override
    final boolean readOnly() {
        return true;
    }
}
