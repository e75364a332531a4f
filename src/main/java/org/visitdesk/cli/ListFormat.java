package org.visitdesk.cli;

import picocli.CommandLine.Option;

/** {@code --format text|csv}, the same on every command that lists records (mixed in with picocli's @Mixin). */
final class ListFormat {

    /** How to print. */
    enum Format { text, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    /** True for csv: a header line, then one row per record. */
    boolean csv() {
        return format == Format.csv;
    }
}
