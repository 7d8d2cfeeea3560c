-- Poison rows: a row Kafka keeps refusing is parked after a number of attempts; later rows of its key wait
-- behind it (order is kept) while every other key flows. An operator retries or skips it.
alter table outbox_event add column status varchar not null default 'PENDING';
update outbox_event set status = 'SENT' where sent_at is not null;
alter table outbox_event add constraint outbox_event_status check (status in ('PENDING', 'SENT', 'PARKED', 'SKIPPED'));
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column last_error varchar;
alter table outbox_event add column parked_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (id) where status = 'PENDING';
create index outbox_event_parked on outbox_event (topic, record_key, id) where status = 'PARKED';
drop index outbox_event_sent_at;
create index outbox_event_done on outbox_event (sent_at) where status in ('SENT', 'SKIPPED');

-- Dedupe per consumer: two handlers of one topic in one service must not skip each other's events. Before
-- this migration the only consumer of any service was its channel 'editions'.
alter table processed_event add column consumer varchar;
update processed_event set consumer = 'editions';
alter table processed_event alter column consumer set not null;
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event add primary key (consumer, event_id);
create index processed_event_processed_at on processed_event (processed_at);

-- Idempotency keys (and the responses stored with them, which can hold contact data) expire after 24 hours.
create index idempotency_key_created_at on idempotency_key (created_at);
