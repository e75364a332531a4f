package org.visitdesk.storage;

import org.h2.engine.SysProperties;

/**
 * Forbids H2 to load Java classes by name (for {@code CREATE ALIAS ... FOR "class.method"}, triggers, aggregates,
 * event listeners), in every store VisitDesk opens: VisitDesk needs none, and a crafted file must not call any.
 * H2 reads {@code h2.allowedClasses} once, when its {@code SysProperties} class loads, so this runs from
 * {@link Store}'s static initializer, which every way into H2 (window, command line, tests) passes first.
 */
final class H2Classes {

    /** The system property H2 reads. */
    static final String PROPERTY = "h2.allowedClasses";

    /** The one "allowed" class: it does not exist, so no class can be loaded. */
    static final String NONE = "org.visitdesk.storage.NoClassMayBeLoadedByH2";

    private H2Classes() {
    }

    /** Sets the restriction; fails loudly when H2 was loaded earlier and would not see it. */
    static void restrict() {
        System.setProperty(PROPERTY, NONE);
        if (!NONE.equals(SysProperties.ALLOWED_CLASSES)) {
            throw new IllegalStateException("H2 was loaded before VisitDesk could restrict the classes it may call");
        }
    }
}
