package org.cisce.expo.common.http;

import jakarta.ws.rs.core.EntityTag;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.ExpectedVersion;

import java.util.HashSet;
import java.util.Set;

/** Entity tags carry a resource's {@code version}; {@code If-Match} names the version a caller means to change. */
public final class ETags {

    /** Room for several of our tags; a longer If-Match is refused (400) rather than matched against none. */
    public static final int MAX_IF_MATCH_LENGTH = 200;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header expects: {@link ExpectedVersion#ANY} when absent or {@code *}; a tag
     * that is not one of our versions matches none (so the use case answers 412, as for a stale one); a header
     * longer than {@link #MAX_IF_MATCH_LENGTH} is refused.
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.ANY;
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw Refusal.invalid("If-Match", "must be at most " + MAX_IF_MATCH_LENGTH + " characters");
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return ExpectedVersion.ANY;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
                String inner = value.substring(1, value.length() - 1);
                try {
                    long version = Long.parseLong(inner);
                    if (Long.toString(version).equals(inner)) { // "007" is not a tag we ever gave out
                        versions.add(version);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours: it matches no version
                }
            }
        }
        return new ExpectedVersion(versions, "If-Match " + ifMatch);
    }
}
