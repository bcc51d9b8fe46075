package dev.parley;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: features use {@code common} and the shared {@code record} package, never the
 * reverse, and no two features need each other. A feature may use another's entity as a reference (talks name
 * their mediating party), so the rule is "no cycles", not "no feature-to-feature dependency".
 */
@Tag("edge")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley");

    @Test
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage("dev.parley.common..")
                .should().dependOnClassesThat(resideInAPackage("dev.parley..").and(not(resideInAPackage("dev.parley.common.."))))
                .because("common is what features share; a feature registers itself (entities through Hibernate's metamodel)")
                .check(MAIN);
    }

    @Test
    void sharedRecordConceptsKnowOnlyCommon() {
        noClasses().that().resideInAPackage("dev.parley.record..")
                .should().dependOnClassesThat(resideInAPackage("dev.parley..")
                        .and(not(resideInAPackage("dev.parley.common..")))
                        .and(not(resideInAPackage("dev.parley.record.."))))
                .because("talks, incidents, statements and the timeline all depend on it")
                .check(MAIN);
    }

    @Test
    void eventsDoNotKnowTheResponseCache() {
        noClasses().that().resideInAPackage("dev.parley.common.events..")
                .should().dependOnClassesThat().resideInAPackage("dev.parley.common.responsecache..")
                .because("the cache observes committed writes (common.events.Writes); events serve more than the cache")
                .check(MAIN);
    }

    @Test
    void noTwoFeaturesNeedEachOther() {
        slices().matching("dev.parley.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
