package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window opens, as a plain function of the screens and what was remembered. */
class WindowPlaceTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 876);
    static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 668);
    static final Rectangle2D RIGHT = new Rectangle2D(1440, 0, 1920, 1050);

    record Case(String what, List<Rectangle2D> screens, WindowPlace remembered, WindowPlace expected) {
    }

    @Test
    void placesTheWindowWholeOnAScreenAtAUsableSize() {
        List<Case> cases = List.of(
                new Case("never saved: default size, centred", List.of(LAPTOP), null,
                        new WindowPlace(80, 38, 1280, 800)),
                new Case("never saved on a small screen: the whole screen", List.of(SMALL), null,
                        new WindowPlace(0, 0, 1024, 668)),
                new Case("remembered and fitting: as it was", List.of(LAPTOP),
                        new WindowPlace(100, 40, 1200, 760), new WindowPlace(100, 40, 1200, 760)),
                new Case("remembered tiny (200 x 180): grown to the minimum", List.of(LAPTOP),
                        new WindowPlace(100, 40, 200, 180), new WindowPlace(100, 40, 1000, 680)),
                new Case("remembered larger than the screen: shrunk to it and moved onto it", List.of(SMALL),
                        new WindowPlace(400, 300, 3000, 2000), new WindowPlace(0, 0, 1024, 668)),
                new Case("hanging off the right and bottom edges: moved back", List.of(LAPTOP),
                        new WindowPlace(900, 500, 1200, 760), new WindowPlace(240, 116, 1200, 760)),
                new Case("above and left of the screen: moved in", List.of(LAPTOP),
                        new WindowPlace(-300, -20, 1200, 760), new WindowPlace(0, 0, 1200, 760)),
                new Case("on the second screen: stays there", List.of(LAPTOP, RIGHT),
                        new WindowPlace(1600, 100, 1500, 900), new WindowPlace(1600, 100, 1500, 900)),
                new Case("mostly on the second screen: clamped to it", List.of(LAPTOP, RIGHT),
                        new WindowPlace(1300, 100, 1500, 900), new WindowPlace(1440, 100, 1500, 900)),
                new Case("second screen unplugged: centred on the first", List.of(LAPTOP),
                        new WindowPlace(1600, 100, 1500, 900), new WindowPlace(80, 38, 1280, 800)),
                new Case("not a number (a damaged preference): as never saved", List.of(LAPTOP),
                        new WindowPlace(Double.NaN, 10, 1200, 760), new WindowPlace(80, 38, 1280, 800)));
        for (Case c : cases) {
            assertThat(WindowPlace.on(c.screens(), c.remembered())).as(c.what()).isEqualTo(c.expected());
        }
    }

    @Test
    void aPlacedWindowPlacedAgainStaysWhereItIs() {
        // what close saves is what the next start restores: no growth, no drift
        WindowPlace p = WindowPlace.on(List.of(LAPTOP), new WindowPlace(33, 44, 1111, 777));
        for (int i = 0; i < 5; i++) {
            p = WindowPlace.on(List.of(LAPTOP), p);
        }
        assertThat(p).isEqualTo(new WindowPlace(33, 44, 1111, 777));
    }

    @Test
    void needsAScreen() {
        assertThatThrownBy(() -> WindowPlace.on(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
