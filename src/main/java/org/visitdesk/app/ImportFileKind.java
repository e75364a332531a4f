package org.visitdesk.app;

import java.util.Optional;
import org.visitdesk.importing.ImportKind;

/** What a file to import holds: detained people, volunteers, visits, visit reports (outcomes) or requests. */
public enum ImportFileKind {
    DETAINEES(ImportKind.DETAINEES), VISITORS(ImportKind.VISITORS), VISITS(ImportKind.VISITS),
    OUTCOMES(ImportKind.OUTCOMES), REQUESTS(ImportKind.REQUESTS);

    private final ImportKind kind;

    ImportFileKind(ImportKind kind) {
        this.kind = kind;
    }

    ImportKind kind() {
        return kind;
    }

    /** The kind a command-line word names: detainees, visitors, visits or outcomes. */
    public static Optional<ImportFileKind> fromWord(String word) {
        return ImportKind.fromWord(word).map(ImportFileKind::of);
    }

    static ImportFileKind of(ImportKind kind) {
        return valueOf(kind.name());
    }
}
