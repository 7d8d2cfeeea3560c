package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.contract.ServedContractTest;
import org.junit.jupiter.api.Tag;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ContractTest extends ServedContractTest {
}
