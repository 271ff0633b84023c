package io.edukpi.registry;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.ServiceContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class ServiceContractTest extends ServiceContract {

    @Override
    protected String expectedDatabase() {
        return "registry";
    }
}
