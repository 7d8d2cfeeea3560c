package org.cisce.expo.common.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting in the transactional outbox. It is written in the same transaction as the change it
 * describes; {@link OutboxRelay} publishes it and sets {@code sentAt}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** The longest {@code last_error} the relay records; a longer root cause is shortened. */
    public static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    /** The Kafka record key; one key's events stay in one partition, in order. */
    @Column(name = "record_key", nullable = false, updatable = false)
    public String recordKey;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** PENDING, SENT, PARKED (refused too often; its key waits for an operator) or SKIPPED (by an operator). */
    @Column(nullable = false)
    public String status = "PENDING";

    /** Refusals counted against this row (not those during a broker outage). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;
}
