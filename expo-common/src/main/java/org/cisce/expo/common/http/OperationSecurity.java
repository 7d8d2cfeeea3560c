package org.cisce.expo.common.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * States each operation's roles where OpenAPI allows them for a bearer scheme: scopes belong to OAuth2 and
 * OpenID Connect schemes only, so the roles that {@code @RolesAllowed} puts there move to the operation's
 * {@code x-roles} and its description, and the requirement keeps the bare scheme. An operation without a role
 * takes a token or none ({@code security: [{}, {jwt: []}]}): a valid token may show more, an invalid one is a 401.
 */
final class OperationSecurity {

    static final String SCHEME = "jwt";
    private static final String ROLES = "x-roles";

    private OperationSecurity() {
    }

    static void document(OpenAPI openAPI) {
        Documents.forEachOperation(openAPI, (path, operation) -> document(operation));
    }

    private static void document(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        boolean tokenOptional = requirements != null && requirements.stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
        if (tokenOptional || operation.getExtensions() != null && operation.getExtensions().containsKey(ROLES)) {
            return; // documented already (the filter may run again)
        }
        if (requirements == null || requirements.isEmpty()) {
            operation.security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SCHEME))));
            describe(operation, "Anyone may call this, with or without a token; a valid token may show more, an "
                    + "invalid one is a 401.");
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : requirements) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                });
            }
        }
        operation.security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(ROLES, List.copyOf(roles));
        describe(operation, "Roles: " + String.join(", ", roles) + ".");
    }

    private static void describe(Operation operation, String sentence) {
        String description = operation.getDescription();
        operation.description(description == null || description.isBlank() ? sentence
                : description + "\n\n" + sentence);
    }
}
