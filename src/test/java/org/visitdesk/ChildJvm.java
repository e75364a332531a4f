package org.visitdesk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code org.visitdesk.Main} in a child JVM on the test classpath, so that exit codes, standard
 * output and standard error are what a user sees.
 */
public final class ChildJvm {

    /** What the child did. */
    public record Result(int exitCode, String out, String err) {

        /** Non-blank lines of standard error. */
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private ChildJvm() {
    }

    /** The command that runs a main class of the test class path in a child JVM, with the arguments. */
    public static List<String> command(String mainClass, String... args) {
        return command(List.of(), mainClass, args);
    }

    /** The same with options for the child JVM itself (a system property, say). */
    public static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire puts the real classpath here; java.class.path may be a manifest-only booter jar
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", cp, mainClass));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Runs Main with the arguments and the given extra environment (null values remove a variable). */
    public static Result run(Map<String, String> env, String... args) {
        return run(List.of(), env, args);
    }

    /** Runs Main with options for the child JVM itself (a system property, say), an environment and arguments. */
    public static Result run(List<String> jvmOptions, Map<String, String> env, String... args) {
        List<String> command = command(jvmOptions, "org.visitdesk.Main", args);
        try {
            Path out = Files.createTempFile("visitdesk-child", ".out");
            Path err = Files.createTempFile("visitdesk-child", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
                // never let the developer's own data folder leak into a test
                pb.environment().remove("VISITDESK_HOME");
                for (Map.Entry<String, String> e : env.entrySet()) {
                    if (e.getValue() == null) {
                        pb.environment().remove(e.getKey());
                    } else {
                        pb.environment().put(e.getKey(), e.getValue());
                    }
                }
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("child JVM did not finish in 120 s: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs Main with the arguments. */
    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "NUL"
                : "/dev/null";
    }
}
