-- registration-service's own tables. The edition replica (V0_100+) and the event spine (V0_x) come before.
-- Personal data (names, e-mail, phone, student number, institutional e-mail, job, organisation) lives only in
-- registration; erasure nulls those columns and keeps the row (status ERASED) so that counts stay true.

-- Capacity per day of an edition; `taken` counts CONFIRMED and PENDING_VERIFICATION registrations of that day.
-- A day without a row has no limit.
create table edition_day (
    edition_id varchar     not null references edition (id),
    day        date        not null,
    capacity   integer     not null,
    taken      integer     not null default 0,
    updated_at timestamptz not null,
    primary key (edition_id, day),
    -- never oversold, whatever runs concurrently: a place is taken by a conditional update under this check
    constraint edition_day_capacity check (capacity >= 0 and taken >= 0 and taken <= capacity)
);

-- Institutions whose e-mail domain (or a subdomain of it) confirms an academic visitor at once.
create table institution (
    edition_id varchar      not null references edition (id),
    domain     varchar(253) not null,
    name       varchar(200) not null,
    primary key (edition_id, domain),
    constraint institution_domain check (domain = lower(domain))
);

-- A delegation: its members are registrations with group_id set, created, waitlisted, promoted and verified together.
create table registration_group (
    id                uuid primary key,
    edition_id        varchar      not null references edition (id),
    category          varchar(20)  not null,
    institution       varchar(200) not null,
    status            varchar(30)  not null,
    leader_id         uuid,
    manage_token_hash varchar(64),
    created_by        varchar      not null,
    channel           varchar(20)  not null,
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);

create table registration (
    id                     uuid primary key,
    edition_id             varchar      not null references edition (id),
    category               varchar(20)  not null,
    status                 varchar(30)  not null,
    -- personal data: null once ERASED
    first_name             varchar(200),
    last_name              varchar(200),
    email                  varchar(254),
    email_normalized       varchar(254),
    phone                  varchar(20),
    organization           varchar(200),
    job_title              varchar(200),
    academic_institution   varchar(200),
    academic_email         varchar(254),
    student_number         varchar(64),
    -- not personal: kept after erasure for the counts
    country_code           varchar(2),
    days                   varchar      not null,
    interests              varchar      not null default '',
    privacy_policy_version varchar(40),
    consented_at           timestamptz,
    manage_token_hash      varchar(64),
    channel                varchar(20)  not null,
    created_by             varchar      not null,
    group_id               uuid references registration_group (id),
    reason                 varchar(2000),
    waitlisted_at          timestamptz,
    erased_at              timestamptz,
    version                bigint       not null default 0,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    constraint registration_status check (status in
        ('PENDING_VERIFICATION', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'CANCELLED', 'ERASED')),
    constraint registration_category check (category in
        ('PROFESSIONAL', 'PUBLIC', 'MEDIA', 'RESEARCHER', 'TEACHER', 'STUDENT')),
    constraint registration_channel check (channel in ('SELF', 'PARTNER', 'ORGANIZER', 'GROUP'))
);

-- One registration per person (e-mail, case-insensitive) and edition while it stands; a cancelled, rejected or
-- erased one no longer blocks registering again.
create unique index registration_one_per_person on registration (edition_id, email_normalized)
    where status in ('PENDING_VERIFICATION', 'CONFIRMED', 'WAITLISTED');
create index registration_edition on registration (edition_id, status, category);
create index registration_waitlist on registration (edition_id, waitlisted_at, id) where status = 'WAITLISTED';
create index registration_updated_at on registration (updated_at, id);
create index registration_group_members on registration (group_id) where group_id is not null;
create index registration_created_by on registration (created_by, edition_id);

-- The days of each registration, for per-day counts and the day filter.
create table registration_day (
    registration_id uuid    not null references registration (id),
    edition_id      varchar not null,
    day             date    not null,
    primary key (registration_id, day)
);

create index registration_day_by_day on registration_day (edition_id, day);

-- Every scan a gate sent; a repeated nonce returns the stored result.
create table checkin (
    id              uuid primary key,
    nonce           varchar(100) not null unique,
    registration_id uuid,
    edition_id      varchar,
    gate_id         varchar(100) not null,
    scanned_at      timestamptz  not null,
    day             date,
    result          varchar(20)  not null,
    reason          varchar(500) not null,
    created_at      timestamptz  not null,
    constraint checkin_result check (result in ('ADMITTED', 'RE_ENTRY', 'INVALID_BADGE', 'NOT_CONFIRMED', 'NOT_VALID_TODAY'))
);

-- Admitted at most once per registration and day, whatever runs concurrently; later entries are RE_ENTRY.
create unique index checkin_admitted_once_a_day on checkin (registration_id, day) where result = 'ADMITTED';
create index checkin_registration on checkin (registration_id, scanned_at);
