package org.visitdesk.cli;

import java.util.concurrent.Callable;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk sample-data}: fills an empty data folder with made-up people and visits. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Fill an empty data folder with made-up people and visits (A-numbers start with 999).")
final class SampleDataCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--detainees", paramLabel = "N", defaultValue = "150", description = "Detained people (default: ${DEFAULT-VALUE}).")
    int detainees;

    @Option(names = "--visitors", paramLabel = "N", defaultValue = "40", description = "Volunteers (default: ${DEFAULT-VALUE}).")
    int visitors;

    @Option(names = "--visits", paramLabel = "N", defaultValue = "400", description = "Visits (default: ${DEFAULT-VALUE}).")
    int visits;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SampleData.Size size;
        try {
            size = new SampleData.Size(detainees, visitors, visits);
        } catch (IllegalArgumentException e) {
            // a size out of range is wrong usage (exit 2), not a failure
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        try (Workspace ws = parent.openWorkspace()) {
            SampleData.Summary s = ws.loadSampleData(size, seed, f -> { });
            System.out.println(parent.say("cli.sampleData.done", s.detainees(), s.visitors(), s.visits(),
                    (System.nanoTime() - started) / 1e9, ws.shared() ? parent.sharedStore() : ws.folder()));
        }
        return 0;
    }
}
