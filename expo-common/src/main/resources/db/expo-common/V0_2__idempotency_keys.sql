-- Responses of creating POSTs sent with an Idempotency-Key, stored in the transaction that made the change,
-- so that a repeat returns the first response and the same key with another body is refused.
create table idempotency_key (
    principal    varchar     not null,
    operation    varchar     not null,
    key          varchar     not null,
    request_hash varchar     not null,
    status       integer     not null,
    location     varchar,
    etag         varchar,
    body         varchar     not null,
    created_at   timestamptz not null default now(),
    primary key (principal, operation, key)
);
