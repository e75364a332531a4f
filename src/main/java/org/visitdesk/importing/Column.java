package org.visitdesk.importing;

import java.util.List;
import org.visitdesk.domain.SearchKey;

/** A column an import file may have: its title as DESIGN.md section 7 names it, and the other titles people use. */
public enum Column {
    A_NUMBER("A-Number", "Alien Number", "Alien Registration Number", "Alien No", "A#", "A No", "A Nr", "Número A",
            "Numero de extranjero"),
    FAMILY_NAME("Family Name", "Last Name", "Surname", "Lastname", "Apellido", "Apellidos"),
    GIVEN_NAME("Given Name", "First Name", "Firstname", "Given Names", "Nombre", "Nombres"),
    DATE_OF_BIRTH("Date of Birth", "DOB", "Birth Date", "Birthdate", "Born", "Fecha de Nacimiento"),
    COUNTRY_OF_BIRTH("Country of Birth", "Country", "Nationality", "Citizenship", "País", "País de Nacimiento",
            "Nacionalidad"),
    LANGUAGES("Languages", "Language", "Idiomas", "Idioma", "Lenguas", "Lengua"),
    GENDER("Gender", "Sex", "Género", "Sexo"),
    FACILITY("Facility", "Detention Center", "Centro", "Centro de Detención"),
    HOUSING_UNIT("Housing Unit", "Unit", "Housing", "Pod", "Dorm", "Unidad"),
    STATUS("Status", "Estado", "Estatus"),
    STATUS_DATE("Status Date", "Status Since", "Status Changed", "Fecha de Estado"),
    NOTES("Notes", "Note", "Comments", "Notas", "Comentarios"),
    EMAIL("Email", "Email Address", "Correo", "Correo Electrónico", "Correo-e"),
    PHONE("Phone", "Phone Number", "Telephone", "Cell", "Mobile", "Teléfono", "Celular", "Móvil"),
    ORIENTATION_DATE("Orientation Date", "Orientation", "Oriented", "Orientación", "Fecha de Orientación"),
    ID_CHECKED("ID Checked", "ID Check", "ID Verified", "ID", "Identificación Verificada", "ID Verificada"),
    DATE("Date", "Visit Date", "Day", "Fecha", "Fecha de Visita", "Día"),
    START("Start", "Start Time", "Time", "From", "Hora", "Inicio", "Hora de Inicio", "Desde"),
    END("End", "End Time", "Until", "To", "Fin", "Hora de Fin", "Hasta"),
    VISITORS("Visitors", "Visitor", "Visitor Emails", "Volunteers", "Volunteer", "Visitantes", "Visitante",
            "Voluntarios", "Voluntario"),
    TYPE("Type", "Visit Type", "Tipo", "Tipo de Visita"),
    VISIT_ID("Visit ID", "Visit No", "Visit Number", "ID de Visita", "Id Visita", "Número de Visita"),
    OUTCOME("Outcome", "Result", "What Happened", "Resultado"),
    ARRIVED("Arrived", "Arrival", "Arrived At", "Arrival Time", "Llegada", "Hora de Llegada"),
    SEEN("Seen", "Seen At", "Brought Out", "Atendido", "Visto", "Hora de Visita"),
    LEFT("Left", "Left At", "Departure", "Departed", "Salida", "Hora de Salida"),
    DENIAL_REASON("Denial Reason", "Reason", "Reason Denied", "Motivo", "Motivo de Negación"),
    NEEDS("Needs", "Follow-ups", "Follow ups", "Asked For", "Necesidades"),
    RECEIVED("Received", "Date Received", "Received On", "Recibido", "Recibida", "Fecha de Recepción"),
    SOURCE("Source", "From", "Came From", "Fuente", "Origen"),
    CALLER("Caller", "Asked By", "Requested By", "Contact", "Quién Llamó", "Contacto", "Solicitante"),
    RELATIONSHIP("Relationship", "Relation", "Relationship to Person", "Parentesco", "Relación"),
    CALLER_PHONE("Caller Phone", "Contact Phone", "Callback", "Phone", "Teléfono", "Teléfono de Contacto", "Teléfono del Solicitante"),
    URGENCY("Urgency", "Priority", "Urgencia", "Prioridad"),
    AVAILABLE("Available", "Availability", "Available Times", "Free Times", "Disponible", "Disponibilidad",
            "Horario Disponible"),
    VISITS_PER_MONTH("Visits per Month", "Visits a Month", "Monthly Visits", "Commitment", "Visitas al Mes",
            "Visitas por Mes", "Compromiso"),
    AWAY_FROM("Away From", "Away", "On Leave From", "Ausente Desde", "Fuera Desde"),
    AWAY_TO("Away To", "Away Until", "On Leave Until", "Ausente Hasta", "Fuera Hasta"),
    FAMILY_OF("Family Of", "Relative Of", "Family Member Of", "Familiar de", "Familia de", "Pariente de");

    private final String title;
    private final List<String> aliases;

    Column(String title, String... aliases) {
        this.title = title;
        this.aliases = List.of(aliases);
    }

    /** The title DESIGN.md gives it, used in reports: {@code row 7, column Date of Birth: ...}. */
    public String title() {
        return title;
    }

    /** Other titles that mean this column. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * A title reduced to what matters: accents and case folded, text in brackets dropped ({@code Visitors (emails)}),
     * and spaces, {@code -}, {@code _}, {@code #}, {@code *}, {@code .}, {@code :}, {@code /} removed.
     */
    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        String s = SearchKey.fold(title.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*\\]", " "));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && "-_#*.:/'\u00a0".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
