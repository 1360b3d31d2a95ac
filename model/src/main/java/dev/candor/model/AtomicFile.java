package dev.candor.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file in an output folder so that a reader never sees half of it, and so that nothing
 * planted in the folder can redirect the write: the bytes go to a fresh temporary file with a random
 * name, created exclusively (which never follows a symbolic link), that is then renamed over the
 * target (a rename replaces a link at the target instead of writing through it).
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8 to {@code file}. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, replacing it in one step where the file system can. */
    public static void write(Path file, byte[] bytes) throws IOException {
        byte[] token = new byte[8];
        RANDOM.nextBytes(token);
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(token) + ".tmp");
        try {
            // CREATE_NEW (not createTempFile) keeps the default permissions: createTempFile would make the file owner-only
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
