package io.edukpi.gateway;

import io.edukpi.devstack.ApplicationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class GatewayContractTest extends ApplicationContract {
}
