package dev.candor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a report file so that a reader never sees half of it: the text goes to a temporary file
 * in the same folder, which is then moved over the target in one step.
 */
final class AtomicFile {

    /** Tells apart the temporary files of concurrent writers in one JVM; the pid tells apart JVMs. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8 to {@code file}, replacing it atomically where the file system can. */
    static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + SEQUENCE.incrementAndGet() + ".tmp");
        try {
            // CREATE_NEW (not createTempFile) keeps the default permissions: createTempFile would make the report owner-only
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
