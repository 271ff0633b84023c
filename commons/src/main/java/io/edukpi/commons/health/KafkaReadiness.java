package io.edukpi.commons.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Readiness of the Kafka connection, answered within {@code edukpi.kafka.health-timeout}. Quarkus' own
 * check waits for the admin client's default API timeout (a minute): a frozen broker that still holds
 * its connections open then made every {@code /q/health/ready} hang past any probe's timeout instead
 * of answering DOWN.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final Map<String, Object> broker;
    private final Duration timeout;
    private Admin admin;

    public KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> broker,
            @ConfigProperty(name = "edukpi.kafka.health-timeout") Duration timeout) {
        this.broker = broker;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka connection health check");
        int millis = (int) timeout.toMillis();
        try {
            String nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes()
                    .get(millis, TimeUnit.MILLISECONDS).stream()
                    .map(node -> node.host() + ":" + node.port())
                    .collect(Collectors.joining(","));
            return response.up().withData("nodes", nodes).build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", String.valueOf(e.getCause())).build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "no answer within " + timeout).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            broker.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value.toString());
                }
            });
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
