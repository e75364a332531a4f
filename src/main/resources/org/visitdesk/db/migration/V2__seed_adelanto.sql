-- The Adelanto ICE Processing Center as ICE's Adelanto page listed it (schedule in force since 13 Oct 2022).
INSERT INTO facility (name, address, room_capacity, max_visitors_per_visit, max_visits_per_week, notes)
VALUES ('Adelanto ICE Processing Center',
        'East: 10400 Rancho Road; West: 10250 Rancho Road; Adelanto, CA 92301',
        10, 3, 3,
        'Visiting windows, the 3-visitor and 3-visits-a-week limits: ICE''s Adelanto ICE Processing Center page, '
            || 'visitation schedule in force since 13 Oct 2022 (ICE PBNDS 2011, rev. 2016, standard 5.7). '
            || 'The visiting-room capacity of 10 is an assumption, not a published figure: correct it when you know. '
            || 'Schedules change often (lockdowns, staffing): check with the facility before each week.');

INSERT INTO visiting_window (facility_id, housing_unit, day_of_week, start_time, end_time, contact)
SELECT f.id, w.unit, w.dow, w.s, w.e, w.contact
FROM facility f,
     (VALUES ('West 3A', 2, TIME '12:10', TIME '13:10', TRUE),
             ('West 3A', 4, TIME '12:10', TIME '13:10', TRUE),
             ('West 3A', 6, TIME '07:00', TIME '08:00', TRUE),
             ('West 3B', 2, TIME '13:30', TIME '14:30', TRUE),
             ('West 3B', 4, TIME '13:30', TIME '14:30', TRUE),
             ('West 3B', 6, TIME '08:10', TIME '09:10', TRUE),
             ('West 3C', 2, TIME '14:40', TIME '15:40', TRUE),
             ('West 3C', 4, TIME '14:40', TIME '15:40', TRUE),
             ('West 3C', 6, TIME '09:30', TIME '10:30', TRUE),
             ('West 3D', 2, TIME '16:00', TIME '17:00', TRUE),
             ('West 3D', 4, TIME '16:00', TIME '17:00', TRUE),
             ('West 3D', 6, TIME '11:00', TIME '12:00', TRUE),
             ('West 1 Admin Seg', 1, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 2, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 3, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 4, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 5, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 6, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Admin Seg', 7, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Disc Seg', 2, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Disc Seg', 4, TIME '11:00', TIME '12:00', FALSE),
             ('West 1 Disc Seg', 6, TIME '12:10', TIME '13:10', FALSE)) AS w(unit, dow, s, e, contact)
WHERE f.name = 'Adelanto ICE Processing Center';
