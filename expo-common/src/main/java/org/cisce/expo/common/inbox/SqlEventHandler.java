package org.cisce.expo.common.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.cisce.expo.common.events.UnprocessableEventException;

/** What an event does to a read model written with SQL, run by {@link EventInbox#applyWithSql} in its transaction. */
@FunctionalInterface
public interface SqlEventHandler {

    /**
     * @param connection the connection whose transaction also records the event as processed
     * @throws UnprocessableEventException for a payload it cannot use (the event goes to the dead-letter topic)
     */
    Uni<Void> handle(InboxContext context, SqlConnection connection);
}
