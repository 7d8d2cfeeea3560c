package org.cisce.expo.testing.architecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps, run by each service module as a plain JUnit test: extend this class with the
 * service's base package. The core ({@code domain}, {@code service}, {@code events}, {@code repository},
 * {@code config}) speaks no HTTP, events are written from {@code events/} only, services reach the database
 * through repositories, and no service uses another service's code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the classes are imported once per module, not once per rule
public abstract class ServiceArchitectureTest {

    /** Base packages of the services; a service may use none of the others. */
    public static final List<String> SERVICES = List.of("org.cisce.expo.exhibitor", "org.cisce.expo.booth",
            "org.cisce.expo.registration", "org.cisce.expo.analytics", "org.cisce.expo.webhook");

    private final String base;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.base = basePackage;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    private String[] core() {
        return new String[]{base + ".domain..", base + ".service..", base + ".events..", base + ".repository..",
                base + ".config.."};
    }

    @Test
    void theCoreSpeaksNoHttp() {
        noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "io.vertx.ext.web..", "org.eclipse.microprofile.openapi..", base + ".rest..",
                        "org.cisce.expo.common.http..")
                .because("the core throws Refusals and takes commands; only rest/ knows HTTP")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noServiceUsesAnotherServicesCode() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(base)).map(s -> s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk over HTTP and Kafka only")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void eventsAreWrittenOnlyByTheEventsClassOfTheService() {
        noClasses().that().resideOutsideOfPackage(base + ".events..")
                .or().haveSimpleNameNotEndingWith("Events")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.cisce.expo.common.outbox.Outbox")
                .because("one <Service>Events class under events/ is the only caller of the outbox")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void useCasesReachTheDatabaseThroughRepositories() {
        noClasses().that().resideInAPackage(base + ".service..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        HasName.Predicates.name("io.quarkus.hibernate.reactive.panache.Panache")))
                        .and(JavaCall.Predicates.target(HasName.Predicates.name("getSession"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.reactive.mutiny.Mutiny$Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.mutiny.sqlclient.Pool")
                .because("repositories own every query")
                .allowEmptyShould(true)
                .check(classes);
    }
}
