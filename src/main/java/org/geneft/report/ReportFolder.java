package org.geneft.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a folder whole or not at all: it is built under a hidden temporary sibling, then renamed into place.
 * It never destroys what geneft did not write: an existing folder is replaced only when it is empty or holds a
 * previous report and nothing else, as its marker file {@value #MARKER} lists; anything else is refused, before any
 * work when the command calls {@link #checkTarget} first. A symbolic link to a folder is followed (the link is kept).
 */
public final class ReportFolder {
    /** The marker of a folder geneft wrote: its first line says so, the others name the entries it wrote (relative paths). */
    public static final String MARKER = ".geneft-report";
    private static final String MARKER_HEADER = "geneft verification report; the entries geneft wrote:";

    /** What fills the temporary folder. */
    @FunctionalInterface
    public interface Builder<T> {
        T build(Path folder) throws IOException;
    }

    private ReportFolder() { }

    /**
     * The folder a report will replace, checked before any work: nothing there yet, an empty folder, or a previous
     * report holding only the entries its marker lists. Otherwise an IllegalArgumentException that names --out and
     * the first entries geneft would destroy.
     */
    public static Path checkTarget(Path target) {
        if (target.toString().isEmpty()) throw new IllegalArgumentException("--out: the folder name is empty");
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            if (!Files.exists(abs))
                throw new IllegalArgumentException("--out " + target + ": a symbolic link to nothing; give a folder");
            try {
                abs = abs.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + target + ": cannot resolve it: " + e.getMessage(), e);
            }
        }
        Path parent = abs.getParent();
        if (parent == null) throw new IllegalArgumentException("--out: cannot write the report at the root folder");
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(abs))
            throw new IllegalArgumentException("--out " + target + ": the working folder is inside it; the report "
                    + "replaces its folder whole, so give a folder of its own");
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new IllegalArgumentException("--out " + target + ": a file of that name exists, not a folder");
        if (Files.isDirectory(abs)) {
            List<String> foreign = foreignEntries(abs);
            if (!foreign.isEmpty())
                throw new IllegalArgumentException("--out " + target + ": the folder holds " + describe(foreign)
                        + ", which geneft did not write; a report replaces its folder whole, so it goes only into a new "
                        + "or empty folder or over a previous report (marked by " + MARKER + "): choose another --out");
        }
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing))
            throw new IllegalArgumentException("--out " + target + ": " + existing + " is not a folder");
        if (!Files.isWritable(existing))
            throw new IllegalArgumentException("--out " + target + ": folder " + existing + " is not writable");
        return abs;
    }

    public static <T> T write(Path target, Builder<T> builder) {
        Path abs = checkTarget(target);
        Path parent = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            cleanAbandoned(parent, abs.getFileName().toString());
            tmp = sibling(parent, abs, "tmp");
            T result = builder.build(tmp);
            writeMarker(tmp);
            if (Files.exists(abs)) {
                checkTarget(target); // again: a user may have put something there while the report was built
                Path old = sibling(parent, abs, "old");
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

    /**
     * The entries of a folder (relative paths, folders and files, the whole tree) that no marker accounts for: all of
     * them when it has no marker, except a report of the versions before the marker (its verdicts.json beside only
     * the report's own files).
     */
    private static List<String> foreignEntries(Path dir) {
        Set<String> known = new HashSet<>();
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            try {
                List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(MARKER_HEADER)) {
                    known.addAll(lines.subList(1, lines.size()));
                    known.add(MARKER);
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable marker vouches for nothing
            }
        }
        List<String> entries = tree(dir);
        if (known.isEmpty() && entries.contains("verdicts.json")
                && entries.stream().allMatch(e -> LEGACY.contains(e) || e.matches("data/[^/]+\\.csv")))
            return List.of();
        return entries.stream().filter(e -> !known.contains(e)).toList();
    }

    /** What a report folder held before the marker existed. */
    private static final Set<String> LEGACY = Set.of("report.pdf", "report.tex", "report.log", "verdicts.json", "data");

    /** Every entry under dir as a relative path with '/', in order, a folder before its contents. */
    private static List<String> tree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--out " + dir + ": cannot list it: " + e.getMessage(), e);
        }
    }

    private static String describe(List<String> names) {
        List<String> shown = names.subList(0, Math.min(3, names.size())).stream().map(n -> "'" + n + "'").toList();
        return String.join(", ", shown) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
    }

    private static void writeMarker(Path dir) throws IOException {
        StringBuilder s = new StringBuilder(MARKER_HEADER).append('\n');
        for (String e : tree(dir)) s.append(e).append('\n');
        Files.writeString(dir.resolve(MARKER), s, StandardCharsets.UTF_8);
    }

    /** A hidden sibling folder with the permissions the user's umask gives (not 0700), named after the target. */
    private static Path sibling(Path parent, Path abs, String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve("." + abs.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt()));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** Removes the temporary folders of killed runs for this target: those whose process is gone. */
    private static void cleanAbandoned(Path parent, String name) {
        String prefix = "." + name + ".";
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !Files.isDirectory(p)) continue;
                String rest = n.substring(prefix.length());
                String[] parts = rest.split("-");
                if (parts.length != 3 || !(parts[0].equals("tmp") || parts[0].equals("old"))) continue;
                long pid;
                try {
                    pid = Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                deleteTree(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: leftovers are hidden and do no harm
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
