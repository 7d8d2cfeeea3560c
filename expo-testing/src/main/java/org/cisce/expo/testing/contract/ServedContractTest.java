package org.cisce.expo.testing.contract;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The document partners generate clients from is the one in docs/openapi, and it names every operation. A
 * service's {@code ContractTest} extends this as a {@code @QuarkusTest}.
 */
public abstract class ServedContractTest {

    @Test
    void servesTheCommittedContractWithAnIdForEveryOperation() {
        Contract.of(ConfigProvider.getConfig().getValue("quarkus.application.name", String.class))
                .assertServedIsCommitted();
    }
}
