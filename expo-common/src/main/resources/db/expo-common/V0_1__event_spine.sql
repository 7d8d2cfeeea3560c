-- The event spine shared by every service: the transactional outbox and the processed-event inbox.

create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        varchar        not null,
    aggregate_id varchar        not null,
    type         varchar        not null,
    occurred_at  timestamptz not null,
    payload      varchar        not null,
    sent_at      timestamptz
);

create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Wakes the relay when a transaction that wrote outbox rows commits (NOTIFY is delivered at commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('expo_outbox', '');
    return null;
end $$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

create table processed_event (
    event_id     uuid primary key,
    type         varchar        not null,
    processed_at timestamptz not null default now()
);
