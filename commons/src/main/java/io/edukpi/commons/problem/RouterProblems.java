package io.edukpi.commons.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Answers with problem+json where no REST resource is involved: paths nothing serves, methods a
 * route does not take, bodies over the size limit.
 */
@ApplicationScoped
public class RouterProblems {

    private final Problems problems;

    public RouterProblems(Problems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.errorHandler(404, rc -> write(rc, 404, "No resource at this path.", "ไม่พบข้อมูลตามที่อยู่ที่ร้องขอ"));
        router.errorHandler(405, rc -> write(rc, 405, "This path does not accept the method used.",
                "ที่อยู่นี้ไม่รองรับวิธีการเรียกที่ใช้"));
        router.errorHandler(413, rc -> write(rc, 413, "The request body is larger than this endpoint accepts.",
                "ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่าที่กำหนด"));
    }

    /** Writes a problem unless the response is already under way. */
    public void write(RoutingContext rc, int status, String detail, String detailTh) {
        if (rc.response().headWritten() || rc.response().ended()) {
            return;
        }
        Problem problem = Problems.of(status, detail, detailTh, rc.request().path(), List.of());
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problems.toJson(problem));
    }
}
