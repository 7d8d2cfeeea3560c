package org.cisce.expo.common.types;

import org.cisce.expo.common.problem.Refusal;

import java.util.Set;

/**
 * The version of a resource a caller last read and means to change, or {@link #ANY} when it did not say. A use
 * case checks it against the current version before changing anything; the HTTP edge reads it from {@code If-Match}.
 *
 * @param versions the versions the caller accepts; empty when it named none that a version can be
 * @param stated   how the caller said it, for the refusal's message (e.g. {@code If-Match "3"})
 */
public record ExpectedVersion(Set<Long> versions, String stated) {

    /** No expectation: any current version will do. */
    public static final ExpectedVersion ANY = new ExpectedVersion(null, "any version");

    public ExpectedVersion {
        versions = versions == null ? null : Set.copyOf(versions);
    }

    /** @throws Refusal precondition failed when the caller expected another version than {@code current} */
    public void check(long current) {
        if (versions != null && !versions.contains(current)) {
            throw Refusal.preconditionFailed(stated + " does not match the current version \"" + current
                    + "\"; read the resource again");
        }
    }
}
