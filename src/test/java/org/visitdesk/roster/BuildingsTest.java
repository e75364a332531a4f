package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildingsTest {

    @Test
    void theHousingUnitPicksTheBuilding() {
        assertThat(Buildings.addressFor(Rows.ADDRESS, "West 3A"))
                .isEqualTo("West building, 10250 Rancho Road, Adelanto, CA 92301");
        assertThat(Buildings.addressFor(Rows.ADDRESS, "east 1"))
                .isEqualTo("East building, 10400 Rancho Road, Adelanto, CA 92301");
    }

    @Test
    void anUnknownUnitOrAPlainAddressGivesTheWholeText() {
        assertThat(Buildings.addressFor(Rows.ADDRESS, "")).isEqualTo(Rows.ADDRESS);
        assertThat(Buildings.addressFor(Rows.ADDRESS, "North 1")).isEqualTo(Rows.ADDRESS);
        assertThat(Buildings.addressFor("1 Main Street, Town", "West 3A")).isEqualTo("1 Main Street, Town");
        assertThat(Buildings.addressFor(null, "West 3A")).isEmpty();
    }
}
