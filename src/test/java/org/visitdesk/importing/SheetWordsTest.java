package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.roster.Labels;

/** What a volunteer ticks on the visit sheet types one to one into {@code import outcomes}, in English and Spanish. */
class SheetWordsTest {

    @Test
    void everyBoxOfTheVisitSheetReadsBackAsItsValue() throws BadValue {
        for (OutcomeCode c : OutcomeCode.values()) {
            assertThat(Values.outcome(Cell.text(Labels.of(c)))).as(Labels.of(c)).isEqualTo(c);
            assertThat(Values.outcome(Cell.text(c.name()))).isEqualTo(c);
        }
        for (DenialReason r : DenialReason.values()) {
            assertThat(Values.denialReason(Cell.text(Labels.of(r)))).as(Labels.of(r)).isEqualTo(r);
        }
        for (FollowUpKind k : FollowUpKind.values()) {
            assertThat(Values.needs(Cell.text(Labels.of(k)))).as(Labels.of(k)).containsExactly(k);
        }
    }

    @Test
    void spanishWordsAndListsOfNeeds() throws BadValue {
        assertThat(Values.outcome(Cell.text("Denegada"))).isEqualTo(OutcomeCode.DENIED);
        assertThat(Values.outcome(Cell.text("el visitante no fue"))).isEqualTo(OutcomeCode.VISITOR_NO_SHOW);
        assertThat(Values.denialReason(Cell.text("Código de vestimenta"))).isEqualTo(DenialReason.DRESS_CODE);
        assertThat(Values.needs(Cell.text("abogado; Dinero, commissary; libros"))).isEqualTo(
                List.of(FollowUpKind.ATTORNEY, FollowUpKind.COMMISSARY, FollowUpKind.BOOKS_LETTERS));
        assertThat(Values.needs(Cell.BLANK)).isEmpty();
        try {
            Values.needs(Cell.text("commissary; stamps"));
            throw new AssertionError("stamps is no need");
        } catch (BadValue e) {
            assertThat(e.key).isEqualTo("import.value.followUpKind");
            assertThat(e.args).containsExactly("stamps");
        }
    }
}
