package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which store opens: --db, else VISITDESK_DB, else (nothing given) the data folder's own H2 store. */
class SharedChoiceTest {

    static final String OPTION = "jdbc:postgresql://db.example.org:5432/visitdesk?user=ana";
    static final String ENV = "jdbc:postgresql://other.example.org/visitdesk?user=luis";

    @Test
    void theOptionWinsThenTheVariableThenTheDataFolder() {
        assertThat(Workspace.chooseShared(OPTION, ENV)).isEqualTo(OPTION);
        assertThat(Workspace.chooseShared(null, ENV)).isEqualTo(ENV);
        assertThat(Workspace.chooseShared("  ", " " + ENV + "\n")).isEqualTo(ENV);
        assertThat(Workspace.chooseShared(null, null)).isNull();
        assertThat(Workspace.chooseShared(null, "")).isNull();
    }
}
