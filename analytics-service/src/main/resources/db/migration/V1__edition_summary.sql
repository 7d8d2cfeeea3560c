-- Read model: the editions known from the event stream, with how many events were applied per edition.
create table edition_summary (
    edition_id      varchar primary key,
    name_en         varchar,
    name_zh         varchar,
    start_date      date,
    end_date        date,
    chains          varchar     not null default '',
    public_days     varchar     not null default '',
    events_applied  bigint      not null default 0,
    last_event_at   timestamptz not null,
    last_applied_at timestamptz not null
);
