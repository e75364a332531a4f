package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.storage.DataFolder;

/** Where the records live: option, then VISITDESK_HOME, then the OS's per-user folder. */
class DataFolderTest {

    static final Path HOME = Path.of("/home/prueba");

    @ParameterizedTest(name = "[{index}] option={0} home={1} xdg={2} appdata={3} os={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // the option wins over everything
        "/data/opt | /data/env | /xdg      | /appdata | Linux      | /data/opt",
        "/data/opt | -         | -         | -        | Windows 11 | /data/opt",
        // then VISITDESK_HOME
        "-         | /data/env | /xdg      | /appdata | Linux      | /data/env",
        "'  '      | /data/env | -         | -        | Mac OS X   | /data/env",
        "-         | /data/env | -         | /appdata | Windows 10 | /data/env",
        // then the OS default
        "-         | -         | /xdg      | -        | Linux      | /xdg/visitdesk",
        "-         | -         | -         | -        | Linux      | /home/prueba/.local/share/visitdesk",
        "-         | '   '     | '  '      | -        | Linux      | /home/prueba/.local/share/visitdesk",
        "-         | -         | -         | /appdata | Windows 10 | /appdata/VisitDesk",
        "-         | -         | -         | -        | Windows 10 | /home/prueba/AppData/Roaming/VisitDesk",
        "-         | -         | /xdg      | -        | Mac OS X   | /home/prueba/Library/Application Support/VisitDesk",
        "-         | -         | -         | /appdata | Mac OS X   | /home/prueba/Library/Application Support/VisitDesk",
    })
    void choosesTheFolder(String option, String home, String xdg, String appData, String os, String expected) {
        Map<String, String> env = new HashMap<>();
        put(env, DataFolder.ENV, home);
        put(env, "XDG_DATA_HOME", xdg);
        put(env, "APPDATA", appData);
        assertThat(DataFolder.choose(option, env, os, HOME)).isEqualTo(Path.of(expected));
    }

    @org.junit.jupiter.api.Test
    void aRelativeOptionBecomesAbsolute() {
        Path p = DataFolder.choose("records", Map.of(), "Linux", HOME);
        assertThat(p.isAbsolute()).isTrue();
        assertThat(p.getFileName()).hasToString("records");
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }
}
