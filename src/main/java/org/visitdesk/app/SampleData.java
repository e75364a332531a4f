package org.visitdesk.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;
import org.visitdesk.storage.BulkDao;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.SettingDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.VisitorDao;

/**
 * Made-up people and visits for exploring and for load tests. Every A-number starts with 999 and every email
 * ends in example.org, so sample records cannot be mistaken for real ones. Visits fill the past four weeks and
 * the next four (more weeks into the past when many are asked for), all inside visiting windows, plus a handful
 * of deliberate conflicts in the coming two weeks.
 */
public final class SampleData {

    /** How many of each record to make. */
    public record Size(int detainees, int visitors, int visits) {
        /** The size offered on the welcome screen. */
        public static final Size DEFAULT = new Size(150, 40, 400);

        public Size {
            if (detainees < 1 || visitors < 1 || visits < 0) {
                throw new IllegalArgumentException("sample sizes must be positive");
            }
            if (detainees > 1_000_000) {
                throw new IllegalArgumentException("at most 1,000,000 sample detainees");
            }
        }
    }

    /** What was loaded. */
    public record Summary(int detainees, int visitors, int visits) {
    }

    /** Told how far the load is, from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction);
    }

    private static final int BATCH = 10_000;
    private static final int VISITS_PER_WEEK = 150;

    private record Region(String country, String[] languages, String[] given, String[] family) {
    }

    private static final Region[] REGIONS = {
        new Region("Mexico", new String[] {"Spanish"},
                new String[] {"José", "María", "Jesús", "Guadalupe", "Ángel", "Sofía", "Luis", "Ximena"},
                new String[] {"Hernández López", "Pérez", "García Márquez", "de la Cruz", "Núñez", "Ramírez Ortiz"}),
        new Region("Guatemala", new String[] {"K'iche'", "Spanish"},
                new String[] {"Tomás", "Micaela", "Juan", "Rosalía", "Baltazar", "Andrés"},
                new String[] {"Tzoc", "Xiloj Ajpop", "Canil", "Tum", "Chávez Us"}),
        new Region("Guatemala", new String[] {"Mam", "Spanish"},
                new String[] {"Marcelino", "Olivia", "Feliciano", "Petrona"},
                new String[] {"Ramos Bámaca", "Cifuentes", "Pérez Mejía", "Escalante"}),
        new Region("Guatemala", new String[] {"Q'anjob'al"},
                new String[] {"Mateo", "Xhuwan", "Katalina", "Lwin"},
                new String[] {"Francisco Pascual", "Mateo Diego", "Tomás Andrés"}),
        new Region("Honduras", new String[] {"Spanish"},
                new String[] {"Dany", "Karla", "Wilmer", "Yesenia", "Óscar"},
                new String[] {"Mejía Zelaya", "Reyes", "Fúnez", "Ávila"}),
        new Region("El Salvador", new String[] {"Spanish"},
                new String[] {"Nelson", "Marisol", "Ever", "Iris"},
                new String[] {"Quintanilla", "Rivas Menjívar", "Portillo"}),
        new Region("Haiti", new String[] {"Haitian Creole", "French"},
                new String[] {"Jean-Baptiste", "Marie-Claire", "Wiltène", "Rosemène", "Frantz"},
                new String[] {"Saint-Fleur", "Désir", "Joseph", "Pierre-Louis", "Bélizaire"}),
        new Region("Brazil", new String[] {"Portuguese"},
                new String[] {"João", "Luíza", "Thiago", "Conceição"},
                new String[] {"da Silva Gonçalves", "Araújo", "Brandão"}),
        new Region("India", new String[] {"Punjabi", "Hindi"},
                new String[] {"Gurpreet", "Harjit", "Manpreet", "Jaspal"},
                new String[] {"Singh", "Kaur", "Sandhu", "Gill"}),
        new Region("India", new String[] {"Hindi"},
                new String[] {"Priya", "Rohit", "Anil", "Sunita"},
                new String[] {"Sharma", "Patel", "Yadav"}),
        new Region("Russia", new String[] {"Russian"},
                new String[] {"Dmitri", "Olga", "Artyom", "Yelena"},
                new String[] {"Ivanov", "Sokolova", "Kuznetsov"}),
        new Region("China", new String[] {"Mandarin"},
                new String[] {"Wei", "Li Na", "Jun", "Xiaoling"},
                new String[] {"Zhang", "Chen", "Liu"}),
        new Region("Eritrea", new String[] {"Tigrinya", "Arabic"},
                new String[] {"Yonas", "Selam", "Filmon", "Senait"},
                new String[] {"Tesfaye", "Gebremedhin", "Haile"}),
        new Region("Mauritania", new String[] {"Arabic", "French"},
                new String[] {"Mohamed", "Aïcha", "Sidi", "Fatimetou"},
                new String[] {"Ould Ahmed", "Mint Sidi", "Ba"}),
        new Region("Cameroon", new String[] {"French", "English"},
                new String[] {"Emmanuel", "Brigitte", "Achille"},
                new String[] {"Nkemelu", "Mbappé", "Fotso"}),
    };

    private static final String[] VISITOR_GIVEN = {"Ana", "Carmen", "Diego", "Erin", "Fatima", "Grace", "Héctor",
        "Irene", "Kevin", "Lupe", "Maya", "Noor", "Pablo", "Rebecca", "Sam", "Tomás", "Yolanda", "Zoë"};
    private static final String[] VISITOR_FAMILY = {"Ruiz", "O'Brien", "Nakamura", "Gutiérrez", "Okafor", "Lindqvist",
        "Mendoza Salas", "Kowalski", "D'Souza", "Delgado", "Park", "Haddad", "Benítez", "Novak"};
    private static final String[][] VISITOR_LANGUAGES = {{"English", "Spanish"}, {"English"}, {"Spanish"},
        {"English", "Spanish", "Portuguese"}, {"English", "French", "Haitian Creole"}, {"English", "Punjabi", "Hindi"},
        {"English", "Russian"}, {"English", "Mandarin"}, {"English", "Arabic", "Tigrinya"}, {"Spanish", "K'iche'"},
        {"Spanish", "Mam"}, {"English", "Spanish"}};

    private final Transactions records;
    private final Store store;
    private final Clock clock;

    SampleData(Store store, Clock clock) {
        this.records = Transactions.of(store);
        this.store = store;
        this.clock = clock;
    }

    /** Setting that marks a load in progress, with the first ids it used: what to remove if it was cut short. */
    static final String MARKER = "sample.loading";

    private static final String[] TABLES = {"visit", "detainee", "visitor", "blackout_day"};

    /**
     * Loads in batches, each committed on its own (one huge transaction makes H2 write gigabytes of undo log).
     * A marker with the first new ids is saved first and removed last: a load that fails, or a process killed
     * half-way, is rolled back by deleting everything from those ids on, here or at the next open.
     */
    Summary load(Size size, long seed, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed);
        Plan plan = records.write(u -> {
            BulkDao bulk = u.bulk();
            if (u.detainees().count() > 0 || u.visitors().count() > 0) {
                throw new ProblemException("welcome.notEmpty",
                        "The records are not empty: sample data can only be loaded into an empty data folder.", null);
            }
            StringBuilder marker = new StringBuilder();
            for (String t : TABLES) {
                marker.append(marker.length() == 0 ? "" : ",").append(bulk.maxId(t) + 1);
            }
            u.settings().put(MARKER, marker.toString());
            FacilityDao facilities = u.facilities();
            Facility facility = facilities.all().stream().findFirst().orElseThrow();
            return new Plan(facility, facilities.windows(facility.id()), bulk.maxId("detainee") + 1,
                    bulk.maxId("visitor") + 1, bulk.maxId("visit") + 1);
        });
        // a bulk load is all or nothing anyway (the marker), so writing at every batch commit only costs time
        records.write(u -> {
            u.bulk().writeDelay(2000);
            return null;
        });
        try {
            Summary summary = loadBatches(plan, size, random, today, progress);
            records.write(u -> {
                BulkDao bulk = u.bulk();
                for (String t : TABLES) {
                    bulk.restartIds(t, bulk.maxId(t) + 1);
                }
                u.settings().remove(MARKER);
                bulk.writeDelay(0);
                bulk.checkpoint();
                store.compactOnClose();
                return null;
            });
            progress.update(1);
            return summary;
        } catch (RuntimeException e) {
            recoverInterrupted(records);
            throw e;
        } finally {
            records.write(u -> {
                u.bulk().writeDelay(0);
                return null;
            });
        }
    }

    /** Removes what a cut-short load left behind, if anything. */
    static void recoverInterrupted(Transactions records) {
        records.write(u -> {
            SettingDao settings = u.settings();
            String marker = settings.get(MARKER).orElse(null);
            if (marker == null) {
                return null;
            }
            String[] firstIds = marker.split(",");
            BulkDao bulk = u.bulk();
            // a load cut short between dropping and building the visit indexes must not leave them missing
            bulk.createVisitIndexes();
            for (int i = 0; i < TABLES.length; i++) {
                bulk.deleteFrom(TABLES[i], Long.parseLong(firstIds[i]));
            }
            settings.remove(MARKER);
            return null;
        });
    }

    private record Plan(Facility facility, List<VisitingWindow> windows, long detaineeBase, long visitorBase,
            long visitBase) {
    }

    private Summary loadBatches(Plan plan, Size size, Random random, LocalDate today, Progress progress) {
        Facility facility = plan.facility();
        Map<String, List<VisitingWindow>> windowsByUnit = new HashMap<>();
        for (VisitingWindow w : plan.windows()) {
            windowsByUnit.computeIfAbsent(w.housingUnit(), k -> new ArrayList<>()).add(w);
        }
        List<String> units = new ArrayList<>(windowsByUnit.keySet());
        units.sort(null);
        this.units = units.stream().filter(u -> u.startsWith("West 3")).toList();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // a sample lockdown next week, to show blackout days
        LocalDate lockdown = thisMonday.plusWeeks(1).with(DayOfWeek.THURSDAY);
        records.write(u -> {
            u.bulk().blackout(facility.id(), lockdown, lockdown, "Lockdown (sample)");
            return null;
        });
        Generated g = new Generated(random, today);
        // a few of the people asked for come as requests (each makes its person), so the count stays as asked
        int requestCount = size.detainees() < 20 ? 0 : Math.min(12, size.detainees() / 10);
        List<Detainee> detainees = g.detainees(size.detainees() - SampleRequests.newcomers(requestCount),
                plan.detaineeBase(), facility.id(), units);
        List<Visitor> visitors = g.visitors(size.visitors(), plan.visitorBase());
        VisitPlanner planner = new VisitPlanner(random, facility, windowsByUnit, detainees, visitors, thisMonday,
                lockdown, today, plan.visitBase());
        planner.plan(size.visits());
        planner.addDeliberateConflicts();
        planner.numberInTimeOrder();

        List<BulkDao.DetaineeRow> detaineeRows = new ArrayList<>(detainees.size());
        for (Detainee d : detainees) {
            detaineeRows.add(new BulkDao.DetaineeRow(d.id(), d.aNumber().value(), d.familyName(), d.givenName(),
                    d.dateOfBirth(), d.countryOfBirth(), Languages.join(d.languages()), d.gender(), d.facilityId(),
                    d.housingUnit(), d.status().name(), d.statusDate(), d.notes(), DetaineeDao.searchKey(d)));
        }
        // its own random numbers, so that the people and visits made from a seed stay what they were
        SampleHours hours = new SampleHours(new Random(random.nextLong() ^ 0x5EEDL), planner.visits, planner.links,
                today);
        List<BulkDao.VisitorRow> visitorRows = new ArrayList<>(visitors.size());
        for (Visitor v : visitors) {
            visitorRows.add(new BulkDao.VisitorRow(v.id(), v.familyName(), v.givenName(), VisitorDao.emailOrNull(v),
                    v.phone(), Languages.join(v.languages()), v.orientationDate(), v.idChecked(), v.status().name(),
                    v.notes(), VisitorDao.searchKey(v), WeeklyHours.join(hours.of(v.id(), plan.windows())),
                    hours.commitment(v.id())));
        }
        double total = detaineeRows.size() + visitorRows.size() + planner.visits.size() + planner.links.size();
        long[] done = {0};
        inBatches(detaineeRows, BulkDao::detainees, done, total, progress);
        inBatches(visitorRows, BulkDao::visitors, done, total, progress);
        boolean many = planner.visits.size() > 20_000;
        if (many) {
            records.write(u -> {
                u.bulk().dropVisitIndexes();
                return null;
            });
        }
        inBatches(planner.visits, BulkDao::visits, done, total, progress);
        inBatches(planner.links, BulkDao::links, done, total, progress);
        if (many) {
            records.write(u -> {
                u.bulk().createVisitIndexes();
                return null;
            });
        }
        requests = requestCount == 0 ? List.of()
                : SampleRequests.make(new Random(random.nextLong()), today, detainees, requestCount);
        return new Summary(detainees.size() + SampleRequests.newcomers(requestCount), visitors.size(),
                planner.visits.size());
    }

    private List<Request> requests = List.of();

    private List<String> units = List.of();

    /**
     * Saves the requests made by the last load through the requests' own rules (matching, making the new people),
     * once the people are in; each person a request makes gets a housing unit, as the coordinator would add after
     * the ICE locator.
     */
    void saveRequests(RequestService service, DetaineeService people) {
        Random random = new Random(requests.size());
        for (Request r : requests) {
            SaveResult<Request> saved = service.save(r);
            Long id = saved.isSaved() ? saved.saved().detaineeId() : null;
            Detainee d = id == null || units.isEmpty() ? null : people.byId(id).orElse(null);
            if (d != null && d.housingUnit().isEmpty()) {
                people.save(new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(),
                        d.countryOfBirth(), d.languages(), "", d.facilityId(), units.get(random.nextInt(units.size())),
                        d.status(), d.statusDate(), "Sample record: not a real person.", d.version()));
            }
        }
    }

    /**
     * Made-up requests, as a sign-up sheet and the hotline bring them: most for people not in the records yet (with
     * an A-number, so the person is made; two with names and country of birth only, so they wait for the ICE
     * locator), two for people already in, and the languages of the sample's regions (some that no volunteer speaks).
     */
    private static final class SampleRequests {
        private static final String[] CALLERS = {"Rosa", "Marta", "Pedro", "Lidia", "Samuel", "Nadège"};
        private static final String[] RELATIONS = {"sister", "mother", "cousin", "friend", "wife"};
        private static final String[] NEEDS = {"commissary", "legal referral", "letters from home", "reading glasses",
            ""};
        private static final RequestSource[] SOURCES = {RequestSource.SIGN_UP_SHEET, RequestSource.HOTLINE,
            RequestSource.FAMILY, RequestSource.SIGN_UP_SHEET};

        /** How many of {@code n} requests name people not in the records yet, with an A-number: each makes one. */
        static int newcomers(int n) {
            return Math.max(0, n - 4);
        }

        static List<Request> make(Random random, LocalDate today, List<Detainee> people, int n) {
            Set<String> taken = new HashSet<>();
            people.forEach(d -> taken.add(d.aNumber().value()));
            int newcomers = newcomers(n);
            int namesOnly = Math.min(2, n - newcomers);
            List<Request> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate received = today.minusDays(1 + random.nextInt(45));
                RequestSource source = SOURCES[random.nextInt(SOURCES.length)];
                Urgency urgency = i == 0 ? Urgency.URGENT : random.nextInt(4) == 0 ? Urgency.SOON : Urgency.ROUTINE;
                String caller = source == RequestSource.SIGN_UP_SHEET ? "" : CALLERS[random.nextInt(CALLERS.length)];
                String relation = caller.isEmpty() ? "" : RELATIONS[random.nextInt(RELATIONS.length)];
                String phone = caller.isEmpty() ? "" : String.format("(760) 555-02%02d", i);
                String needs = NEEDS[random.nextInt(NEEDS.length)];
                if (i >= newcomers + namesOnly && !people.isEmpty()) {
                    Detainee d = people.get(random.nextInt(people.size()));
                    out.add(new Request(0, received, source, d.aNumber(), "", "", "", List.of(), needs, urgency,
                            caller, relation, phone, "Sample request.", null, null, null));
                    continue;
                }
                Region r = REGIONS[random.nextInt(REGIONS.length)];
                String serial;
                do {
                    serial = String.format("A999%06d", random.nextInt(1_000_000));
                } while (!taken.add(serial));
                ANumber a = i < newcomers ? new ANumber(serial) : null;
                out.add(new Request(0, received, source, a, r.family()[random.nextInt(r.family().length)],
                        r.given()[random.nextInt(r.given().length)], r.country(), List.of(r.languages()[0]), needs,
                        urgency, caller, relation, phone, "Sample request.", null, null, null));
            }
            return out;
        }
    }

    /**
     * Made-up availability that agrees with the sample's own visits: each volunteer is free on the weekdays they
     * visit, in whole hours around those visits, and committed to about as many visits a month as they make (some
     * a little over, so the suggestions show both); one with no visits gets a visiting window or two.
     */
    private static final class SampleHours {
        private final Random random;
        private final Map<Long, Map<DayOfWeek, LocalTime[]>> spans = new HashMap<>();
        private final Map<Long, Integer> perMonth = new HashMap<>();

        SampleHours(Random random, List<BulkDao.VisitRow> visits, List<BulkDao.LinkRow> links, LocalDate today) {
            this.random = random;
            Map<Long, BulkDao.VisitRow> byId = new HashMap<>();
            visits.forEach(v -> byId.put(v.id(), v));
            for (BulkDao.LinkRow l : links) {
                BulkDao.VisitRow v = byId.get(l.visitId());
                LocalTime[] span = spans.computeIfAbsent(l.visitorId(), k -> new HashMap<>())
                        .computeIfAbsent(v.startsAt().getDayOfWeek(), k -> new LocalTime[] {LocalTime.MAX,
                            LocalTime.MIN});
                span[0] = v.startsAt().toLocalTime().isBefore(span[0]) ? v.startsAt().toLocalTime() : span[0];
                span[1] = v.endsAt().toLocalTime().isAfter(span[1]) ? v.endsAt().toLocalTime() : span[1];
                if (v.startsAt().getMonth() == today.getMonth() && v.startsAt().getYear() == today.getYear()) {
                    perMonth.merge(l.visitorId(), 1, Integer::sum);
                }
            }
        }

        List<WeeklyHours> of(long visitorId, List<VisitingWindow> windows) {
            Map<DayOfWeek, LocalTime[]> days = spans.getOrDefault(visitorId, Map.of());
            List<WeeklyHours> out = new ArrayList<>();
            if (days.isEmpty() && !windows.isEmpty()) {
                VisitingWindow w = windows.get(random.nextInt(windows.size()));
                out.add(around(w.day(), w.start(), w.end()));
            }
            days.forEach((day, span) -> out.add(around(day, span[0], span[1])));
            out.sort(Comparator.comparing(WeeklyHours::day));
            return out;
        }

        int commitment(long visitorId) {
            int made = perMonth.getOrDefault(visitorId, 0);
            return Math.max(1, Math.min(Availability.MAX_VISITS_PER_MONTH, made + random.nextInt(4) - 1));
        }

        /** Whole hours around a span, as people write them on a form. */
        private WeeklyHours around(DayOfWeek day, LocalTime start, LocalTime end) {
            LocalTime from = start.withMinute(0);
            if (from.getHour() > 0 && random.nextBoolean()) {
                from = from.minusHours(1);
            }
            LocalTime to = end.getMinute() == 0 ? end : end.withMinute(0).plusHours(1);
            if (to.isBefore(end) || to.getHour() == 0) {
                to = LocalTime.of(23, 59);
            }
            return new WeeklyHours(day, from, to);
        }
    }

    private <R> void inBatches(List<R> rows, BiConsumer<BulkDao, List<R>> insert, long[] done,
            double total, Progress progress) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<R> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            records.write(u -> {
                insert.accept(u.bulk(), batch);
                return null;
            });
            done[0] += batch.size();
            progress.update(Math.min(0.99, done[0] / total));
        }
    }

    /** Makes up people. */
    private static final class Generated {
        private final Random random;
        private final LocalDate today;

        Generated(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        private <T> T pick(T[] items) {
            return items[random.nextInt(items.length)];
        }

        List<Detainee> detainees(int n, long firstId, long facilityId, List<String> units) {
            List<Detainee> out = new ArrayList<>(n);
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Region r = pick(REGIONS);
                int serial;
                do {
                    serial = random.nextInt(1_000_000);
                } while (!used.add(serial));
                ANumber a = new ANumber(String.format("A999%06d", serial));
                // the seg units are small: most people live in West 3A to 3D
                String unit = random.nextInt(10) == 0 ? units.get(random.nextInt(units.size()))
                        : "West 3" + "ABCD".charAt(random.nextInt(4));
                List<String> langs = new ArrayList<>(List.of(r.languages()));
                if (langs.size() > 1 && random.nextBoolean()) {
                    langs = langs.subList(0, 1);
                }
                LocalDate dob = today.minusYears(18 + random.nextInt(50)).minusDays(random.nextInt(365));
                String gender = random.nextInt(4) == 0 ? "F" : "M";
                // two given names for about half the people: fewer look-alikes in a long list
                String given = pick(r.given());
                String second = pick(r.given());
                if (random.nextBoolean() && !second.equals(given)) {
                    given = given + " " + second;
                }
                out.add(new Detainee(firstId + i, a, pick(r.family()), given, dob, r.country(), langs,
                        gender, facilityId, unit, DetaineeStatus.DETAINED, null, "Sample record: not a real person."));
            }
            return out;
        }

        List<Visitor> visitors(int n, long firstId) {
            List<Visitor> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String given = pick(VISITOR_GIVEN);
                String family = pick(VISITOR_FAMILY);
                String email = (SearchKeyAscii.of(given) + "." + SearchKeyAscii.of(family) + "." + (i + 1)
                        + "@example.org");
                String phone = String.format("(760) 555-01%02d", i % 100);
                VisitorStatus status = VisitorStatus.ACTIVE;
                LocalDate oriented = today.minusDays(30 + random.nextInt(700));
                boolean idChecked = true;
                out.add(new Visitor(firstId + i, family, given, email, phone, List.of(pick(VISITOR_LANGUAGES)),
                        oriented, idChecked, status, "Sample volunteer."));
            }
            return out;
        }
    }

    /** Plain ASCII for made-up email addresses. */
    private static final class SearchKeyAscii {
        static String of(String s) {
            return SearchKey.fold(s).replaceAll("[^a-z0-9]", "");
        }
    }

    /** Places visits inside windows without double-booking anyone or filling a room, then breaks a few rules. */
    private static final class VisitPlanner {
        private final Random random;
        private final Facility facility;
        private final Map<String, List<VisitingWindow>> windowsByUnit;
        private final List<Detainee> detainees;
        private final List<Visitor> visitors;
        private final LocalDate thisMonday;
        private final LocalDate lockdown;
        private final LocalDate today;
        private final long firstId;
        private long nextId;
        // keys of a person and a time (see key): half a million visits make millions of look-ups, and strings for
        // them cost more than the rest of the planning
        private final Set<Long> detaineeSlots = new HashSet<>();
        private final Set<Long> visitorSlots = new HashSet<>();
        private final Map<Long, Integer> roomUse = new HashMap<>();
        private final Map<Long, Integer> weekCount = new HashMap<>();
        final List<BulkDao.VisitRow> visits = new ArrayList<>();
        final List<BulkDao.LinkRow> links = new ArrayList<>();

        VisitPlanner(Random random, Facility facility, Map<String, List<VisitingWindow>> windowsByUnit,
                List<Detainee> detainees, List<Visitor> visitors, LocalDate thisMonday, LocalDate lockdown,
                LocalDate today, long firstId) {
            this.random = random;
            this.facility = facility;
            this.windowsByUnit = windowsByUnit;
            this.detainees = detainees;
            this.visitors = visitors;
            this.thisMonday = thisMonday;
            this.lockdown = lockdown;
            this.today = today;
            this.firstId = firstId;
            this.nextId = firstId;
        }

        void plan(int count) {
            List<List<VisitingWindow>> windowsOf = detainees.stream().map(d -> windowsByUnit.get(d.housingUnit()))
                    .toList();
            int weeks = Math.max(8, (count + VISITS_PER_WEEK - 1) / VISITS_PER_WEEK);
            // the newest week is the fourth from now; older weeks go back as far as the count needs
            int firstWeek = 4 - weeks;
            int attempts = 0;
            while (visits.size() < count && attempts < count * 20) {
                attempts++;
                int week = firstWeek + random.nextInt(weeks);
                int who = random.nextInt(detainees.size());
                Detainee d = detainees.get(who);
                List<VisitingWindow> ws = windowsOf.get(who);
                VisitingWindow w = ws.get(random.nextInt(ws.size()));
                LocalDate day = thisMonday.plusWeeks(week).with(w.day());
                if (day.equals(lockdown)) {
                    continue;
                }
                LocalDateTime start = day.atTime(w.start());
                LocalDateTime end = day.atTime(w.end());
                long weekKey = key(d.id(), week);
                long slot = key(d.id(), minute(start));
                if (detaineeSlots.contains(slot)
                        || weekCount.getOrDefault(weekKey, 0) >= facility.maxVisitsPerWeek()
                        || roomUse.getOrDefault(minute(start), 0) >= facility.roomCapacity()) {
                    continue;
                }
                List<Long> chosen = chooseVisitors(d, start);
                if (chosen.isEmpty()) {
                    continue;
                }
                detaineeSlots.add(slot);
                weekCount.merge(weekKey, 1, Integer::sum);
                roomUse.merge(minute(start), 1, Integer::sum);
                add(d, start, end, chosen, statusFor(day), "");
            }
        }

        private VisitStatus statusFor(LocalDate day) {
            int r = random.nextInt(20);
            if (day.isBefore(today)) {
                return r == 0 ? VisitStatus.CANCELLED : r == 1 ? VisitStatus.NO_SHOW : r == 2 ? VisitStatus.DENIED
                        : VisitStatus.COMPLETED;
            }
            return r < 3 ? VisitStatus.REQUESTED : r < 12 ? VisitStatus.SCHEDULED : VisitStatus.CONFIRMED;
        }

        private List<Long> chooseVisitors(Detainee d, LocalDateTime start) {
            int wanted = random.nextInt(3) == 0 ? 2 : 1;
            List<Long> chosen = new ArrayList<>();
            // coordinators match by language: the first visitor speaks one of the person's languages when possible
            List<Visitor> speakers = speakersOf(d);
            for (int tries = 0; tries < 6 && chosen.isEmpty() && !speakers.isEmpty(); tries++) {
                Visitor v = speakers.get(random.nextInt(speakers.size()));
                if (!visitorSlots.contains(key(v.id(), minute(start)))) {
                    chosen.add(v.id());
                }
            }
            for (int tries = 0; tries < 12 && chosen.size() < wanted; tries++) {
                Visitor v = visitors.get(random.nextInt(visitors.size()));
                if (chosen.contains(v.id()) || visitorSlots.contains(key(v.id(), minute(start)))) {
                    continue;
                }
                chosen.add(v.id());
            }
            for (Long id : chosen) {
                visitorSlots.add(key(id, minute(start)));
            }
            return chosen;
        }

        private final Map<String, List<Visitor>> speakersByLanguages = new HashMap<>();

        /**
         * One number for a record id and a count (a week, a minute), both of which fit in 32 bits; multiplied by an odd
         * number (which keeps them apart) so that Long's hash, the two halves xor-ed, does not put near ids and near
         * times in the same few buckets.
         */
        private static long key(long id, long n) {
            return (id << 32 | n & 0xFFFF_FFFFL) * 0x9E37_79B9_7F4A_7C15L;
        }

        private static long minute(LocalDateTime t) {
            return t.toEpochSecond(ZoneOffset.UTC) / 60;
        }

        private List<Visitor> speakersOf(Detainee d) {
            return speakersByLanguages.computeIfAbsent(String.join(";", d.languages()), k -> visitors.stream()
                    .filter(v -> Languages.shareAny(v.languages(), d.languages())).toList());
        }

        private void add(Detainee d, LocalDateTime start, LocalDateTime end, List<Long> visitorIds,
                VisitStatus status, String notes) {
            long id = nextId++;
            visits.add(new BulkDao.VisitRow(id, d.id(), facility.id(), start, end, VisitType.SOCIAL.name(),
                    status.name(), notes));
            for (int i = 0; i < visitorIds.size(); i++) {
                links.add(new BulkDao.LinkRow(id, visitorIds.get(i), i));
            }
        }

        /**
         * Gives the visits their ids in time order (visits at the same time keep the order they were planned in), and
         * sorts the visitors' links by visit: then the tables and the time indexes of a bulk load grow at their end
         * instead of H2 rewriting pages all over the file at each write.
         */
        void numberInTimeOrder() {
            List<BulkDao.VisitRow> byStart = new ArrayList<>(visits);
            byStart.sort(Comparator.comparing(BulkDao.VisitRow::startsAt));
            long[] renumbered = new long[visits.size()];
            visits.clear();
            for (BulkDao.VisitRow v : byStart) {
                long id = firstId + visits.size();
                renumbered[(int) (v.id() - firstId)] = id;
                visits.add(new BulkDao.VisitRow(id, v.detaineeId(), v.facilityId(), v.startsAt(), v.endsAt(), v.type(),
                        v.status(), v.notes()));
            }
            links.replaceAll(l -> new BulkDao.LinkRow(renumbered[(int) (l.visitId() - firstId)], l.visitorId(),
                    l.position()));
            links.sort(Comparator.comparingLong(BulkDao.LinkRow::visitId).thenComparingInt(BulkDao.LinkRow::position));
        }

        /** A handful of visits in the next two weeks that break a rule each, for the calendar to show. */
        void addDeliberateConflicts() {
            if (visits.isEmpty() || detainees.size() < 4) {
                return;
            }
            LocalDate nextTuesday = thisMonday.plusWeeks(1).with(DayOfWeek.TUESDAY);
            // a visitor booked twice at the same time
            // the earliest coming visit, so that the double booking falls in the coming two weeks like the others
            BulkDao.VisitRow base = visits.stream().filter(v -> v.startsAt().toLocalDate().isAfter(today))
                    .filter(v -> VisitStatus.valueOf(v.status()).isActive())
                    .min(Comparator.comparing(BulkDao.VisitRow::startsAt)).orElse(null);
            if (base != null) {
                long visitorId = links.stream().filter(l -> l.visitId() == base.id()).findFirst()
                        .map(BulkDao.LinkRow::visitorId).orElse(visitors.get(0).id());
                String unit = detainees.stream().filter(d -> d.id() == base.detaineeId()).findFirst()
                        .map(Detainee::housingUnit).orElse("");
                // someone of the same unit, so that the double booking is the only rule broken
                Detainee other = detainees.stream().filter(d -> d.id() != base.detaineeId())
                        .filter(d -> d.housingUnit().equals(unit))
                        .filter(d -> !detaineeSlots.contains(key(d.id(), minute(base.startsAt())))).findFirst()
                        .orElseGet(() -> detainees.stream().filter(d -> d.id() != base.detaineeId()).findFirst()
                                .orElseThrow());
                add(other, base.startsAt(), base.endsAt(), List.of(visitorId), VisitStatus.SCHEDULED,
                        "Sample conflict: the visitor is booked twice.");
            }
            Detainee a = detainees.get(0);
            // outside visiting hours: a Monday afternoon, when no unit of Adelanto takes visits
            LocalDate monday = thisMonday.plusWeeks(1);
            add(a, monday.atTime(15, 0), monday.atTime(16, 0), List.of(visitors.get(0).id()), VisitStatus.REQUESTED,
                    "Sample conflict: outside visiting hours.");
            // a visit with no volunteer yet
            Detainee b = detainees.get(1);
            List<VisitingWindow> wb = windowsByUnit.get(b.housingUnit());
            VisitingWindow w = wb.get(0);
            LocalDate day = nextTuesday.with(w.day());
            if (day.equals(lockdown)) {
                day = day.plusWeeks(1);
            }
            add(b, day.atTime(w.start()), day.atTime(w.end()), List.of(), VisitStatus.REQUESTED,
                    "Sample conflict: no visitor yet.");
            // a visit on the lockdown day
            for (Detainee c : detainees.subList(2, detainees.size())) {
                VisitingWindow thursday = windowsByUnit.get(c.housingUnit()).stream()
                        .filter(x -> x.day() == lockdown.getDayOfWeek()).findFirst().orElse(null);
                if (thursday != null) {
                    add(c, lockdown.atTime(thursday.start()), lockdown.atTime(thursday.end()),
                            List.of(visitors.get(1 % visitors.size()).id()), VisitStatus.SCHEDULED,
                            "Sample conflict: the facility is closed that day.");
                    break;
                }
            }
        }
    }
}
