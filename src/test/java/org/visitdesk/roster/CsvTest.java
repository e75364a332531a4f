package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CSV field VisitDesk writes: what a spreadsheet would run is neutralised, then quoted as RFC 4180 asks. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain               | plain",
        "=HYPERLINK(\"x\")   | `\"'=HYPERLINK(\"\"x\"\")\"`",
        "+1 555              | `\"'+1 555\"`",
        "-2+3                | `\"'-2+3\"`",
        "@SUM(A1)            | `\"'@SUM(A1)\"`",
        "a, b                | `\"a, b\"`",
        "say \"hi\"          | `\"say \"\"hi\"\"\"`",
        "Ana Ruiz            | Ana Ruiz",
    })
    void aFieldIsNeutralisedAndQuoted(String value, String written) {
        assertThat(Csv.field(value.strip())).isEqualTo(written.strip());
    }

    @org.junit.jupiter.api.Test
    void aLineBreakOrATabAtTheStartIsNeutralisedToo() {
        assertThat(Csv.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.line(List.of("A", "=1+1", ""))).isEqualTo("A,\"'=1+1\",");
    }
}
