package org.geneft.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a folder whole or not at all: it is built under a hidden temporary sibling, then renamed
 * into place. An existing folder of the same name is replaced only once the new one is complete.
 */
public final class ReportFolder {

    /** What fills the temporary folder. */
    @FunctionalInterface
    public interface Builder<T> {
        T build(Path folder) throws IOException;
    }

    private ReportFolder() { }

    public static <T> T write(Path target, Builder<T> builder) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IllegalArgumentException("--out: cannot write the report at the root folder");
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new IllegalArgumentException("--out " + target + ": a file of that name exists, not a folder");
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
            T result = builder.build(tmp);
            if (Files.exists(abs)) {
                Path old = Files.createTempDirectory(parent, "." + abs.getFileName() + ".old-");
                Files.delete(old);
                move(abs, old);
                move(tmp, abs);
                tmp = null;
                deleteTree(old);
            } else {
                move(tmp, abs);
                tmp = null;
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report folder " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    deleteTree(tmp);
                } catch (IOException ignored) {
                    // best effort: the folder is hidden and named after its target
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
