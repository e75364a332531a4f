package org.visitdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows point one way: ui, cli -> app -> scheduling, storage -> domain (DESIGN.md section 6). */
@AnalyzeClasses(packages = "org.visitdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] IO_AND_UI = {"javafx..", "java.sql..", "javax.sql..", "org.h2..", "org.jdbi..",
        "org.apache.poi..", "org.flywaydb..", "picocli.."};

    @ArchTest
    static final ArchRule domainIsPlain = noClasses().that().resideInAPackage("org.visitdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_AND_UI)
            .because("records and value types know nothing of JavaFX, JDBC or POI");

    @ArchTest
    static final ArchRule schedulingIsPlain = noClasses().that().resideInAPackage("org.visitdesk.scheduling..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_AND_UI)
            .because("the rules are plain functions over domain values");

    @ArchTest
    static final ArchRule domainDependsOnNoLayer = noClasses().that().resideInAPackage("org.visitdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.storage..", "org.visitdesk.app..",
                    "org.visitdesk.ui..", "org.visitdesk.cli..", "org.visitdesk.scheduling..")
            .because("domain is the bottom layer");

    @ArchTest
    static final ArchRule schedulingDependsOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.visitdesk.scheduling..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.storage..", "org.visitdesk.app..",
                    "org.visitdesk.ui..", "org.visitdesk.cli..")
            .because("scheduling sees only domain values");

    @ArchTest
    static final ArchRule uiGoesThroughApp = noClasses().that().resideInAPackage("org.visitdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.storage..", "org.visitdesk.cli..")
            .because("only app is called by the UI");

    @ArchTest
    static final ArchRule cliGoesThroughApp = noClasses().that().resideInAPackage("org.visitdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.ui..", "org.visitdesk.storage..")
            .because("commands are thin: they call app");

    @ArchTest
    static final ArchRule appKnowsNoFrontEnd = noClasses().that().resideInAPackage("org.visitdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.ui..", "org.visitdesk.cli..",
                    "javafx..", "picocli..")
            .because("the UI and the command line both call app");

    @ArchTest
    static final ArchRule storageKnowsNoUseCase = noClasses().that().resideInAPackage("org.visitdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.visitdesk.app..", "org.visitdesk.ui..",
                    "org.visitdesk.cli..", "org.visitdesk.scheduling..", "javafx..")
            .because("storage only keeps domain records");

    @ArchTest
    static final ArchRule rosterIsPureWriting = noClasses().that().resideInAPackage("org.visitdesk.roster..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.visitdesk.storage..",
                    "org.visitdesk.app..", "org.visitdesk.ui..", "org.visitdesk.cli..", "org.visitdesk.scheduling..",
                    "java.sql..", "org.jdbi..", "picocli..")
            .because("the writers take plain values; the app layer maps its listings into them");

    static final ArchRule importingIsPure = noClasses().that().resideInAPackage("org.visitdesk.importing..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.visitdesk.storage..",
                    "org.visitdesk.app..", "org.visitdesk.ui..", "org.visitdesk.cli..", "java.sql..", "org.jdbi..")
            .because("importing reads files into validated plans over domain values; app writes them");
}
