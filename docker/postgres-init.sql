-- Runs once, when the postgres container initialises an empty data volume
-- (mounted at /docker-entrypoint-initdb.d/ by docker-compose.yml).
-- One role for the suite and one database per service, owned by it.
CREATE ROLE expo LOGIN CREATEDB PASSWORD 'expo';
CREATE DATABASE expo_exhibitor OWNER expo;
CREATE DATABASE expo_booth OWNER expo;
CREATE DATABASE expo_registration OWNER expo;
CREATE DATABASE expo_analytics OWNER expo;
