package org.cisce.expo.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import org.cisce.expo.launcher.LaunchDefinitions;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A service's contract: its OpenAPI document as committed in {@code docs/openapi/<service>.yaml}, which the
 * service must serve unchanged, and against which every response a test receives is checked.
 */
public final class Contract {

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*|[a-z]+");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Map<String, Contract> CONTRACTS = new ConcurrentHashMap<>();

    private final String service;
    private final Path document;
    private volatile OpenApiValidationFilter filter;

    private Contract(String service, Path document) {
        this.service = service;
        this.document = document;
    }

    /** The committed contract of a service, by its name (exhibitor-service, ...). */
    public static Contract of(String service) {
        return CONTRACTS.computeIfAbsent(service,
                name -> new Contract(name, LaunchDefinitions.root().resolve("docs/openapi/" + name + ".yaml")));
    }

    public String service() {
        return service;
    }

    public Path document() {
        return document;
    }

    public String text() {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + service + "'s contract " + document
                    + "; ./expo openapi writes it", e);
        }
    }

    /**
     * A REST Assured filter that fails a request whose response the document does not allow: an undeclared
     * status, a missing declared header, a body of another media type, or a body that breaks its schema,
     * including a property the schema does not declare. Requests are not checked (tests send bad ones on purpose).
     */
    public OpenApiValidationFilter responseFilter() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator(text()));
        }
        return filter;
    }

    /** Validates responses (not requests) against a document given as text; strict about undeclared properties. */
    public static OpenApiInteractionValidator validator(String documentText) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(documentText)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /**
     * Fails unless the running service serves exactly the committed document, and unless that document gives every
     * operation a stable id. On a difference the served document is written to {@code target/openapi-served/} to
     * compare; {@code ./expo openapi} writes the committed one anew from the build.
     */
    public void assertServedIsCommitted() {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (!read(served).equals(read(text()))) {
            Path copy = Path.of("target/openapi-served", service + ".yaml");
            try {
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, served);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Assertions.fail(service + " serves another document than " + document + " (served: " + copy.toAbsolutePath()
                    + "). A change of the contract is committed with the change of the code: run ./expo openapi.");
        }
        List<String> problems = operationIdProblems(served);
        Assertions.assertTrue(problems.isEmpty(), () -> service + ": " + String.join("; ", problems));
    }

    /**
     * What is wrong with a document's operation ids: each operation needs one, a camelCase verb phrase
     * ({@code listExhibitors}, {@code holdBooking}), unique in the document. Empty when all is well.
     */
    public static List<String> operationIdProblems(String documentText) {
        JsonNode paths = read(documentText).path("paths");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asText("");
                if (id.isEmpty()) {
                    problems.add(where + " has no operationId");
                } else if (!OPERATION_ID.matcher(id).matches()) {
                    problems.add(where + ": operationId " + id + " is not camelCase");
                } else if (!seen.add(id)) {
                    problems.add(where + ": operationId " + id + " is used twice");
                }
            }
        }
        return problems;
    }

    /** A YAML or JSON document as a tree. */
    public static JsonNode read(String documentText) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(documentText);
        } catch (IOException e) {
            throw new UncheckedIOException("not a YAML document", e);
        }
    }
}
