package io.edukpi.commons.idempotency;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A write that counts how often it really ran, for the idempotency tests. */
@Path("/test/idempotent/{name}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class IdempotentTestResource {

    private final IdempotentRequests idempotent;
    private final EntityManager em;

    public IdempotentTestResource(IdempotentRequests idempotent, EntityManager em) {
        this.idempotent = idempotent;
        this.em = em;
    }

    @POST
    public Response count(@PathParam("name") String name, @HeaderParam(IdempotentRequests.HEADER) String key, String body) {
        return idempotent.run("tester", key, IdempotentRequests.fingerprint("count " + name, body), () -> {
            em.createNativeQuery("""
                    insert into test_application (name, times) values (:name, 1)
                    on conflict (name) do update set times = test_application.times + 1""")
                    .setParameter("name", name).executeUpdate();
            Number times = (Number) em.createNativeQuery("select times from test_application where name = :name")
                    .setParameter("name", name).getSingleResult();
            return Response.created(URI.create("/test/idempotent/" + name))
                    .entity(Map.of("name", name, "times", times.intValue())).build();
        });
    }
}
