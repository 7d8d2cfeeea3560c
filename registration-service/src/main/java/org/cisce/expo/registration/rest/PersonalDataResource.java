package org.cisce.expo.registration.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.registration.service.ManageTokens;
import org.cisce.expo.registration.service.PersonalDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The registrant's right of access: a download of everything registration-service holds about the person of one
 * registration, for the holder of its manage token or an organizer. Erasure is {@code DELETE
 * /api/v1/registrations/{id}} (RegistrationResource, through PersonalDataService).
 */
@Path("/api/v1/registrations/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "The registrant's access to, and erasure of, its personal data")
public class PersonalDataResource {

    private final PersonalDataService personalData;
    private final Callers callers;

    public PersonalDataResource(PersonalDataService personalData, Callers callers) {
        this.personalData = personalData;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @Operation(operationId = "exportRegistration",
            summary = "Export everything held about the registrant (organizer, or the registration's X-Manage-Token)",
            description = "All fields of the registration, personal or not, the consent given, the delegation it "
                    + "belongs to, the times of its changes and every scan of its badge, as a JSON download. Anyone "
                    + "else, a partner included, gets a 404. After erasure the manage token no longer works; an "
                    + "organizer sees what is kept (nothing personal).")
    @APIResponse(responseCode = "200", description = "The export, as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"registration-{id}.json\"",
                    schema = @Schema(type = SchemaType.STRING,
                            maxLength = PersonalDataExport.CONTENT_DISPOSITION_LENGTH)),
            content = @Content(schema = @Schema(implementation = PersonalDataExport.class),
                    examples = @ExampleObject(name = "student with two entries", value = PersonalDataExamples.EXPORT)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = PersonalDataExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such registration, or not the caller's (wrong or missing manage token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PersonalDataExamples.NOT_FOUND)))
    public Uni<Response> export(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The manage token shown once when the registration (for a "
                                        + "delegation's leader: the delegation) was made",
                                        schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                                @HeaderParam(ManageTokens.HEADER) String manageToken) {
        UUID registrationId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> personalData.export(registrationId, caller, manageToken))
                .map(data -> Response.ok(PersonalDataExport.of(data))
                        .header(HttpHeaders.CONTENT_DISPOSITION, PersonalDataExport.contentDisposition(registrationId))
                        // personal data: no browser or shared cache keeps it, token or not
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build());
    }
}
