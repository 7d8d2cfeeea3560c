package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.service.ManageTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A delegation and the registrations of its leader and members; {@code manageToken} only when it was created. */
@Schema(name = "Group")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupResponse(UUID id, @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId, Category category,
                            @Schema(maxLength = 200) String institution,
                            RegistrationStatus status, Channel channel, RegistrationResponse leader,
                            @Schema(maxItems = GroupRequest.MAX_MEMBERS) List<RegistrationResponse> members,
                            @Schema(description = "Shown once: the leader sends it as X-Manage-Token to read or "
                                    + "cancel the delegation and each of its registrations",
                                    maxLength = ManageTokens.LENGTH) String manageToken,
                            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
