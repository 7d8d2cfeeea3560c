package org.cisce.expo.exhibitor.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.ListColumns;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An exhibitor's application to exhibit at one edition, and where it stands in the approval workflow. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "exhibitor_id", nullable = false, updatable = false)
    public UUID exhibitorId;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Chain chain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Column(name = "requested_area_sqm", nullable = false)
    public BigDecimal requestedAreaSqm;

    @Convert(converter = ListColumns.Texts.class)
    @Column(nullable = false)
    public List<String> products;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** Why it was rejected or withdrawn. */
    public String reason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * Moves the application along the workflow ({@link ApplicationStatus#canBecome}); a rejection needs a reason.
     *
     * @throws Refusal invalid without a reason for a rejection, conflict for a step the workflow does not allow
     */
    public void moveTo(ApplicationStatus next, String reason, OffsetDateTime now) {
        if (next == ApplicationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("reason", "a rejection needs a reason");
        }
        if (!status.canBecome(next)) {
            throw Refusal.conflict("application " + id + " is " + status + "; it cannot become " + next);
        }
        status = next;
        this.reason = reason;
        updatedAt = now;
    }
}
