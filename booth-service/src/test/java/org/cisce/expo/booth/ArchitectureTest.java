package org.cisce.expo.booth;

import org.cisce.expo.testing.architecture.ServiceArchitectureTest;

/** The rules every service keeps (see {@link ServiceArchitectureTest}), checked on booth-service's classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.cisce.expo.booth");
    }
}
