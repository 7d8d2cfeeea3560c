package org.cisce.expo.registration;

import org.cisce.expo.testing.architecture.ServiceArchitectureTest;

/** The rules every service keeps (see {@link ServiceArchitectureTest}), checked on registration-service's classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.cisce.expo.registration");
    }
}
