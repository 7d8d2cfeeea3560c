package org.cisce.expo.common.inbox;

import io.smallrye.mutiny.Uni;
import org.cisce.expo.common.events.UnprocessableEventException;

/** What an event does to a consumer's state, run by {@link EventInbox} inside its transaction. */
@FunctionalInterface
public interface EventHandler {

    /**
     * @throws UnprocessableEventException for a payload it cannot use (the event goes to the dead-letter topic)
     */
    Uni<Void> handle(InboxContext context);
}
