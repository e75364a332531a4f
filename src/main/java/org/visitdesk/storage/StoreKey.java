package org.visitdesk.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The file key of an encrypted store: derived from the coordinator's passphrase with PBKDF2-HMAC-SHA256 and a
 * random salt kept beside the store in {@value #FILE_NAME}. The passphrase itself never reaches H2; H2 gets the
 * hex of the derived key as its file password. The salt file's presence is what marks a store as encrypted.
 */
public final class StoreKey {

    /** The salt file, beside {@code visitdesk.mv.db}. */
    public static final String FILE_NAME = Store.NAME + ".key-salt";

    /** First line of the salt file: its format version. */
    static final String VERSION_LINE = "visitdesk-key-salt 1";

    /** PBKDF2 rounds: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final byte[] salt;
    private final int iterations;

    StoreKey(byte[] salt, int iterations) {
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    /** A new random salt. */
    static StoreKey fresh() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new StoreKey(salt, ITERATIONS);
    }

    /** Reads the salt file; a damaged one makes the store impossible to open. */
    static StoreKey read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 3 || !VERSION_LINE.equals(lines.get(0).strip())) {
                throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
            }
            String[] kdf = lines.get(1).strip().split(" ");
            if (kdf.length != 2 || !"pbkdf2-hmac-sha256".equals(kdf[0])) {
                throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
            }
            int iterations = Integer.parseInt(kdf[1]);
            byte[] salt = Base64.getDecoder().decode(lines.get(2).strip());
            if (iterations < ITERATIONS || salt.length < SALT_BYTES) {
                throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
            }
            return new StoreKey(salt, iterations);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, e);
        }
    }

    /** Writes the salt file atomically (a temporary file moved into place). */
    void write(Path file) {
        String text = VERSION_LINE + "\npbkdf2-hmac-sha256 " + iterations + "\n"
                + Base64.getEncoder().encodeToString(salt) + "\n";
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            DataFolder.makePrivate(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE_FOLDER, e);
        }
    }

    /** H2's file password: the hex of the key derived from the passphrase (64 hex digits). */
    char[] filePassword(char[] passphrase) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java", e);
        } finally {
            spec.clearPassword();
        }
    }
}
