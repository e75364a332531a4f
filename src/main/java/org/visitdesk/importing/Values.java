package org.visitdesk.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Limits;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;

/** Reading cell values the ways people write them, in English and Spanish. Blank cells give empty results. */
public final class Values {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp]\\.?[Mm]\\.?)?)?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*(?:([AaPp])\\.?\\s*[Mm]?\\.?)?");

    private static final Map<String, Boolean> YES_NO = new HashMap<>();
    private static final Map<String, DetaineeStatus> DETAINEE = new HashMap<>();
    private static final Map<String, VisitorStatus> VISITOR = new HashMap<>();
    private static final Map<String, VisitStatus> VISIT = new HashMap<>();
    private static final Map<String, VisitType> TYPE = new HashMap<>();
    private static final Map<String, OutcomeCode> OUTCOME = new HashMap<>();
    private static final Map<String, DenialReason> REASON = new HashMap<>();
    private static final Map<String, FollowUpKind> NEED = new HashMap<>();
    private static final Map<String, RequestSource> SOURCE = new HashMap<>();
    private static final Map<String, Urgency> URGENCY = new HashMap<>();

    static {
        for (String w : List.of("yes", "y", "true", "x", "1", "si", "s", "verdadero", "ok", "checked", "done", "✓",
                "✔", "hecho", "verificado", "verificada")) {
            YES_NO.put(word(w), true);
        }
        for (String w : List.of("no", "n", "false", "0", "falso", "pending", "pendiente", "-")) {
            YES_NO.put(word(w), false);
        }
        words(DETAINEE, DetaineeStatus.DETAINED, "detained", "held", "in custody", "detenido", "detenida", "detenide",
                "en custodia");
        words(DETAINEE, DetaineeStatus.TRANSFERRED, "transferred", "transfer", "trasladado", "trasladada",
                "transferido", "transferida");
        words(DETAINEE, DetaineeStatus.RELEASED, "released", "liberado", "liberada", "libre", "en libertad",
                "puesto en libertad", "puesta en libertad");
        words(DETAINEE, DetaineeStatus.DEPORTED, "deported", "removed", "deportado", "deportada");
        words(DETAINEE, DetaineeStatus.UNKNOWN, "unknown", "?", "desconocido", "desconocida", "no se sabe");
        words(VISITOR, VisitorStatus.ACTIVE, "active", "activo", "activa");
        words(VISITOR, VisitorStatus.INACTIVE, "inactive", "inactivo", "inactiva", "paused", "en pausa");
        words(VISITOR, VisitorStatus.RESTRICTED, "restricted", "restringido", "restringida", "banned", "vetado",
                "vetada");
        words(VISIT, VisitStatus.REQUESTED, "requested", "request", "solicitada", "solicitado", "pedida");
        words(VISIT, VisitStatus.SCHEDULED, "scheduled", "programada", "programado", "agendada", "planned",
                "planeada");
        words(VISIT, VisitStatus.CONFIRMED, "confirmed", "confirmada", "confirmado");
        words(VISIT, VisitStatus.COMPLETED, "completed", "complete", "done", "completada", "realizada", "hecha");
        words(VISIT, VisitStatus.CANCELLED, "cancelled", "canceled", "cancelada", "cancelado", "anulada");
        words(VISIT, VisitStatus.DENIED, "denied", "refused", "denegada", "negada", "rechazada");
        words(VISIT, VisitStatus.NO_SHOW, "no show", "no-show", "noshow", "no se presento", "ausente");
        words(TYPE, VisitType.SOCIAL, "social", "visita social", "friendly");
        words(TYPE, VisitType.PASTORAL, "pastoral", "visita pastoral", "spiritual", "espiritual");
        words(TYPE, VisitType.LEGAL_ACCOMPANIMENT, "legal accompaniment", "legal", "accompaniment",
                "acompanamiento legal", "acompanamiento");
        // the words of the visit sheet's "after the visit" box first, so that a ticked box types as itself
        words(OUTCOME, OutcomeCode.HAPPENED, "happened", "yes", "visited", "se realizo", "realizada", "si");
        words(OUTCOME, OutcomeCode.DENIED, "denied", "refused", "turned away", "denegada", "negada", "rechazada");
        words(OUTCOME, OutcomeCode.NOT_BROUGHT_OUT, "not brought out", "not brought", "no la trajeron",
                "no lo trajeron", "no fue traido", "no fue traida");
        words(OUTCOME, OutcomeCode.LOCKDOWN, "lockdown", "lock down", "cierre", "encierro");
        words(OUTCOME, OutcomeCode.CUT_SHORT, "cut short", "ended early", "cortada", "interrumpida", "acortada");
        words(OUTCOME, OutcomeCode.VISITOR_NO_SHOW, "visitor no-show", "no show", "no-show", "visitor did not come",
                "el visitante no fue", "visitante ausente");
        words(REASON, DenialReason.DRESS_CODE, "dress code", "clothes", "clothing", "ropa", "vestimenta",
                "codigo de vestimenta");
        words(REASON, DenialReason.ID, "id", "identification", "photo id", "identificacion");
        words(REASON, DenialReason.NOT_ON_LIST, "not on list", "not on the list", "no estaba en la lista",
                "no en la lista");
        words(REASON, DenialReason.COUNT, "count", "head count", "conteo", "recuento");
        words(REASON, DenialReason.LOCKDOWN, "lockdown", "lock down", "cierre", "encierro");
        words(REASON, DenialReason.PERSON_MOVED, "person moved", "moved", "transferred", "trasladado",
                "trasladada");
        words(REASON, DenialReason.PERSON_DECLINED, "person declined", "declined", "refused visit", "no quiso",
                "rechazo la visita");
        words(REASON, DenialReason.STAFFING, "staffing", "short staffed", "no staff", "falta de personal");
        words(REASON, DenialReason.TIME_RAN_OUT, "time ran out", "out of time", "no time", "se acabo el tiempo");
        words(REASON, DenialReason.OTHER, "other", "otro", "otra");
        words(NEED, FollowUpKind.COMMISSARY, "commissary", "commissary money", "money", "comisario", "dinero",
                "economato");
        words(NEED, FollowUpKind.PHONE, "phone", "phone pin", "calls", "telefono", "llamadas");
        words(NEED, FollowUpKind.BOOKS_LETTERS, "books/letters", "books", "letters", "books and letters", "libros",
                "cartas", "libros/cartas");
        words(NEED, FollowUpKind.ATTORNEY, "attorney", "attorney referral", "lawyer", "abogado", "abogada");
        words(NEED, FollowUpKind.BOND, "bond", "bond support", "fianza");
        words(NEED, FollowUpKind.COURT, "court", "court accompaniment", "corte", "tribunal");
        words(NEED, FollowUpKind.MEDICAL, "medical", "medical advocacy", "health", "medico", "salud");
        words(NEED, FollowUpKind.FAMILY_CONTACT, "family contact", "family", "familia", "contacto familiar");
        words(NEED, FollowUpKind.RELEASE_SUPPORT, "release support", "release", "liberacion",
                "apoyo de liberacion");
        words(NEED, FollowUpKind.OTHER, "other", "otro", "otra");
        words(SOURCE, RequestSource.SIGN_UP_SHEET, "sign-up sheet", "sign up", "signup", "sheet", "dorm sheet",
                "hoja", "hoja de inscripcion", "lista");
        words(SOURCE, RequestSource.HOTLINE, "hotline", "phone", "call", "linea", "linea directa", "llamada");
        words(SOURCE, RequestSource.FAMILY, "family", "familia", "relative", "familiar");
        words(SOURCE, RequestSource.ATTORNEY, "attorney", "lawyer", "abogado", "abogada");
        words(SOURCE, RequestSource.RELEASED_PERSON, "released person", "released", "former detainee",
                "persona liberada", "liberado", "liberada");
        words(SOURCE, RequestSource.OTHER, "other", "otro", "otra");
        words(URGENCY, Urgency.URGENT, "urgent", "high", "urgente", "alta", "!");
        words(URGENCY, Urgency.SOON, "soon", "medium", "pronto", "media");
        words(URGENCY, Urgency.ROUTINE, "routine", "low", "normal", "rutina", "baja");
    }

    private Values() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> void words(Map<String, E> map, E value, String... words) {
        map.put(word(value.name()), value);
        for (String w : words) {
            map.put(word(w), value);
        }
    }

    /** A word reduced for comparing: folded, without spaces, dashes, underscores and dots. */
    static String word(String s) {
        return SearchKey.fold(s).replaceAll("[\\s_.\\-]+", "");
    }

    /** The text of a cell, trimmed. */
    public static String text(Cell c) throws BadValue {
        refuseError(c);
        return c.text();
    }

    private static void refuseError(Cell c) throws BadValue {
        if (c.error()) {
            throw new BadValue("import.value.formulaError");
        }
    }

    /** An A-number in any common form; empty when blank. */
    public static Optional<ANumber> aNumber(Cell c) throws BadValue {
        refuseError(c);
        if (c.text().isEmpty()) {
            return Optional.empty();
        }
        Optional<ANumber> a = ANumber.parse(c.text());
        if (a.isEmpty()) {
            throw new BadValue("import.value.aNumber", c.text());
        }
        return a;
    }

    /** A visit's ID as {@code export all} writes it (a whole number, perhaps after {@code #}); null when blank. */
    public static Long visitId(Cell c) throws BadValue {
        refuseError(c);
        String s = c.text();
        if (s.isEmpty()) {
            return null;
        }
        String digits = s.startsWith("#") ? s.substring(1).strip() : s;
        if (!digits.matches("\\d{1,15}") || Long.parseLong(digits) == 0) {
            throw new BadValue("import.value.visitId", s);
        }
        return Long.parseLong(digits);
    }

    /**
     * A date: an Excel date cell, ISO ({@code 2026-12-08}) or M/D/YYYY ({@code 12/8/2026}); null when blank. A date
     * outside the plausible years ({@link Limits}) is refused.
     */
    public static LocalDate date(Cell c) throws BadValue {
        LocalDate d = anyDate(c);
        if (d != null && (d.isBefore(Limits.EARLIEST_DATE) || d.isAfter(Limits.LATEST_DATE))) {
            throw new BadValue("import.value.dateRange", c.text(), Limits.EARLIEST_DATE.toString(),
                    Limits.LATEST_DATE.toString());
        }
        return d;
    }

    private static LocalDate anyDate(Cell c) throws BadValue {
        refuseError(c);
        if (c.dateTime() != null) {
            return c.dateTime().toLocalDate();
        }
        String s = c.text();
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = US.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new BadValue("import.value.date", s);
        }
        throw new BadValue("import.value.date", s);
    }

    /** A time: an Excel time cell, {@code 13:30}, {@code 1:30 PM}, {@code 9 am}; null when blank. */
    public static LocalTime time(Cell c) throws BadValue {
        refuseError(c);
        if (c.dateTime() != null) {
            return c.dateTime().toLocalTime().withSecond(0).withNano(0);
        }
        String s = c.text();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches() || m.group(2) == null && m.group(4) == null) {
            throw new BadValue("import.value.time", s);
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (h < 1 || h > 12) {
                throw new BadValue("import.value.time", s);
            }
            boolean pm = m.group(4).equalsIgnoreCase("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h > 23 || min > 59 || sec > 59) {
            throw new BadValue("import.value.time", s);
        }
        return LocalTime.of(h, min);
    }

    /** Yes or no, in English or Spanish, or an Excel TRUE/FALSE cell; false when blank. */
    public static boolean yesNo(Cell c) throws BadValue {
        refuseError(c);
        if (c.bool() != null) {
            return c.bool();
        }
        if (c.text().isEmpty()) {
            return false;
        }
        Boolean b = YES_NO.get(word(c.text()));
        if (b == null) {
            throw new BadValue("import.value.yesNo", c.text());
        }
        return b;
    }

    /** Languages separated by {@code ;} or {@code ,}. */
    public static List<String> languages(Cell c) throws BadValue {
        refuseError(c);
        return Languages.parse(c.text());
    }

    /** Weekly hours: {@code Tue 12:00-17:00; Sat 07:00-12:00}; empty when blank. */
    public static List<WeeklyHours> available(Cell c) throws BadValue {
        refuseError(c);
        WeeklyHours.Reading r = WeeklyHours.read(c.text());
        if (!r.ok()) {
            throw new BadValue(r.error().messageKey(), r.error().args().toArray());
        }
        return r.hours();
    }

    /** Visits per month a volunteer committed to: a whole number from 0 to 31; 0 when blank. */
    public static int visitsPerMonth(Cell c) throws BadValue {
        refuseError(c);
        String s = c.text().replaceFirst("\\.0+$", "");
        if (s.isEmpty()) {
            return 0;
        }
        if (!s.matches("\\d{1,2}") || Integer.parseInt(s) > Availability.MAX_VISITS_PER_MONTH) {
            throw new BadValue("error.visitsPerMonth", Availability.MAX_VISITS_PER_MONTH);
        }
        return Integer.parseInt(s);
    }

    /** A-numbers separated by {@code ;} or {@code ,}; empty when blank. */
    public static List<ANumber> aNumbers(Cell c) throws BadValue {
        refuseError(c);
        List<ANumber> out = new ArrayList<>();
        for (String part : c.text().split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(ANumber.parse(part).orElseThrow(() -> new BadValue("error.familyOf.format", part.strip())));
        }
        return out;
    }

    public static DetaineeStatus detaineeStatus(Cell c) throws BadValue {
        return choice(c, DETAINEE, "import.value.detaineeStatus");
    }

    public static VisitorStatus visitorStatus(Cell c) throws BadValue {
        return choice(c, VISITOR, "import.value.visitorStatus");
    }

    public static VisitStatus visitStatus(Cell c) throws BadValue {
        return choice(c, VISIT, "import.value.visitStatus");
    }

    public static VisitType visitType(Cell c) throws BadValue {
        return choice(c, TYPE, "import.value.visitType");
    }

    public static OutcomeCode outcome(Cell c) throws BadValue {
        return choice(c, OUTCOME, "import.value.outcome");
    }

    public static DenialReason denialReason(Cell c) throws BadValue {
        return choice(c, REASON, "import.value.denialReason");
    }

    /** Follow-up kinds separated by {@code ;} (or {@code ,}); each named once. */
    public static List<FollowUpKind> needs(Cell c) throws BadValue {
        refuseError(c);
        List<FollowUpKind> out = new ArrayList<>();
        for (String part : c.text().split("[;,\\n]")) {
            String w = part.strip();
            if (w.isEmpty()) {
                continue;
            }
            FollowUpKind k = NEED.get(word(w));
            if (k == null) {
                throw new BadValue("import.value.followUpKind", w);
            }
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** How a request came, in English or Spanish; null when blank. */
    public static RequestSource requestSource(Cell c) throws BadValue {
        return choice(c, SOURCE, "import.value.requestSource");
    }

    /** How urgent a request is, in English or Spanish; null when blank. */
    public static Urgency urgency(Cell c) throws BadValue {
        return choice(c, URGENCY, "import.value.urgency");
    }

    private static <E> E choice(Cell c, Map<String, E> words, String key) throws BadValue {
        refuseError(c);
        if (c.text().isEmpty()) {
            return null;
        }
        E e = words.get(word(c.text()));
        if (e == null) {
            throw new BadValue(key, c.text());
        }
        return e;
    }
}
