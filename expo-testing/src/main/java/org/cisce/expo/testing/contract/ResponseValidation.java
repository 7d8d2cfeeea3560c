package org.cisce.expo.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Before every {@code @QuarkusTest} of a service, makes every REST Assured response of the test checked against
 * the service's committed contract ({@link Contract#responseFilter()}), whatever the test asserts itself.
 * Registered through {@code META-INF/services}; a test class needs nothing.
 */
public class ResponseValidation implements QuarkusTestBeforeEachCallback {

    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (installed) {
            return;
        }
        synchronized (ResponseValidation.class) {
            if (!installed) {
                String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
                RestAssured.filters(Contract.of(service).responseFilter());
                installed = true;
            }
        }
    }
}
