package org.visitdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.visitdesk.app.Messages;

/**
 * The shape of DESIGN.md section 6: ui, cli -> app -> scheduling, storage, roster, importing -> domain. The UI and
 * the command line see app and domain only; Jdbi stays inside storage, which offers app a unit of work; each
 * library stays in the layer that needs it.
 */
@AnalyzeClasses(packages = "org.visitdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] STORE_LIBRARIES = {"org.jdbi..", "org.h2..", "org.postgresql..", "org.flywaydb..", "java.sql..",
        "javax.sql.."};
    static final String[] UI_LIBRARIES = {"javafx..", "com.calendarfx..", "org.controlsfx..", "atlantafx..",
        "org.kordamp.."};

    @ArchTest
    static final ArchRule arrowsPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy("org.visitdesk")
            .layer("UI").definedBy("org.visitdesk.ui..")
            .layer("CLI").definedBy("org.visitdesk.cli..")
            .layer("App").definedBy("org.visitdesk.app..")
            .layer("Scheduling").definedBy("org.visitdesk.scheduling..")
            .layer("Storage").definedBy("org.visitdesk.storage..")
            .layer("Roster").definedBy("org.visitdesk.roster..")
            .layer("Importing").definedBy("org.visitdesk.importing..")
            .layer("Domain").definedBy("org.visitdesk.domain..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Main").mayOnlyAccessLayers("UI", "CLI")
            .whereLayer("UI").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("CLI").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("App").mayOnlyAccessLayers("Scheduling", "Storage", "Roster", "Importing", "Domain")
            .whereLayer("Scheduling").mayOnlyAccessLayers("Domain")
            .whereLayer("Storage").mayOnlyAccessLayers("Domain")
            .whereLayer("Roster").mayOnlyAccessLayers("Domain")
            .whereLayer("Importing").mayOnlyAccessLayers("Domain")
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .because("only app is called by the UI and the command line, and the layers below know nothing above");

    @ArchTest
    static final ArchRule importingIsPure = noClasses().that().resideInAPackage("org.visitdesk.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.visitdesk.storage..",
                    "org.visitdesk.app..", "org.visitdesk.ui..", "org.visitdesk.cli..", "java.sql..", "org.jdbi..")
            .because("importing reads files into validated plans over domain values; app writes them");

    @ArchTest
    static final ArchRule jdbiStaysInStorage = noClasses().that().resideOutsideOfPackage("org.visitdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage(STORE_LIBRARIES)
            .because("storage offers app a unit of work; Jdbi, JDBC, H2, PostgreSQL and Flyway are its own business");

    @ArchTest
    static final ArchRule windowLibrariesStayInUi = noClasses().that().resideOutsideOfPackage("org.visitdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_LIBRARIES)
            .because("only the UI draws; app serves the command line as well");

    @ArchTest
    static final ArchRule commandLineLibraryStaysInCli = noClasses()
            .that().resideOutsideOfPackages("org.visitdesk.cli..", "org.visitdesk")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the commands are thin: picocli is theirs");

    @ArchTest
    static final ArchRule spreadsheetsStayInRosterAndImporting = noClasses()
            .that().resideOutsideOfPackages("org.visitdesk.roster..", "org.visitdesk.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("rosters are written and spreadsheets read in their own packages");

    /** The calls that put words into the window's language. */
    static final DescribedPredicate<JavaCall<?>> WINDOW_LANGUAGE = DescribedPredicate.describe(
            "a call putting words into the window's language (Messages.get, .of, .locale...)",
            call -> call.getTargetOwner().isEquivalentTo(Messages.class)
                    && call.getName().matches("get|of|locale|setLocale|bundle"));

    @ArchTest
    static final ArchRule textIsMadeWhereTheLanguageIsKnown = noClasses()
            .that().resideInAnyPackage("org.visitdesk.app..", "org.visitdesk.cli..", "org.visitdesk.scheduling..",
                    "org.visitdesk.domain..")
            .and().doNotBelongToAnyOf(Messages.class)
            .should().callMethodWhere(WINDOW_LANGUAGE)
            .because("app returns message keys and values; the window says them in its language, the command line "
                    + "in its --lang");

    @ArchTest
    static final ArchRule domainAndSchedulingArePlain = noClasses()
            .that().resideInAnyPackage("org.visitdesk.domain..", "org.visitdesk.scheduling..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                    "org.slf4j..", "ch.qos.logback..")
            .because("the records and the rules are plain functions over values: tested without files or logs");
}
