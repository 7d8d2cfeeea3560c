package org.cisce.expo.analytics.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.analytics.config.DashboardConfig;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.problem.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the dashboard signs people in: the OpenID provider's issuer and the dashboard's client there. The page
 * reads this before anyone has a token, then follows the provider's discovery document (authorization code with
 * PKCE), so the provider is configured once, on the service, and not in the page.
 */
@Path("/api/v1/analytics/sign-in")
@Tag(name = "Dashboard", description = "How the organiser's dashboard signs people in")
public class SignInResource {

    /** The scope asked for: the ID token names the person; roles and audience come with every access token. */
    static final String SCOPE = "openid";
    /** Browsers and proxies may keep it a while: it changes only with the service's configuration. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final DashboardConfig config;

    public SignInResource(DashboardConfig config) {
        this.config = config;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboardSignIn",
            summary = "The OpenID provider and client the dashboard signs in with (anyone)",
            description = "The issuer (its discovery document is <issuer>/.well-known/openid-configuration), the "
                    + "dashboard's public client id and the scope to ask for, for the authorization code flow with "
                    + "PKCE (S256). The same for every caller; holds no secret.")
    @APIResponse(responseCode = "200", description = "The sign-in configuration; cacheable for 5 minutes",
            content = @Content(schema = @Schema(implementation = SignIn.class),
                    examples = @ExampleObject(name = "keycloak", value = Examples.SIGN_IN)))
    @APIResponse(responseCode = "404", description = "No issuer is configured, so no one can sign in here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not configured", value = Examples.SIGN_IN_NOT_CONFIGURED)))
    public Response signIn() {
        String issuer = config.oidc().issuer().orElseThrow(() -> Refusal.notFound(
                "the dashboard's sign-in is not configured: set EXPO_DASHBOARD_OIDC_ISSUER or MP_JWT_VERIFY_ISSUER"));
        return Response.ok(new SignIn(issuer, config.oidc().clientId(), SCOPE))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** What the dashboard needs to start a sign-in. */
    @Schema(name = "DashboardSignIn")
    record SignIn(@Schema(format = "uri", description = "The provider's issuer identifier (an https URL in "
                          + "production)") String issuer,
                  @Schema(description = "The dashboard's public client id at the provider",
                          pattern = DashboardConfig.Oidc.CLIENT_ID_PATTERN,
                          maxLength = DashboardConfig.Oidc.CLIENT_ID_MAX_LENGTH) String clientId,
                  @Schema(description = "Space-separated scopes to ask for", enumeration = SCOPE) String scope) {
    }
}
