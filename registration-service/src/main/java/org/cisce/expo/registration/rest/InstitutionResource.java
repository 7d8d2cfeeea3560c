package org.cisce.expo.registration.rest;

import io.smallrye.mutiny.Uni;
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
 * The verified institutions of an edition: a researcher, teacher or student whose institutional e-mail is at one of
 * their domains, or a subdomain of one ({@code mail.tsinghua.edu.cn} for {@code tsinghua.edu.cn}), is confirmed at once
 * instead of waiting for an organizer's verification.
 */
@Path("/api/v1/editions/{editionId}/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Edition settings", description = "Day capacities and verified institutions of an edition")
public class InstitutionResource {

    private final EditionSettingsService settings;
    private final Validator validator;

    public InstitutionResource(EditionSettingsService settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @GET
    @RolesAllowed("organizer")
    @Operation(operationId = "listInstitutions", summary = "The edition's verified institutions (organizer)")
    @APIResponse(responseCode = "200", description = "The institutions, by domain",
            content = @Content(schema = @Schema(implementation = InstitutionsResponse.class),
                    examples = @ExampleObject(name = "three universities", value = Examples.INSTITUTIONS)))
    @APIResponse(responseCode = "404", description = "No such edition (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EDITION_NOT_FOUND)))
    public Uni<InstitutionsResponse> get(@PathParam("editionId") String editionId) {
        return settings.institutions(editionId).map(list -> RegistrationMapper.toResponse(editionId, list));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "replaceInstitutions", summary = "Replace the edition's verified institutions (organizer)",
            description = "Domains are lower-case DNS names, each once. Registrations already made keep their status; "
                    + "new ones (and promotions from the waitlist) follow the new list.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionRequest.class,
            maxItems = RegistrationMapper.MAX_INSTITUTIONS),
            examples = @ExampleObject(name = "three universities", value = Examples.INSTITUTIONS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The institutions as they are now",
            content = @Content(schema = @Schema(implementation = InstitutionsResponse.class),
                    examples = @ExampleObject(name = "three universities", value = Examples.INSTITUTIONS)))
    @APIResponse(responseCode = "400", description = "Not an array, a domain that is not a lower-case DNS name, a domain twice, a missing name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "upper case", value = Examples.INSTITUTION_INVALID)))
    @APIResponse(responseCode = "404", description = "No such edition (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EDITION_NOT_FOUND)))
    public Uni<InstitutionsResponse> put(@PathParam("editionId") String editionId, List<InstitutionRequest> institutions) {
        return settings.replaceInstitutions(editionId, RegistrationMapper.toInstitutions(institutions, validator))
                .map(list -> RegistrationMapper.toResponse(editionId, list));
    }
}
