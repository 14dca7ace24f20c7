package org.geneft.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files whole or not at all: into a temporary file beside the target, then a rename. An output path
 * must be a regular file or nothing yet: a folder, a device, a pipe or an input of the command is refused, before any
 * work ({@link #target}). A symbolic link is followed: the file it points to is replaced and the link kept.
 */
final class AtomicFiles {
    private AtomicFiles() { }

    interface Content {
        void write(Writer w) throws IOException;
    }

    /**
     * The file to write for an output option, checked before any work: the path itself, or the file a symbolic link
     * points to. Refused (IllegalArgumentException naming the option): a folder, anything not a regular file, a link
     * to nothing, one of the command's {@code inputs}, a missing or read-only folder.
     */
    static Path target(String option, Path path, Collection<Path> inputs) {
        if (path.toString().isEmpty()) throw new IllegalArgumentException(option + ": the file name is empty");
        Path abs = path.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs) && !Files.exists(abs))
            throw new IllegalArgumentException(option + " " + path + ": a symbolic link to nothing; give a file name");
        if (Files.exists(abs)) {
            Path real;
            try {
                real = abs.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException(option + " " + path + ": cannot resolve it: " + e.getMessage(), e);
            }
            if (Files.isDirectory(real))
                throw new IllegalArgumentException(option + " " + path + ": a folder; give a file name");
            if (!Files.isRegularFile(real))
                throw new IllegalArgumentException(option + " " + path + ": not a regular file (a device, a pipe or a "
                        + "socket); geneft writes its outputs only as regular files");
            for (Path in : inputs)
                if (isSame(real, in))
                    throw new IllegalArgumentException(option + " " + path + ": an input of this command ("
                            + in + "); writing there would replace it");
            abs = real;
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir))
            throw new IllegalArgumentException(option + " " + path + ": folder " + dir + " does not exist");
        if (!Files.isWritable(dir))
            throw new IllegalArgumentException(option + " " + path + ": folder " + dir + " is not writable");
        return abs;
    }

    /** {@link #target} for an option with no input files to protect. */
    static Path target(String option, Path path) {
        return target(option, path, List.of());
    }

    /**
     * Writes the file whole or not at all (checked as {@link #target} with no option name). A new file gets the
     * permissions the user's umask gives; a replaced file keeps its own.
     */
    static void write(Path target, Content content) {
        Path abs = target("output", target);
        Path dir = abs.getParent();
        // A short name of its own, so that a file name near the system's 255-byte limit still has a temporary.
        Path tmp = dir.resolve(".geneft-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createFile(tmp);
            if (Files.isRegularFile(abs)) keepPermissions(abs, tmp);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden
            }
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) return;
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, perms);
    }

    private static boolean isSame(Path real, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(real, input);
        } catch (IOException e) {
            return false;
        }
    }
}
