package org.geneft.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per store: an exclusive lock on a hidden file beside it ({@code .NAME.lock}), held while a sweep runs.
 * The operating system releases it when the process ends, however it ends, so a killed sweep never blocks the next.
 */
public final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the store's lock, or refuses (IllegalArgumentException) when another sweep holds it. */
    public static StoreLock acquire(Path store) {
        Path file = store.resolveSibling("." + store.getFileName() + ".lock");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very process
            }
            if (l == null) {
                ch.close();
                throw new IllegalArgumentException(store + ": another sweep is writing this store now; wait for it to "
                        + "finish, or give this one another folder (--out, --runs) or --shard");
            }
            return new StoreLock(ch, l);
        } catch (IOException e) {
            try {
                if (ch != null) ch.close();
            } catch (IOException ignored) {
                // the lock was not taken
            }
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
