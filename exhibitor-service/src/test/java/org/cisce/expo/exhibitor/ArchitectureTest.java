package org.cisce.expo.exhibitor;

import org.cisce.expo.testing.architecture.ServiceArchitectureTest;

/** The rules every service keeps (see {@link ServiceArchitectureTest}), checked on exhibitor-service's classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.cisce.expo.exhibitor");
    }
}
