package org.cisce.expo.registration.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.contract.Contract;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The document partners generate clients from is the one in docs/openapi, and it names every operation. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ContractTest {

    @Test
    void servesTheCommittedContractWithAnIdForEveryOperation() {
        Contract.of("registration-service").assertServedIsCommitted();
    }
}
