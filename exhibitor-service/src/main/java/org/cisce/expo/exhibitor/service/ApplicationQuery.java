package org.cisce.expo.exhibitor.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;

/** Filters of the application list; each null one matches all. {@link ApplicationService} adds the caller's scope. */
public record ApplicationQuery(String editionId, ApplicationStatus status, Chain chain, Segment segment,
                               String countryCode, OffsetDateTime updatedSince) {
}
