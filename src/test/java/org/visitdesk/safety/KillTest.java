package org.visitdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;

/**
 * Pulling the plug: a writer in a child JVM is killed (SIGKILL) at random moments; the store must open after
 * every kill and hold every write the writer acknowledged. {@code ./mvnw verify} runs a short round of kills;
 * {@code ./mvnw verify -Pkill} runs the long one ({@code -Dvisitdesk.killRounds=N} chooses how many). The moments
 * come from a seed that is printed: {@code -Dvisitdesk.killSeed=S} replays them.
 */
class KillTest {

    static final int ROUNDS = Integer.getInteger("visitdesk.killRounds", 10);
    static final long SEED = Long.getLong("visitdesk.killSeed", System.nanoTime());
    static final String PASS = "kill test passphrase";

    @TempDir
    Path dir;

    static Process start(String... args) throws IOException {
        return new ProcessBuilder(org.visitdesk.ChildJvm.command(Writer.class.getName(), args))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's lines until it dies; returns them (the acknowledged A-numbers). */
    static Thread reader(Process p, List<String> lines, Object firstAck) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    synchronized (firstAck) {
                        firstAck.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    static Set<String> stored(Path folder, char[] pass) {
        try (Store s = Store.open(folder, pass)) {
            return new HashSet<>(s.dao(DetaineeDao.class).all().stream().map(d -> d.aNumber().value()).toList());
        }
    }

    /** Says which seed the kills come from, so that a failure can be replayed. */
    static Random random(String test) {
        System.out.printf("%s: seed %d (replay with -Dvisitdesk.killSeed=%d)%n", test, SEED, SEED);
        return new Random(SEED);
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        Random random = random("everyAcknowledgedSaveSurvivesAKill");
        Path plain = dir.resolve("plain");
        Path encrypted = dir.resolve("encrypted");
        Set<String> acknowledged = new HashSet<>();
        Set<String> acknowledgedEncrypted = new HashSet<>();
        long next = 100_000_000L;
        long writingNanos = 0;
        int writes = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            // every fifth round on an encrypted store, the others on a plain one (PBKDF2 costs ~0.5 s an open)
            boolean enc = round % 5 == 4;
            Path folder = enc ? encrypted : plain;
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Object firstAck = new Object();
            Process p = enc ? start(folder.toString(), Long.toString(next), PASS)
                    : start(folder.toString(), Long.toString(next));
            Thread t = reader(p, lines, firstAck);
            synchronized (firstAck) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (lines.size() < 2 && p.isAlive() && System.currentTimeMillis() < deadline) {
                    firstAck.wait(100);
                }
            }
            assertThat(p.isAlive()).as("writer started in round " + round).isTrue();
            long wait = 300 + random.nextInt(1200);
            long w0 = System.nanoTime();
            Thread.sleep(wait);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writingNanos += System.nanoTime() - w0;
            t.join(10_000);
            List<String> acks = new ArrayList<>(lines.subList(1, lines.size()));
            writes += acks.size();
            (enc ? acknowledgedEncrypted : acknowledged).addAll(acks);
            next += acks.size() + 10_000;
            Set<String> there = stored(folder, enc ? PASS.toCharArray() : null);
            assertThat(there).as("round %d (seed %d), killed after %d ms, %d acknowledged", round, SEED, wait,
                    acks.size())
                    .containsAll(enc ? acknowledgedEncrypted : acknowledged);
        }
        System.out.printf("kill test: %d rounds in %.1f s (%.1f s of writing), %d acknowledged saves, all there%n",
                ROUNDS, (System.nanoTime() - started) / 1e9, writingNanos / 1e9, writes);
        assertThat(writes).as("the writer wrote something").isGreaterThan(ROUNDS);
    }

    @Test
    void aTransactionKilledHalfWayLeavesTheStoreAsItWas() throws Exception {
        Path folder = dir.resolve("bulk");
        Set<String> before;
        try (Store s = Store.open(folder)) {
            s.inTransaction(h -> h.attach(DetaineeDao.class).insert(Writer.person(123_456_789L,
                    s.dao(org.visitdesk.storage.FacilityDao.class).all().get(0).id())));
        }
        before = stored(folder, null);
        Random random = random("aTransactionKilledHalfWayLeavesTheStoreAsItWas");
        for (int round = 0; round < 3; round++) {
            killInsideABulkTransaction(folder, 200 + random.nextInt(800));
            assertThat(stored(folder, null)).as("round %d (seed %d)", round, SEED).isEqualTo(before);
        }
    }

    @Test
    void theFirstOpenAfterAKillSaysItIsRecovering() throws Exception {
        Path folder = dir.resolve("recover");
        try (Store s = Store.open(folder)) {
            assertThat(s.encrypted()).isFalse();
        }
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        try (org.visitdesk.app.Workspace ws = org.visitdesk.app.Workspace.open(folder,
                java.time.Clock.systemDefaultZone(), null, told::incrementAndGet)) {
            assertThat(told.get()).as("a store closed cleanly needs no recovery").isZero();
        }
        killInsideABulkTransaction(folder, 0);
        long started = System.nanoTime();
        try (org.visitdesk.app.Workspace ws = org.visitdesk.app.Workspace.open(folder,
                java.time.Clock.systemDefaultZone(), null, told::incrementAndGet)) {
            assertThat(told.get()).as("told before the open after a kill").isEqualTo(1);
        }
        System.out.printf("open after a kill: %.1f s%n", (System.nanoTime() - started) / 1e9);

        // the command line says it in a line of its own
        killInsideABulkTransaction(folder, 0);
        org.visitdesk.ChildJvm.Result r = org.visitdesk.ChildJvm.run("--data-dir", folder.toString(), "conflicts");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.errLines()).as(r.toString()).singleElement()
                .satisfies(l -> assertThat(l).contains("recovering after an unexpected stop"));
    }

    /** Starts the bulk writer, waits until it is inside its transaction (and {@code moreMillis}), kills it. */
    static void killInsideABulkTransaction(Path folder, long moreMillis) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Object firstAck = new Object();
        Process p = start(folder.toString(), "bulk");
        Thread t = reader(p, lines, firstAck);
        synchronized (firstAck) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (lines.isEmpty() && p.isAlive() && System.currentTimeMillis() < deadline) {
                firstAck.wait(100);
            }
        }
        assertThat(lines).as("the bulk writer got inside its transaction").containsExactly("inside");
        Thread.sleep(moreMillis);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        t.join(10_000);
    }
}
