package org.cisce.expo.booth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.config.BookingConfig;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingRules;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.events.BoothEvents;
import org.cisce.expo.booth.repository.BookingRepository;
import org.cisce.expo.booth.repository.BoothRepository;
import org.cisce.expo.booth.repository.HallRepository;
import org.cisce.expo.booth.repository.KnownApplicationRepository;
import org.cisce.expo.booth.repository.KnownExhibitorRepository;
import org.cisce.expo.common.inbox.InboxContext;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ResultPage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bookings of booths: HELD until {@code expiresAt}, then CONFIRMED (organizer, application APPROVED), CANCELLED or
 * EXPIRED. The database keeps a booth to one active booking (booking_one_active_per_booth); the code gives the
 * reasons. Every change writes its {@code expo.booking.*} event through {@link BoothEvents} in its transaction.
 */
@ApplicationScoped
public class BookingService {

    private static final UUID NOBODY = new UUID(0, 0);

    private final BookingRepository bookings;
    private final BoothRepository booths;
    private final HallRepository halls;
    private final KnownApplicationRepository applications;
    private final KnownExhibitorRepository exhibitors;
    private final BoothEvents events;
    private final BookingConfig config;
    private final Clock clock;

    public BookingService(BookingRepository bookings, BoothRepository booths, HallRepository halls,
                          KnownApplicationRepository applications, KnownExhibitorRepository exhibitors,
                          BoothEvents events, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.booths = booths;
        this.halls = halls;
        this.applications = applications;
        this.exhibitors = exhibitors;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Holds a booth for {@code expo.booking.hold-duration}. Needs the exhibitor's application for the booth's
     * edition to be SUBMITTED or APPROVED, and the booth free: a hold past its expiry is marked EXPIRED first
     * (with its event), so it never blocks. Of concurrent holds the unique index lets exactly one through.
     */
    @WithTransaction
    public Uni<BookingView> hold(HoldBooth command, Caller caller) {
        UUID exhibitorId = command.exhibitorId();
        if (!(caller.organizer() || caller.isExhibitor(exhibitorId))) {
            // Another organisation's id: the same answer whether it exists or not.
            return Uni.createFrom().failure(Refusal.notFound("exhibitor", exhibitorId.toString()));
        }
        OffsetDateTime now = Timestamps.now(clock);
        // A shared lock on the booth: a concurrent removal (which locks it for update) waits or is waited for,
        // so a hold never lands on a booth that is being removed.
        return booths.findForShare(command.boothId())
                .invoke(booth -> BookingRules.requireBookable(booth, command.boothId()))
                .call(booth -> applications.findFor(exhibitorId, booth.editionId).invoke(application ->
                        BookingRules.requireApplicationForHold(application, exhibitorId, booth.editionId)))
                .call(booth -> publishExpired(bookings.expireDueOnBooth(booth.id, now)))
                .flatMap(booth -> bookings.activeOn(booth.id).flatMap(active -> {
                    if (active != null) {
                        throw BookingRules.notAvailable(booth, active.status);
                    }
                    Booking booking = BookingRules.hold(booth, exhibitorId, now, config.holdDuration());
                    return bookings.persistAndFlush(booking)
                            .onFailure(BookingRepository::isSecondActiveBooking)
                            .transform(e -> BookingRules.notAvailable(booth, null))
                            .call(saved -> publish(saved, booth))
                            .flatMap(saved -> view(saved, booth, now));
                }));
    }

    @WithSession
    public Uni<BookingView> get(UUID id, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        return visible(id, caller).flatMap(booking -> booths.findById(booking.boothId).flatMap(booth -> view(booking, booth, now)));
    }

    @WithSession
    public Uni<ResultPage<BookingView>> list(BookingQuery query, int page, int size, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        // An exhibitor sees only its own bookings (a token without exhibitorId matches none).
        BookingRepository.Filter filter = new BookingRepository.Filter(query.editionId(), query.exhibitorId(),
                query.boothId(), query.status(), query.updatedSince(),
                caller.organizer() ? null : caller.exhibitorId().orElse(NOBODY), now);
        return bookings.list(filter, page, size).flatMap(items -> bookings.count(filter)
                .flatMap(total -> views(items, now).map(views -> new ResultPage<>(views, page, size, total))));
    }

    /** Confirms a hold (organizer): only from HELD before its expiry, and only while the application is APPROVED. */
    @WithTransaction
    public Uni<BookingView> confirm(UUID id, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        return visible(id, caller)
                .invoke(booking -> BookingRules.requireTransition(booking, BookingStatus.CONFIRMED, now))
                .call(booking -> applications.findFor(booking.exhibitorId, booking.editionId).invoke(application ->
                        BookingRules.requireApplicationForConfirmation(application, booking.exhibitorId,
                                booking.editionId)))
                .flatMap(booking -> {
                    BookingRules.confirm(booking, now);
                    return changed(booking, now);
                });
    }

    /** Cancels a held or confirmed booking (the exhibitor itself or an organizer), with an optional reason. */
    @WithTransaction
    public Uni<BookingView> cancel(UUID id, String reason, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        return visible(id, caller)
                .invoke(booking -> BookingRules.requireTransition(booking, BookingStatus.CANCELLED, now))
                .flatMap(booking -> {
                    BookingRules.cancel(booking, reason, now);
                    return changed(booking, now);
                });
    }

    /**
     * Releases the exhibitor's booths in the edition because its application was withdrawn or rejected: active
     * bookings are CANCELLED with {@code reason} (holds already past their expiry are EXPIRED instead), each with
     * its event, inside the inbox's transaction that applies the application event.
     */
    public Uni<Void> cancelActive(UUID exhibitorId, String editionId, String reason, InboxContext context) {
        OffsetDateTime now = Timestamps.now(clock);
        return publishExpired(bookings.expireDueOf(exhibitorId, editionId, now))
                .chain(() -> bookings.activeOf(exhibitorId, editionId))
                .flatMap(active -> {
                    active.forEach(booking -> BookingRules.cancel(booking, reason, now));
                    return bookings.flush().chain(() -> sequentially(active, booking ->
                            booths.findById(booking.boothId).flatMap(booth -> publish(booking, booth))));
                });
    }

    /** Marks up to {@code limit} holds past their expiry EXPIRED, each with its event; returns how many. */
    @WithTransaction
    public Uni<Integer> expireDue(int limit) {
        return bookings.expireDue(Timestamps.now(clock), limit).call(ids -> publishExpired(Uni.createFrom().item(ids)))
                .map(List::size);
    }

    /** Writes a transition (the version column makes one of concurrent transitions win) and its event. */
    private Uni<BookingView> changed(Booking booking, OffsetDateTime now) {
        return bookings.persistAndFlush(booking).flatMap(saved -> booths.findById(saved.boothId)
                .call(booth -> publish(saved, booth))
                .flatMap(booth -> view(saved, booth, now)));
    }

    /** Loads the bookings a conditional update just expired and writes their {@code expo.booking.expired.v1}. */
    private Uni<Void> publishExpired(Uni<List<UUID>> expired) {
        return expired.flatMap(ids -> sequentially(ids, id -> bookings.findById(id).flatMap(booking ->
                booths.findById(booking.boothId).flatMap(booth -> publish(booking, booth)))));
    }

    private Uni<Void> publish(Booking booking, Booth booth) {
        return halls.findById(booth.hallId).flatMap(hall -> events.booking(booking, booth, hall));
    }

    /** One after the other: a reactive session runs one operation at a time. */
    private static <T> Uni<Void> sequentially(List<T> items, Function<T, Uni<Void>> action) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> action.apply(item));
        }
        return chain;
    }

    private Uni<BookingView> view(Booking booking, Booth booth, OffsetDateTime now) {
        return exhibitors.findById(booking.exhibitorId).map(exhibitor -> new BookingView(booking, booth,
                exhibitor == null ? null : exhibitor.displayName(), booking.effectiveStatus(now.toInstant())));
    }

    private Uni<List<BookingView>> views(List<Booking> items, OffsetDateTime now) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> boothIds = items.stream().map(b -> b.boothId).distinct().toList();
        return booths.findAllById(boothIds)
                .flatMap(booths -> exhibitors.findAll(items.stream().map(b -> b.exhibitorId).distinct().toList())
                        .map(known -> {
                            Map<UUID, Booth> boothById = new HashMap<>();
                            booths.forEach(b -> boothById.put(b.id, b));
                            Map<UUID, String> names = new HashMap<>();
                            known.forEach(e -> names.put(e.id, e.displayName()));
                            return items.stream().map(b -> new BookingView(b, boothById.get(b.boothId),
                                    names.get(b.exhibitorId), b.effectiveStatus(now.toInstant()))).toList();
                        }));
    }

    /** The booking, if the caller may see it: an organizer any, an exhibitor its own; else 404. */
    private Uni<Booking> visible(UUID id, Caller caller) {
        return bookings.findById(id).map(found -> {
            if (found == null || !(caller.organizer() || caller.isExhibitor(found.exhibitorId))) {
                throw Refusal.notFound("booking", id.toString());
            }
            return found;
        });
    }

    /** In UTC and truncated to microseconds, the precision PostgreSQL keeps. */
}
