package org.cisce.expo.analytics.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.cisce.expo.analytics.domain.RebuildStatus;
import org.cisce.expo.analytics.domain.Timeseries;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Documents the figures as the resources return them. They are the core's records (domain), which carry no
 * OpenAPI annotations, so their bounds are stated here, at the edge: edition ids and time zones as every edition
 * has them, the enumerated metrics and states, the longest series, comparison and breakdown. The rows of a
 * breakdown become named schemas (ExhibitorGroup, BoothGroup, VisitorGroup), as clients generated from the
 * document name their types after them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FiguresDocumentation implements OASFilter {

    private static final String EDITION = "/api/v1/analytics/editions/{editionId}";
    private static final Map<String, String> BREAKDOWNS = Map.of(EDITION + "/exhibitors", "ExhibitorGroup",
            EDITION + "/booths", "BoothGroup", EDITION + "/visitors", "VisitorGroup");
    /** A group's key: a chain, a country or region code, a type, a segment, a category, a day, a status or a hall. */
    private static final int KEY_MAX_LENGTH = 200;
    /**
     * The most rows of an exhibitor or visitor breakdown: its keys are country and region codes (ISO 3166-1 has
     * 249), chains, types, segments, categories, statuses or days. A breakdown of booths by hall has one row per
     * hall, which nothing caps (.spectral.yaml says so for that response).
     */
    private static final int MAX_ROWS = 300;
    /** An edition's name in one language, as exhibitor-service's LocalizedText holds it. */
    private static final int NAME_MAX_LENGTH = 200;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        BREAKDOWNS.forEach((path, name) -> nameTheRows(openAPI, path, name));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Consumer<Schema> editionId = s -> s.maxLength(Editions.ID_MAX_LENGTH);
        Consumer<Schema> timeZone = s -> s.maxLength(Editions.TIME_ZONE_MAX_LENGTH);
        bound(schemas, "Overview", Map.of("editionId", editionId, "timeZone", timeZone,
                "hostCountry", s -> s.minLength(2).maxLength(2)));
        Consumer<Schema> name = s -> s.maxLength(NAME_MAX_LENGTH);
        bound(schemas, "Name", Map.of("en", name, "zh", name));
        bound(schemas, "Timeseries", Map.of("editionId", editionId, "timeZone", timeZone,
                "metric", s -> s.enumeration(List.of("registrations", "admissions")),
                "interval", s -> s.enumeration(List.of("PT1H", "P1D")),
                "items", s -> s.maxItems(Timeseries.MAX_POINTS)));
        bound(schemas, "Comparison", Map.of("editions", s -> s.maxItems(AnalyticsResource.MAX_COMPARED),
                "changes", s -> s.maxItems(AnalyticsResource.MAX_COMPARED - 1)));
        bound(schemas, "Step", Map.of("from", editionId, "to", editionId));
        bound(schemas, "RebuildStatus", Map.of("id", s -> s.minimum(BigDecimal.ONE),
                "status", s -> s.enumeration(List.of("RUNNING", "COMPLETED", "FAILED")),
                "error", s -> s.maxLength(RebuildStatus.MAX_ERROR_LENGTH).description("Why it FAILED")));
        for (String group : BREAKDOWNS.values()) {
            bound(schemas, group, Map.of("key", s -> s.maxLength(KEY_MAX_LENGTH)));
        }
    }

    /** The 200's JSON array of rows refers to a named schema of its rows, bounded unless by hall. */
    private static void nameTheRows(OpenAPI openAPI, String path, String name) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        Operation get = item == null ? null : item.getGET();
        MediaType json = get == null ? null : get.getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getItems() == null) {
            throw new IllegalStateException("GET " + path + " no longer answers a JSON array");
        }
        Schema rows = json.getSchema();
        if (rows.getItems().getRef() == null) {
            openAPI.getComponents().addSchema(name, rows.getItems());
            rows.setItems(OASFactory.createSchema().ref("#/components/schemas/" + name));
        }
        if (!name.equals("BoothGroup")) {
            rows.maxItems(MAX_ROWS);
        }
    }

    private static void bound(Map<String, Schema> schemas, String name, Map<String, Consumer<Schema>> properties) {
        Schema schema = schemas.get(name);
        if (schema == null || schema.getProperties() == null) {
            throw new IllegalStateException("the document has no schema " + name + " with properties");
        }
        properties.forEach((property, bound) -> {
            Schema target = schema.getProperties().get(property);
            if (target == null) {
                throw new IllegalStateException(name + " has no property " + property);
            }
            bound.accept(target);
        });
    }
}
