package org.cisce.expo.exhibitor.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;

/**
 * Filters of the exhibitor directory; each null one matches all. {@link ExhibitorService} adds the caller's scope.
 *
 * @param q text in the English or Chinese name
 */
public record DirectoryQuery(String editionId, Chain chain, Segment segment, ApplicationStatus status,
                             String countryCode, OrganizationType organizationType, String q,
                             OffsetDateTime updatedSince) {
}
