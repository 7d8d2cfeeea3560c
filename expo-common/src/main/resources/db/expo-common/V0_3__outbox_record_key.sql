-- The Kafka record key may differ from the aggregate (an application's events are keyed by its exhibitor).
alter table outbox_event add column record_key varchar;
update outbox_event set record_key = aggregate_id;
alter table outbox_event alter column record_key set not null;
