package org.cisce.expo.analytics;

import org.cisce.expo.testing.architecture.ServiceArchitectureTest;

/** The rules every service keeps (see {@link ServiceArchitectureTest}), checked on analytics-service's classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.cisce.expo.analytics");
    }
}
