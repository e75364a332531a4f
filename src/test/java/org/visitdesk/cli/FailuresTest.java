package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.storage.StoreException;

/**
 * A save on a shared store that lost its connection, or clashed with another coordinator's every time it was
 * tried, is said in plain words on the command line and in the window (which shows the problem's message key),
 * not as something unexpected.
 */
class FailuresTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aConnectionLostDuringASaveIsSaidInPlainWords() {
        StoreException lost = new StoreException(StoreException.Kind.SHARED_CONNECTION_LOST, null);
        assertThat(Failures.oneLine(lost, Locale.ENGLISH)).isEqualTo("visitdesk: The connection to the shared store "
                + "was lost while saving. Nothing was saved. Check the network and try again.");
        assertThat(Failures.oneLine(lost, SPANISH)).isEqualTo("visitdesk: Se perdió la conexión con el almacén "
                + "compartido mientras se guardaba. No se guardó nada. Revise la red e inténtelo de nuevo.");
    }

    @Test
    void aSaveThatClashedEveryTimeIsSaidInPlainWords() {
        StoreException clashed = new StoreException(StoreException.Kind.SAVE_CLASHED, null);
        assertThat(Failures.oneLine(clashed, Locale.ENGLISH))
                .isEqualTo("visitdesk: Someone else was saving at the same moment. Nothing was saved. Try again.");
        assertThat(Failures.oneLine(clashed, SPANISH)).isEqualTo("visitdesk: Otra persona estaba guardando en el "
                + "mismo momento. No se guardó nada. Inténtelo de nuevo.");
    }

    @Test
    void theWindowFindsTheStoreProblemBehindWhateverCarriedIt() {
        StoreException lost = new StoreException(StoreException.Kind.SHARED_CONNECTION_LOST, null);
        ProblemException shown = ProblemException.behind(
                new IllegalStateException(new RuntimeException(lost)));
        assertThat(shown).isNotNull();
        assertThat(shown.key()).isEqualTo("store.SHARED_CONNECTION_LOST");
        assertThat(Messages.in(Locale.ENGLISH, shown.key())).isEqualTo(StoreException.Kind.SHARED_CONNECTION_LOST.english());
        assertThat(ProblemException.behind(new StoreException(StoreException.Kind.SAVE_CLASHED, null)).key())
                .isEqualTo("store.SAVE_CLASHED");
    }
}
