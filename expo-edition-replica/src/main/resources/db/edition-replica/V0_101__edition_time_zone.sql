-- Every "day" of an edition is a date in its time zone; Asia/Shanghai unless the edition event says otherwise.
alter table edition add column time_zone varchar not null default 'Asia/Shanghai';
