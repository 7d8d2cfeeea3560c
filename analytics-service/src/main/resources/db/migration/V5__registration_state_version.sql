-- The version of the event that set a registration's status, category, country, days and channel, apart from
-- the newest version seen: an erasure (which changes none of them) may be applied before the registration's
-- other events when a rebuild replays the topics while live events arrive, and must not hide them.
alter table rm_registration add column state_version bigint not null default -1;
update rm_registration set state_version = version where status <> 'ERASED';
