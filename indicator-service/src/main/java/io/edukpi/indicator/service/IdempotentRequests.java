package io.edukpi.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.persistence.IdempotentRequestEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a POST at most once per (caller, Idempotency-Key): the effect and the remembered answer commit
 * together, and a retry gets the first answer again (header {@code Idempotent-Replayed: true}).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ObjectMapper mapper;

    public IdempotentRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public Response run(String caller, String key, String operation, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid("Idempotency-Key must be 1-128 letters, digits, '.', '_', ':' or '-'.",
                    "Idempotency-Key ต้องมี 1-128 ตัวอักษร ตัวเลข หรือ . _ : -",
                    List.of(ProblemError.field(HEADER, "malformed-key", "1-128 of [A-Za-z0-9._:-]", "รูปแบบไม่ถูกต้อง").withValue(key)));
        }
        IdempotentRequestEntity.Id id = new IdempotentRequestEntity.Id(caller, key);
        IdempotentRequestEntity earlier = IdempotentRequestEntity.findById(id, LockModeType.PESSIMISTIC_READ);
        if (earlier != null) {
            if (!earlier.operation.equals(operation)) {
                throw new ProblemException(422, "unprocessable", "Idempotency-Key reused", "ใช้ Idempotency-Key ซ้ำกับคำขออื่น",
                        "This Idempotency-Key was used for another request (" + earlier.operation + ").",
                        "Idempotency-Key นี้เคยใช้กับคำขออื่นแล้ว (" + earlier.operation + ")", List.of());
            }
            Response.ResponseBuilder replay = Response.status(earlier.status).entity(earlier.body)
                    .type("application/json").header("Idempotent-Replayed", "true");
            if (earlier.location != null) {
                replay.header("Location", earlier.location);
            }
            return replay.build();
        }
        Response response = action.get();
        IdempotentRequestEntity record = new IdempotentRequestEntity();
        record.id = id;
        record.operation = operation;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.createdAt = OffsetDateTime.now();
        try {
            record.body = mapper.writeValueAsString(response.getEntity());
            record.persistAndFlush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (PersistenceException e) {
            // A concurrent request with the same key committed first; this one rolls back.
            throw ProblemException.conflict("A request with this Idempotency-Key is already being processed; retry to get its answer.",
                    "คำขอที่ใช้ Idempotency-Key นี้กำลังดำเนินการอยู่ กรุณาลองใหม่เพื่อรับผลลัพธ์");
        }
        return response;
    }
}
