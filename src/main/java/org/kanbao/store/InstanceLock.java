package org.kanbao.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells a second app window on the same library that the library is in use, so it can open
 * read-only. SQLite's own locking already keeps the file safe; this only decides who may write.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process holds it. */
    public static InstanceLock tryAcquire(Path libraryFile) {
        Path lockFile = libraryFile.toAbsolutePath().resolveSibling(libraryFile.getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                return null;
            }
            return new InstanceLock(ch, l);
        } catch (IOException e) {
            // A folder where no lock file can be made is read-only anyway.
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // released when the process ends in any case
        }
    }
}
