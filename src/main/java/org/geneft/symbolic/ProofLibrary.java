package org.geneft.symbolic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The proof files of a folder (proofs/ by default): one derivation per {@code <id>.proof}, sorted by id. */
public final class ProofLibrary {

    private final Path folder;
    private final ProofFileParser parser = new ProofFileParser();

    public ProofLibrary(Path folder) {
        if (!Files.isDirectory(folder))
            throw new IllegalArgumentException(folder + ": no such folder of proof files");
        this.folder = folder;
        // A folder without derivations is a mistake, not nothing to check: verify would silently drop every symbolic claim.
        if (ids().isEmpty())
            throw new IllegalArgumentException(folder + ": no proof files (*.proof) in this folder; the derivations "
                    + "are in geneft's proofs/ folder");
    }

    /** The ids of every derivation in the folder. */
    public List<String> ids() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".proof"))
                    .map(n -> n.substring(0, n.length() - ".proof".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads one derivation by id. */
    public ProofFile load(String id) {
        Path file = folder.resolve(id + ".proof");
        if (!id.matches("[a-z0-9][a-z0-9-]*") || !Files.isRegularFile(file))
            throw new IllegalArgumentException("no derivation '" + id + "' in " + folder + " (known: "
                    + String.join(", ", ids()) + ")");
        return parser.parse(file);
    }

    /** The derivations' files, so that an output can refuse to overwrite them. */
    public List<Path> files() {
        return ids().stream().map(id -> folder.resolve(id + ".proof")).toList();
    }

    /** Reads every derivation, failing on the first malformed file. */
    public List<ProofFile> loadAll() {
        return ids().stream().map(this::load).toList();
    }
}
