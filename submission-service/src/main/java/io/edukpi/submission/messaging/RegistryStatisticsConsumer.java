package io.edukpi.submission.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.inbox.ProcessedEvents;
import io.edukpi.submission.service.RegistryResultService;
import io.smallrye.common.annotation.Blocking;

/** The registry's statistics of an office: results of REGISTRY indicators derived from them. */
@ApplicationScoped
public class RegistryStatisticsConsumer {

    private static final Logger LOG = Logger.getLogger(RegistryStatisticsConsumer.class);

    private final ProcessedEvents processed;
    private final RegistryResultService registry;
    private final ObjectMapper mapper;

    public RegistryStatisticsConsumer(ProcessedEvents processed, RegistryResultService registry, ObjectMapper mapper) {
        this.processed = processed;
        this.registry = registry;
        this.mapper = mapper;
    }

    @Incoming("registry-statistics")
    @Blocking
    @Transactional
    public void registryStatistics(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(CataloguePublishedConsumer.CONSUMER, record)) {
            return;
        }
        try {
            int set = registry.statisticsArrived(mapper.readTree(record.value()));
            LOG.infof("registry.statistics of office %s: %d registry-derived results set", record.key(), set);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf("skipped registry.statistics at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }
}
