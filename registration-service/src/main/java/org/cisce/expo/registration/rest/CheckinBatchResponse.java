package org.cisce.expo.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answers to a batch, one per scan in the request's order. */
@Schema(name = "CheckinBatchResponse")
public record CheckinBatchResponse(@Schema(maxItems = CheckinBatchRequest.MAX_SCANS) List<CheckinResponse> results) {
}
