-- Booth listings and floor plans are kept for anonymous callers until booth-service's data changes
-- (expo-common's PublicAnswers and ChangeFeed). Most changes write an outbox row and so notify expo_outbox;
-- these do not always: what booth-service learns of exhibitors from their events (names on floor plans) and a
-- hall's name or size. Every write to the tables the public answers read notifies expo_changes at commit.
create function public_answers_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('expo_changes', '');
    return null;
end $$;

create trigger exhibitor_changed after insert or update or delete on exhibitor
    for each statement execute function public_answers_notify();
create trigger exhibitor_application_changed after insert or update or delete on exhibitor_application
    for each statement execute function public_answers_notify();
create trigger hall_changed after insert or update or delete on hall
    for each statement execute function public_answers_notify();
create trigger booth_changed after insert or update or delete on booth
    for each statement execute function public_answers_notify();
create trigger booking_changed after insert or update or delete on booking
    for each statement execute function public_answers_notify();
