package org.visitdesk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visitdesk.app.CsvLines;
import org.visitdesk.app.SuggestedVisitor;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk suggest}: cleared visitors for a person on a day, best first, with the reasons. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "List cleared visitors for a person, best first: shares a language, free for a visiting "
                + "window that day, under their monthly commitment, visited the person before, fewest visits this "
                + "month. The person's family is never listed.")
final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Parameters(index = "0", paramLabel = "A-NUMBER", converter = ANumberConverter.class,
            description = "The person's A-number (like A-123-456-789).")
    ANumber aNumber;

    @Option(names = "--on", paramLabel = "DATE", converter = ExportCommand.DateConverter.class,
            description = "The day of the visit (default: today).")
    LocalDate on;

    @Mixin
    ListFormat listing;

    @Override
    public Integer call() {
        try (Workspace ws = parent.openWorkspace()) {
            LocalDate day = on == null ? LocalDate.now(ws.clock()) : on;
            Optional<Detainee> person = ws.suggestions().person(aNumber);
            if (person.isEmpty()) {
                System.err.println("visitdesk: " + parent.say("cli.suggest.unknown"));
                return 1;
            }
            List<SuggestedVisitor> list = ws.suggestions().forDay(person.get().id(), day);
            PrintStream out = System.out;
            if (listing.csv()) {
                out.println("rank,visitor,email,reasons");
                for (SuggestedVisitor s : list) {
                    out.println(CsvLines.of(List.of(Integer.toString(s.rank()), s.visitor().fullName(),
                            s.visitor().email(), String.join(";", s.codes()))));
                }
                return 0;
            }
            Detainee d = person.get();
            out.println(parent.say(Message.of("cli.suggest.title", d.aNumber().display(), d.fullName(),
                    d.housingUnit(), day.toString(), day.getDayOfWeek())));
            for (SuggestedVisitor s : list) {
                List<String> words = s.reasons().stream().map(parent::say).toList();
                out.printf("%3d  %-28s %-30s %s%n", s.rank(), s.visitor().fullName(), s.visitor().email(),
                        String.join("; ", words));
            }
            if (list.isEmpty()) {
                out.println(parent.say("suggest.none"));
            }
        }
        return 0;
    }

    /** Reads an A-number in any common form; anything else is wrong usage. */
    static final class ANumberConverter implements ITypeConverter<ANumber> {
        @Override
        public ANumber convert(String value) {
            return ANumber.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "not an A-number; write the letter A and 9 digits, like A-123-456-789"));
        }
    }
}
