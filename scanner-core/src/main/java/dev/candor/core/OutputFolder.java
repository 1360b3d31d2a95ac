package dev.candor.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The output directory of one running audit, held for the audit's length. Creating it refuses a
 * path whose {@code ..} climbs out of a directory that does not exist (which would leave stray
 * directories behind); holding it takes an exclusive lock on {@code .candor.lock}, so a second audit
 * into the same directory stops at once instead of deleting the first one's profiles and overwriting
 * its record. The lock file is opened without following links, and the browser work directory is a
 * fresh directory with a random name, so nothing planted in the directory redirects a write or a
 * delete.
 */
final class OutputFolder implements AutoCloseable {

    /** The lock file; its presence alone means nothing, only a held lock does. */
    static final String LOCK = ".candor.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates (when needed) and locks {@code requested}.
     *
     * @throws AuditException USAGE when it cannot be created or written, or another audit holds it
     */
    static OutputFolder open(Path requested) throws AuditException {
        Path dir = requested.toAbsolutePath();
        Path prefix = dir.getRoot();
        for (Path part : dir) {
            if (part.toString().equals("..") && !Files.isDirectory(prefix)) {
                throw new AuditException(AuditException.Kind.USAGE, "cannot use output directory " + requested + ": " + prefix
                        + " does not exist, so '..' after it names nothing; give a path without it", null, null);
            }
            prefix = prefix.resolve(part);
        }
        dir = dir.normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to output directory " + requested + " ("
                    + Auditor.oneLine(e) + "); choose a directory you can write to", null, e);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to output directory " + requested + " ("
                    + Auditor.oneLine(e) + "); choose a directory you can write to", null, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new AuditException(AuditException.Kind.USAGE, "output directory " + dir
                    + " is in use by another audit; wait for it to finish or write to another directory", null, null);
        }
        return new OutputFolder(dir, channel, lock);
    }

    /** The directory, absolute and normalised. */
    Path dir() {
        return dir;
    }

    /** A fresh, empty directory for browser profiles, with a random name no one could have planted. */
    Path newWorkDir() throws AuditException {
        try {
            return Files.createTempDirectory(dir, ".candor-profiles-");
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to output directory " + dir + " ("
                    + Auditor.oneLine(e) + "); choose a directory you can write to", null, e);
        }
    }

    /** Removes the banner screenshots an earlier audit left, so a report never shows another run's banner. */
    void removeOldScreenshots() {
        try (DirectoryStream<Path> shots = Files.newDirectoryStream(dir, "banner-*.png")) {
            for (Path shot : shots) {
                // deleting a link removes the link, never what it points to
                Files.deleteIfExists(shot);
            }
        } catch (IOException e) {
            // a stale screenshot is overwritten when this audit takes its own
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // released when the channel closes
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
