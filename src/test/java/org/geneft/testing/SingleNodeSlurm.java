package org.geneft.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node SLURM cluster for tests (Debian's slurmctld, slurmd and munged, as root): configuration, state,
 * spool, logs and munge's socket in one folder, ports of its own. {@link #close} stops every daemon it started, by
 * pid, and is also run at JVM exit, so a failed test leaves none behind.
 */
public final class SingleNodeSlurm implements AutoCloseable {
    private final Path dir;
    private final Path conf;
    private final List<Path> pidFiles = new ArrayList<>();
    private final Thread hook = new Thread(this::stop, "slurm-stop");

    private SingleNodeSlurm(Path dir) {
        this.dir = dir;
        this.conf = dir.resolve("slurm.conf");
    }

    /** Whether this machine can run one: root, and the daemons and the client installed. */
    public static boolean available() {
        if (!"root".equals(System.getProperty("user.name"))) return false;
        for (String c : new String[] {"/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch"})
            if (!Files.isExecutable(Path.of(c))) return false;
        return Files.isReadable(Path.of("/etc/munge/munge.key"));
    }

    /** Starts munged, slurmctld and slurmd in {@code dir} and waits (at most 60 s) for the node to be idle. */
    public static SingleNodeSlurm start(Path dir) throws Exception {
        SingleNodeSlurm s = new SingleNodeSlurm(Files.createDirectories(dir));
        Runtime.getRuntime().addShutdownHook(s.hook);
        try {
            s.launch();
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void launch() throws Exception {
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        Path key = dir.resolve("munge.key");
        Files.copy(Path.of("/etc/munge/munge.key"), key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        String host = hostname();
        int ctld = freePort(), slurmd = freePort();
        Files.writeString(conf, String.join("\n",
                "ClusterName=geneft-test", "SlurmctldHost=" + host, "SlurmUser=root", "SlurmdUser=root",
                "SlurmctldPort=" + ctld, "SlurmdPort=" + slurmd, "AuthType=auth/munge",
                "AuthInfo=socket=" + dir.resolve("munge.sock"),
                "StateSaveLocation=" + dir.resolve("state"), "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"), "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"), "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core", "ReturnToService=2", "JobAcctGatherType=jobacct_gather/none",
                "SchedulerParameters=sched_interval=2", "MinJobAge=30",
                "NodeName=" + host + " CPUs=" + Runtime.getRuntime().availableProcessors() + " RealMemory=4000",
                "PartitionName=main Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP", ""),
                StandardCharsets.UTF_8);
        daemon(dir.resolve("munged.pid"), "/usr/sbin/munged", "--force", "--socket=" + dir.resolve("munge.sock"),
                "--pid-file=" + dir.resolve("munged.pid"), "--log-file=" + dir.resolve("munged.log"),
                "--seed-file=" + dir.resolve("munged.seed"), "--key-file=" + key);
        daemon(dir.resolve("slurmctld.pid"), "/usr/sbin/slurmctld", "-f", conf.toString());
        daemon(dir.resolve("slurmd.pid"), "/usr/sbin/slurmd", "-f", conf.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!run(10, "sinfo", "-h", "-o", "%t").contains("idle")) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException("the SLURM node did not become idle within 60 s; see " + dir);
            Thread.sleep(250);
        }
    }

    /** The environment a SLURM client needs to reach this cluster. */
    public Map<String, String> env() {
        return Map.of("SLURM_CONF", conf.toString());
    }

    public Path conf() {
        return conf;
    }

    /** Runs a SLURM client command against this cluster (time-limited); returns its stdout. */
    public String run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + ": no answer within " + timeoutSeconds + " s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** {@link #run} for polling: an error or a timeout reads as an empty answer. */
    public String runQuietly(String... command) {
        try {
            return run(10, command);
        } catch (Exception e) {
            return "";
        }
    }

    /** Starts a self-daemonizing program and waits (at most 20 s) for its pid file. */
    private void daemon(Path pidFile, String... command) throws Exception {
        pidFiles.add(pidFile);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(Path.of(command[0]).getFileName() + ".out").toFile()).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not daemonize within 20 s");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pid(pidFile).isEmpty()) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException(command[0] + " wrote no pid file within 20 s (exit " + p.exitValue()
                        + "); see " + dir);
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down, and the hook runs stop() itself
        }
    }

    /** Cancels what is queued, then stops the daemons it started, last started first, by pid. */
    private synchronized void stop() {
        try {
            if (Files.exists(conf)) run(15, "scancel", "--user=root");
        } catch (Exception ignored) {
            // the controller may be down already; the daemons are stopped below anyway
        }
        for (int i = pidFiles.size() - 1; i >= 0; i--) {
            Optional<ProcessHandle> h = pid(pidFiles.get(i)).flatMap(ProcessHandle::of);
            if (h.isEmpty()) continue;
            h.get().destroy();
            try {
                h.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.get().destroyForcibly();
            }
        }
        pidFiles.clear();
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            String s = Files.readString(pidFile).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String hostname() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("hostname", "-s").start();
        String h = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return h;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
