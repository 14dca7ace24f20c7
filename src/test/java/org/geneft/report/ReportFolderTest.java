package org.geneft.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFolderTest {

    @Test
    void aFolderAppearsWholeAndLeavesNoTemporaryBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("reports/new");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "x"));
        assertThat(target.resolve("report.tex")).hasContent("x");
        assertThat(dir.resolve("reports").toFile().list()).containsExactly("new");
    }

    @Test
    void aFailedBuildLeavesNoFolderAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "old"));
        assertThatThrownBy(() -> ReportFolder.write(target, f -> {
            Files.writeString(f.resolve("report.tex"), "half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(target.resolve("report.tex")).hasContent("old");
        assertThat(dir.toFile().list()).containsExactly("r");
        assertThatThrownBy(() -> ReportFolder.write(dir.resolve("fresh"), f -> {
            throw new IllegalStateException("bug");
        })).hasMessage("bug");
        assertThat(dir.toFile().list()).containsExactly("r");
    }

    @Test
    void aCompleteFolderReplacesTheOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("stale.csv"), "old"));
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "new"));
        assertThat(target.toFile().list()).containsExactly("report.tex");
        assertThat(dir.toFile().list()).containsExactly("r");
    }

    @Test
    void aFileInTheWayIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("r"), "mine");
        assertThatThrownBy(() -> ReportFolder.write(file, f -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--out");
        assertThat(file).hasContent("mine");
    }
}
