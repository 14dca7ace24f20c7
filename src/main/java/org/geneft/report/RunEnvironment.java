package org.geneft.report;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** The software and machine a run used, each value saying where it came from, for the reproducibility section. */
public final class RunEnvironment {
    private RunEnvironment() { }

    /** Java, the libraries (from the build's versions.properties), nauty (Debian's package database) and pdflatex. */
    public static Map<String, String> versions(String latexVersion) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")");
        Properties p = new Properties();
        try (InputStream in = RunEnvironment.class.getResourceAsStream("/org/geneft/versions.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // reported as unknown below
        }
        for (String[] lib : new String[][] {{"geneft", "geneft"}, {"Symja", "symja"}, {"Hipparchus", "hipparchus"},
                {"JNA", "jna"}, {"FreeMarker", "freemarker"}}) {
            String v = p.getProperty(lib[1], "");
            m.put(lib[0], v.isEmpty() || v.startsWith("${") ? "unknown (no filtered versions.properties)"
                    : v + " (Maven build)");
        }
        m.put("nauty", command(List.of("dpkg-query", "-W", "-f=${Version}", "libnauty2"))
                .map(v -> v + " (Debian package libnauty2, dpkg-query)").orElse("unknown (dpkg-query found no libnauty2)"));
        m.put("LaTeX", latexVersion);
        return m;
    }

    /** Cores, memory, operating system and load average when the run started. */
    public static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            m.put("memory", String.format(java.util.Locale.ROOT, "%.1f GB physical", os.getTotalMemorySize() / 1e9));
        m.put("JVM heap limit", String.format(java.util.Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / 1e9));
        m.put("operating system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + osRelease());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        m.put("load average", load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f (1 min, at the start)", load));
        return m;
    }

    private static String osRelease() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release")))
                if (line.startsWith("PRETTY_NAME=")) return ", " + line.substring(12).replace("\"", "");
        } catch (IOException ignored) {
            // not Linux, or no os-release: the JVM's words suffice
        }
        return "";
    }

    private static java.util.Optional<String> command(List<String> cmd) {
        try {
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!proc.waitFor(10, TimeUnit.SECONDS) || proc.exitValue() != 0 || out.isEmpty())
                return java.util.Optional.empty();
            return java.util.Optional.of(out);
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
