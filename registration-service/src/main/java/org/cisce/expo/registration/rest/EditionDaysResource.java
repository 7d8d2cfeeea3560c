package org.cisce.expo.registration.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.registration.service.EditionSettingsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The days of an edition as registration counts them: the capacity of each (set by organizers), the places taken by
 * CONFIRMED and PENDING_VERIFICATION registrations, the places left and the waitlist. Dates and public days come from
 * the edition (exhibitor-service); every day is a date in the edition's time zone.
 */
@Path("/api/v1/editions/{editionId}/days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Edition settings", description = "Day capacities and verified institutions of an edition")
public class EditionDaysResource {

    private final EditionSettingsService settings;
    private final Validator validator;

    public EditionDaysResource(EditionSettingsService settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getEditionDays",
            summary = "Every day of the edition with its capacity, places taken and left (anyone)",
            description = "capacity and remaining are null for a day without a limit.")
    @APIResponse(responseCode = "200", description = "The days",
            content = @Content(schema = @Schema(implementation = DaysResponse.class),
                    examples = @ExampleObject(name = "cisce-2025", value = Examples.DAYS)))
    @APIResponse(responseCode = "404", description = "No such edition (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EDITION_NOT_FOUND)))
    public Uni<DaysResponse> get(@PathParam("editionId") String editionId) {
        return settings.days(editionId).map(RegistrationMapper::toResponse);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "setEditionDays", summary = "Set the capacity of the edition's days (organizer)",
            description = "Replaces the whole list: a day not listed has no limit. A capacity below the places already "
                    + "taken that day is a 409 naming the day; a raised one promotes the waitlist at once, longest "
                    + "waiting first.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DayCapacityRequest.class,
            maxItems = RegistrationMapper.MAX_DAY_CAPACITIES),
            examples = @ExampleObject(name = "five days", value = Examples.DAYS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The days as they are now",
            content = @Content(schema = @Schema(implementation = DaysResponse.class),
                    examples = @ExampleObject(name = "cisce-2025", value = Examples.DAYS)))
    @APIResponse(responseCode = "400", description = "Not an array, a missing or negative capacity, a date twice, an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "negative", value = Examples.DAYS_VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such edition (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EDITION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "A capacity below the places already taken that day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too small", value = Examples.DAYS_TOO_SMALL)))
    @APIResponse(responseCode = "422", description = "A date that is not a day of the edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside", value = Examples.DAYS_OUTSIDE)))
    public Uni<DaysResponse> put(@PathParam("editionId") String editionId, List<DayCapacityRequest> days) {
        return settings.replaceDays(editionId, RegistrationMapper.toDays(days, validator))
                .map(RegistrationMapper::toResponse);
    }
}
