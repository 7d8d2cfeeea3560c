package org.cisce.expo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Validates event payloads against the producer's JSON Schema files ({@code events/<ce_type>.json}).
 * Producers validate what they publish; consumers validate the fixtures they feed their handlers, read from
 * the producer's source tree, so that a breaking change cannot land silently.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private EventSchemas() {
    }

    /** The schema of {@code type} from this module's classpath (the producer's own tests). */
    public static JsonSchema fromClasspath(String type) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream("events/" + type + ".json")) {
            if (in == null) {
                throw new AssertionError("no schema events/" + type + ".json on the classpath");
            }
            return FACTORY.getSchema(MAPPER.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The schema of {@code type} from a producer's source tree, e.g. {@code ../exhibitor-service}. */
    public static JsonSchema fromProducer(String producerModule, String type) {
        Path file = Path.of(producerModule, "src/main/resources/events", type + ".json");
        try {
            return FACTORY.getSchema(MAPPER.readTree(Files.readString(file)), CONFIG);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** The violations of {@code json} against {@code schema}; empty when valid. */
    public static List<String> violations(JsonSchema schema, String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Set<ValidationMessage> messages = schema.validate(node);
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static void assertValid(JsonSchema schema, String json) {
        List<String> violations = violations(schema, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("payload does not match its schema: " + violations + "\n" + json);
        }
    }
}
