package io.edukpi.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code Idempotency-Key} for retried writes: the first answer is stored with the change it made, in
 * the same transaction, and a retry with the same key and request gets that answer again
 * (header {@code Idempotent-Replayed: true}) and changes nothing. The same key with another request
 * is refused with 422. Retries that race wait on a lock for the first to finish.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Duration retention;

    public IdempotentRequests(EntityManager em, ObjectMapper mapper,
            @ConfigProperty(name = "edukpi.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.em = em;
        this.mapper = mapper;
        this.retention = retention;
    }

    /**
     * @param caller who asks (user or client id): keys are private to a caller
     * @param key the header's value, or null to simply run the action
     * @param request what identifies the request: operation and body (hashed), so a reused key is recognised
     * @param action the write; its response entity is stored as JSON (or as is when it is a String)
     */
    @Transactional
    public Response run(String caller, String key, String request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(CommonMessage.IDEMPOTENCY_KEY_MALFORMED_DETAIL.text(),
                    List.of(CommonMessage.MALFORMED_IDEMPOTENCY_KEY.at(HEADER).withValue(key)));
        }
        String hash = sha256(request);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:id, 0))")
                .setParameter("id", caller + '\n' + key).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("""
                select request_hash, status, content_type, location, body
                from idempotency_record where caller = :caller and key = :key""")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        if (!earlier.isEmpty()) {
            return replay(earlier.get(0), hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                insert into idempotency_record (caller, key, request_hash, status, content_type, location, body)
                values (:caller, :key, :hash, :status, :type, :location, :body)""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .setParameter("status", response.getStatus())
                .setParameter("type", response.getMediaType() == null ? MediaType.APPLICATION_JSON
                        : response.getMediaType().toString())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("body", body(response.getEntity()))
                .executeUpdate();
        return response;
    }

    private Response replay(Object[] row, String hash) {
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable(CommonMessage.IDEMPOTENCY_KEY_REUSED_DETAIL.text(),
                    List.of(CommonMessage.IDEMPOTENCY_KEY_REUSED.at(HEADER)));
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED, "true");
        if (row[4] != null) {
            answer.entity(row[4]).type((String) row[2]);
        }
        if (row[3] != null) {
            answer.header("Location", row[3]);
        }
        return answer.build();
    }

    private String body(Object entity) {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An idempotent answer cannot be stored as JSON", e);
        }
    }

    /** Keys are for retries, not for ever: forget answers after the retention. */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purge() {
        em.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(retention))
                .executeUpdate();
    }

    /** A stable fingerprint of a request: operation and body, for {@link #run}. */
    public static String fingerprint(String operation, String body) {
        return operation + '\n' + (body == null ? "" : body);
    }

    /** The same for a binary body (an uploaded file): operation and the body's SHA-256. */
    public static String fingerprint(String operation, byte[] body) {
        try {
            return operation + '\n' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return fingerprint("", text.getBytes(StandardCharsets.UTF_8)).substring(1);
    }
}
