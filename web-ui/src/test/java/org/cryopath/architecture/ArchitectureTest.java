package org.cryopath.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cryopath.domain.archfixture.DomainLeaningOnTheContainer;
import org.cryopath.notifications.archfixture.NotificationsCallingScheduling;
import org.cryopath.scheduling.archfixture.SchedulingCallingNotifications;
import org.cryopath.scheduling.archfixture.SchedulingSendingMail;
import org.cryopath.scheduling.archfixture.ServiceWithoutRoles;
import org.cryopath.scheduling.archfixture.ServiceOutsideItsLayer;
import org.cryopath.web.archfixture.ViewBeanKeepingAnEjbReference;
import org.cryopath.web.archfixture.ViewBeanKeepingWhatCannotTravel;
import org.cryopath.web.archfixture.ViewBeanOpeningATransaction;
import org.cryopath.web.archfixture.ViewBeanTouchingAnEntity;
import org.cryopath.web.archfixture.ViewBeanTouchingTheEntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architecture of ../shared/DESIGN.md as rules the build checks: which module may use which, where the container's
 * APIs may appear, and that every service method says who may call it. Each rule is checked on CryoPath's own classes
 * (it must hold) and on a deliberately wrong class among this test's fixtures (it must fail there, so the rule is
 * known to be able to fail).
 */
class ArchitectureTest {

    private static final JavaClasses CRYOPATH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cryopath");

    static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_OF_OURS = noClasses().that().resideInAPackage("org.cryopath.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cryopath.scheduling..",
                    "org.cryopath.notifications..", "org.cryopath.web..")
            .because("the domain is what every module builds on");

    static final ArchRule DOMAIN_USES_NO_COMPONENT_API = noClasses().that().resideInAPackage("org.cryopath.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..",
                    "jakarta.servlet..", "jakarta.mail..", "org.primefaces..", "org.omnifaces..")
            .because("the domain's rules run without a container (its only container types are JPA's, CDI's and "
                    + "the interceptors' own)");

    static final ArchRule SCHEDULING_NEVER_CALLS_NOTIFICATIONS = noClasses().that()
            .resideInAPackage("org.cryopath.scheduling..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cryopath.notifications..", "org.cryopath.web..")
            .because("scheduling fires domain events that notifications observes; it never calls it");

    static final ArchRule NOTIFICATIONS_NEVER_CALLS_SCHEDULING = noClasses().that()
            .resideInAPackage("org.cryopath.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cryopath.scheduling..", "org.cryopath.web..")
            .because("notifications depends on the domain only");

    static final ArchRule WEB_NEVER_TOUCHES_PERSISTENCE = noClasses().that().resideInAPackage("org.cryopath.web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("the application services are the transaction boundary; the web tier never holds an "
                    + "EntityManager");

    static final ArchRule WEB_NEVER_TOUCHES_AN_ENTITY = noClasses().that().resideInAPackage("org.cryopath.web..")
            .should().dependOnClassesThat(are(annotatedWith(Entity.class)).or(annotatedWith(Embeddable.class)))
            .because("pages and the API see the services' own types, never an entity or its parts");

    static final ArchRule WEB_NEVER_OPENS_A_TRANSACTION = noClasses().that().resideInAPackage("org.cryopath.web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.transaction..")
            .because("a transaction is opened by an application service, never by a view bean or a resource");

    static final ArchRule MAIL_ONLY_IN_SMTP = noClasses().that()
            .resideOutsideOfPackage("org.cryopath.notifications.infrastructure.smtp..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.mail..")
            .because("mail leaves CryoPath only through the outbox's dispatcher and its SMTP sender");

    static final ArchRule SESSION_BEANS_IN_THEIR_LAYER = classes().that(are(sessionBeans()))
            .and().resideInAnyPackage("org.cryopath.scheduling..", "org.cryopath.notifications..")
            .should().resideInAnyPackage("..application.internal..", "..infrastructure..")
            .because("services are implemented in application.internal behind the interfaces of application");

    static final ArchRule EVERY_SERVICE_METHOD_DECLARES_ITS_ROLES = methods().that().arePublic()
            .and().areNotStatic()
            .and().areDeclaredInClassesThat(are(sessionBeans())
                    .and(resideInAnyPackage("org.cryopath.scheduling..", "org.cryopath.notifications..")))
            .and(are(notLifecycleCallbacks()))
            .should(declareTheirRoles())
            .because("no page, API or future caller may reach a service that did not say who may call it");

    /**
     * Sessions travel: with {@code <distributable/>} the data grid copies each one to the other instances (and back
     * from them when an instance stops), so a view- or session-scoped bean is serialized with all it holds.
     */
    static final ArchRule SCOPED_BEANS_HOLD_ONLY_WHAT_TRAVELS = classes().that(are(passivatingScoped()))
            .should(holdOnlyWhatTravels())
            .because("a staff member's session moves to another instance when theirs stops; an EJB reference names "
                    + "its container by an id each instance makes up at deployment, so it is kept transient and looked "
                    + "up again (ServiceReference)");

    static Stream<Arguments> rulesAndTheirCounterExamples() {
        return Stream.of(
                Arguments.of("domain depends on nothing of ours", DOMAIN_DEPENDS_ON_NOTHING_OF_OURS,
                        DomainLeaningOnTheContainer.class),
                Arguments.of("domain uses no component API", DOMAIN_USES_NO_COMPONENT_API,
                        DomainLeaningOnTheContainer.class),
                Arguments.of("scheduling never calls notifications", SCHEDULING_NEVER_CALLS_NOTIFICATIONS,
                        SchedulingCallingNotifications.class),
                Arguments.of("notifications never calls scheduling", NOTIFICATIONS_NEVER_CALLS_SCHEDULING,
                        NotificationsCallingScheduling.class),
                Arguments.of("web never touches persistence", WEB_NEVER_TOUCHES_PERSISTENCE,
                        ViewBeanTouchingTheEntityManager.class),
                Arguments.of("web never touches an entity", WEB_NEVER_TOUCHES_AN_ENTITY,
                        ViewBeanTouchingAnEntity.class),
                Arguments.of("web never opens a transaction", WEB_NEVER_OPENS_A_TRANSACTION,
                        ViewBeanOpeningATransaction.class),
                Arguments.of("mail only in the SMTP package", MAIL_ONLY_IN_SMTP, SchedulingSendingMail.class),
                Arguments.of("session beans in their layer", SESSION_BEANS_IN_THEIR_LAYER, ServiceOutsideItsLayer.class),
                Arguments.of("every service method declares its roles", EVERY_SERVICE_METHOD_DECLARES_ITS_ROLES,
                        ServiceWithoutRoles.class),
                Arguments.of("scoped beans hold only what travels (an EJB)", SCOPED_BEANS_HOLD_ONLY_WHAT_TRAVELS,
                        ViewBeanKeepingAnEjbReference.class),
                Arguments.of("scoped beans hold only what travels (a value)", SCOPED_BEANS_HOLD_ONLY_WHAT_TRAVELS,
                        ViewBeanKeepingWhatCannotTravel.class));
    }

    @ParameterizedTest(name = "{0}: holds for CryoPath")
    @MethodSource("rulesAndTheirCounterExamples")
    void holdsForCryoPath(String name, ArchRule rule, Class<?> counterExample) {
        rule.check(CRYOPATH);
    }

    @ParameterizedTest(name = "{0}: fails on {2}")
    @MethodSource("rulesAndTheirCounterExamples")
    void failsOnItsCounterExample(String name, ArchRule rule, Class<?> counterExample) {
        JavaClasses wrong = new ClassFileImporter().importClasses(counterExample);
        assertThatThrownBy(() -> rule.check(wrong)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(counterExample.getSimpleName());
    }

    @Test
    void theRulesSeeEveryModule() {
        // Rules that match nothing hold trivially: make sure the import found the modules it is about.
        classes().that().resideInAPackage("org.cryopath.domain.model..").should().bePublic()
                .orShould().bePackagePrivate().orShould().bePrivate().orShould().beProtected().check(CRYOPATH);
        for (String module : new String[] {"org.cryopath.domain", "org.cryopath.scheduling",
                "org.cryopath.notifications", "org.cryopath.web"}) {
            org.assertj.core.api.Assertions.assertThat(CRYOPATH.stream().filter(c -> c.getPackageName().startsWith(module)))
                    .as(module).isNotEmpty();
        }
    }

    private static DescribedPredicate<JavaClass> sessionBeans() {
        return DescribedPredicate.describe("session beans (@Stateless or @Singleton)",
                type -> type.isAnnotatedWith(Stateless.class) || type.isAnnotatedWith(Singleton.class));
    }

    private static DescribedPredicate<CanBeAnnotated> annotatedWith(Class<? extends java.lang.annotation.Annotation> type) {
        return CanBeAnnotated.Predicates.annotatedWith(type);
    }

    private static DescribedPredicate<JavaMethod> notLifecycleCallbacks() {
        return DescribedPredicate.describe("not lifecycle or timer callbacks",
                method -> !method.isAnnotatedWith(PostConstruct.class) && !method.isAnnotatedWith(PreDestroy.class)
                        && !method.isAnnotatedWith(Timeout.class) && !method.isAnnotatedWith(Schedule.class));
    }

    private static ArchCondition<JavaMethod> declareTheirRoles() {
        return new ArchCondition<>("declare their roles (@RolesAllowed, @PermitAll or @DenyAll, on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!declaresRoles(method) && !declaresRoles(method.getOwner())) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no roles"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> passivatingScoped() {
        return DescribedPredicate.describe("view- or session-scoped beans",
                type -> type.isAnnotatedWith(ViewScoped.class) || type.isAnnotatedWith(SessionScoped.class));
    }

    private static ArchCondition<JavaClass> holdOnlyWhatTravels() {
        return new ArchCondition<>("be serializable, with every field serializable, transient or injected by CDI") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                Class<?> type = bean.reflect();
                if (!Serializable.class.isAssignableFrom(type)) {
                    events.add(SimpleConditionEvent.violated(bean, type.getName() + " is not Serializable"));
                }
                for (Field field : type.getDeclaredFields()) {
                    String where = type.getName() + "." + field.getName();
                    if (field.isAnnotationPresent(EJB.class)) {
                        if (!Modifier.isTransient(field.getModifiers())) {
                            events.add(SimpleConditionEvent.violated(bean, where + " keeps an EJB reference that is "
                                    + "not transient"));
                        } else if (!readsItselfBack(type)) {
                            events.add(SimpleConditionEvent.violated(bean, where + " is transient, and no readObject "
                                    + "puts a service in its place"));
                        }
                        continue;
                    }
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                            || field.isAnnotationPresent(Inject.class)) {
                        // CDI's injected references are proxies that travel (Weld checks passivating scopes)
                        continue;
                    }
                    notTravelling(field.getGenericType(), new HashSet<>()).ifPresent(why ->
                            events.add(SimpleConditionEvent.violated(bean, where + " holds " + why)));
                }
            }
        };
    }

    private static boolean readsItselfBack(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.getName().equals("readObject")
                && Modifier.isPrivate(method.getModifiers()));
    }

    /** Why a value of this declared type cannot be serialized, if it cannot; CryoPath's own types are looked into. */
    private static Optional<String> notTravelling(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return Optional.empty();
        }
        if (type instanceof ParameterizedType parameterized) {
            return Stream.concat(Stream.of(parameterized.getRawType()), Arrays.stream(parameterized.getActualTypeArguments()))
                    .map(part -> notTravelling(part, seen)).flatMap(Optional::stream).findFirst();
        }
        if (type instanceof GenericArrayType array) {
            return notTravelling(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).map(bound -> notTravelling(bound, seen))
                    .flatMap(Optional::stream).findFirst();
        }
        if (type instanceof TypeVariable<?>) {
            return Optional.empty(); // checked where the type is used, through its arguments
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isPrimitive() || raw.isEnum()) {
            return Optional.empty();
        }
        if (raw.isArray()) {
            return notTravelling(raw.getComponentType(), seen);
        }
        if (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return Optional.empty(); // the JDK's collections travel when what they hold does (the type arguments)
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            return Optional.of(raw.getName() + ", which is not Serializable");
        }
        if (!raw.getName().startsWith("org.cryopath.")) {
            return Optional.empty();
        }
        for (Class<?> level = raw; level != null && level.getName().startsWith("org.cryopath."); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    Optional<String> inside = notTravelling(field.getGenericType(), seen);
                    if (inside.isPresent()) {
                        return Optional.of(raw.getName() + "." + field.getName() + ": " + inside.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean declaresRoles(CanBeAnnotated element) {
        return element.isAnnotatedWith(RolesAllowed.class) || element.isAnnotatedWith(PermitAll.class)
                || element.isAnnotatedWith(DenyAll.class);
    }
}
