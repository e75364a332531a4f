-- Live refresh on a shared store (issue 12): after a statement changes records, every VisitDesk listening on the
-- channel visitdesk_changes is told, at commit, which table changed, in which schema (two stores may share a
-- database), by which database user and from which copy of VisitDesk (its application_name, so that a copy can
-- pass over its own saves). Never a value of a row: the payload reaches every session that listens.
-- PostgreSQL delivers notifications only when the transaction commits, and folds identical ones of a transaction
-- into one, so a save that writes many rows of a table sends one. The H2 twin does nothing: one coordinator.

CREATE FUNCTION visitdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('visitdesk_changes', TG_TABLE_SCHEMA || E'\t' || TG_TABLE_NAME || E'\t'
            || replace(session_user, E'\t', ' ') || E'\t' || coalesce(current_setting('application_name', true), ''));
    RETURN NULL;
END
$$;

-- the records a coordinator sees; not the settings, the history (written with a record's change) nor the
-- calendar files' bookkeeping
CREATE TRIGGER tr_detainee_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON detainee
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visitor_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visitor
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visitor_family_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visitor_family
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visit_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visit
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visit_visitor_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visit_visitor
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visit_series_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visit_series
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_facility_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON facility
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_visiting_window_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON visiting_window
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_blackout_day_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON blackout_day
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_request_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON request
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_outcome_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON outcome
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
CREATE TRIGGER tr_follow_up_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON follow_up
    FOR EACH STATEMENT EXECUTE FUNCTION visitdesk_notify_change();
