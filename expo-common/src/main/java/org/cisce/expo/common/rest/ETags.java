package org.cisce.expo.common.rest;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags carry a resource's {@code version}; {@code If-Match} must name the current one. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws ApiProblem 412 when {@code ifMatch} is present and names neither {@code *} nor the current version
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + currentVersion + "\"")) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed("If-Match " + ifMatch + " does not match the current version \""
                + currentVersion + "\"; read the resource again");
    }
}
