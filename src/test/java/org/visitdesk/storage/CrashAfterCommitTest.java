package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store file as a crash left it right after a commit returned must open with that commit. The file here is
 * such a crash copy, taken from a store in use (sample people, A-numbers 999...): the save of A999000079 had
 * returned, its chunk is whole in the file, but H2 2.5.252 wrote the store header naming the chunk before it, and
 * nothing there leads to the new one. H2 alone opens the version before; the store must not.
 */
class CrashAfterCommitTest {

    @TempDir
    Path dir;

    @Test
    void theLastCommitBeforeACrashIsThereWhenItsHeaderNamesTheChunkBefore() throws Exception {
        Path folder = dir.resolve("crashed");
        Files.createDirectories(folder);
        try (InputStream in = new GZIPInputStream(CrashAfterCommitTest.class
                .getResourceAsStream("header-one-chunk-behind.mv.db.gz"))) {
            Files.copy(in, Store.dbFile(folder));
        }
        assertThat(StoreFile.header(Store.dbFile(folder), null)).as("the crash left no clean mark")
                .doesNotContain("clean:1");
        try (Store s = Store.open(folder)) {
            assertThat(s.dao(DetaineeDao.class).all()).extracting(d -> d.aNumber().value())
                    .contains("A999000078", "A999000079")
                    .hasSize(80);
        }
    }
}
