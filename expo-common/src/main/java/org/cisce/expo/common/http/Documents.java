package org.cisce.expo.common.http;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Walks an OpenAPI document for the steps of {@link ContractFilter}: its operations, parameters and schemas. */
final class Documents {

    static final String COMPONENT = "#/components/schemas/";

    private Documents() {
    }

    static Map<String, Schema> components(OpenAPI openAPI) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
    }

    /** Every parameter of every operation and path. */
    static void forEachParameter(OpenAPI openAPI, Consumer<Parameter> visitor) {
        pathItems(openAPI).values().stream().filter(item -> item.getParameters() != null)
                .forEach(item -> item.getParameters().forEach(visitor));
        forEachOperation(openAPI, (path, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(visitor);
            }
        });
    }

    /** Every operation, with the path it is on. */
    static void forEachOperation(OpenAPI openAPI, BiConsumer<String, Operation> visitor) {
        pathItems(openAPI).forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> visitor.accept(path, operation));
            }
        });
    }

    /**
     * Every schema object once, nested ones included (properties, items, allOf, ...): those the paths use and, with
     * {@code withComponents}, the components'. A {@code $ref} is visited, not followed.
     */
    static void forEachSchema(OpenAPI openAPI, boolean withComponents, Consumer<Schema> visitor) {
        Walker walk = new Walker(visitor);
        if (withComponents) {
            components(openAPI).values().forEach(walk);
        }
        forEachParameter(openAPI, parameter -> walk.accept(parameter.getSchema()));
        forEachOperation(openAPI, (path, operation) -> {
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), walk);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    content(response.getContent(), walk);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(header -> walk.accept(header.getSchema()));
                    }
                }
            }
        });
    }

    /** Drops the component schemas that no operation uses, directly or through other components. */
    static void removeUnused(OpenAPI openAPI) {
        Map<String, Schema> components = components(openAPI);
        if (components.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Consumer<Schema> collect = schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT) && used.add(ref.substring(COMPONENT.length()))) {
                todo.add(ref.substring(COMPONENT.length()));
            }
        };
        forEachSchema(openAPI, false, collect);
        Walker throughComponents = new Walker(collect);
        while (!todo.isEmpty()) {
            throughComponents.accept(components.get(todo.poll()));
        }
        Map<String, Schema> kept = new LinkedHashMap<>(components);
        kept.keySet().retainAll(used);
        openAPI.getComponents().setSchemas(kept);
    }

    /** Visits a schema and the schemas nested in it, each once; a {@code $ref} is visited, not followed. */
    private static final class Walker implements Consumer<Schema> {

        private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Consumer<Schema> visitor;

        Walker(Consumer<Schema> visitor) {
            this.visitor = visitor;
        }

        @Override
        public void accept(Schema schema) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            visitor.accept(schema);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(this);
            }
            accept(schema.getItems());
            accept(schema.getAdditionalPropertiesSchema());
            accept(schema.getNot());
            for (List<Schema> parts : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                    nonNull(schema.getOneOf()))) {
                parts.forEach(this);
            }
        }
    }

    private static Map<String, PathItem> pathItems(OpenAPI openAPI) {
        return openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null ? Map.of()
                : openAPI.getPaths().getPathItems();
    }

    private static void content(Content content, Consumer<Schema> walk) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> walk.accept(mediaType.getSchema()));
        }
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
