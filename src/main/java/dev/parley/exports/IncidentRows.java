package dev.parley.exports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import dev.parley.common.SqlDialect;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Parameters;
import dev.parley.imports.Dataset;
import dev.parley.incidents.IncidentQuery;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The incidents of an export, read with one forward-only query whose rows are handed on one at a time, so memory
 * stays flat at a million of them: scalar columns only (nothing enters the persistence context), a JDBC fetch size
 * (PostgreSQL streams with a cursor inside the transaction), and on H2 lazy query execution, without which H2
 * builds the whole result before returning its first row. Same conditions and order as {@code incidents(filter:)}.
 */
@ApplicationScoped
public class IncidentRows {

    private static final int FETCH_SIZE = 1000;

    /** Runs inside a transaction; {@code each} gets the rows in list order. */
    public void forEach(IncidentQuery incidents, Consumer<ExportedIncident> each) {
        Alias e = new Alias("incident", "e");
        Parameters parameters = new Parameters();
        String where = incidents.where(e).where(parameters);
        Session session = Panache.getEntityManager().unwrap(Session.class);
        boolean h2 = SqlDialect.current() == SqlDialect.H2;
        if (h2) {
            session.doWork(connection -> connection.createStatement().execute("set lazy_query_execution true"));
        }
        try {
            NativeQuery<Object[]> query = session.createNativeQuery(sql(where, h2), Object[].class);
            query.addScalar("id", Long.class).addScalar("occurred_on", LocalDate.class)
                    .addScalar("date_precision", String.class).addScalar("event_type", String.class)
                    .addScalar("sub_event_type", String.class).addScalar("actor", String.class)
                    .addScalar("actor_inferred", Boolean.class).addScalar("civilians_targeted", Boolean.class)
                    .addScalar("country", String.class).addScalar("admin1", String.class)
                    .addScalar("location", String.class).addScalar("latitude", Double.class)
                    .addScalar("longitude", Double.class).addScalar("target", String.class)
                    .addScalar("notes", String.class).addScalar("current_killed", Integer.class)
                    .addScalar("current_wounded", Integer.class).addScalar("verification", String.class)
                    .addScalar("claimant", String.class).addScalar("casualty_reports", Integer.class)
                    .addScalar("sources", String.class).addScalar("external_dataset", String.class)
                    .addScalar("updated_at", OffsetDateTime.class).addScalar("retracted_at", OffsetDateTime.class);
            parameters.bind(query).setFetchSize(FETCH_SIZE).setReadOnly(true);
            try (ScrollableResults<Object[]> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                while (rows.next()) {
                    each.accept(incident(rows.get()));
                }
            }
        } finally {
            if (h2) {
                session.doWork(connection -> connection.createStatement().execute("set lazy_query_execution false"));
            }
        }
    }

    private static String sql(String where, boolean h2) {
        String sources = h2 ? "listagg(s.title, ' | ') within group (order by s.id)" : "string_agg(s.title, ' | ' order by s.id)";
        return """
                select e.id, e.occurred_on, e.date_precision, e.event_type, e.sub_event_type, a.name as actor,
                       e.actor_inferred, e.civilians_targeted, p.country, p.admin1, p.name as location, p.latitude,
                       p.longitude, e.target, e.notes, e.current_killed, e.current_wounded, e.verification,
                       c.name as claimant,
                       (select count(*) from casualty_report r where r.incident_id = e.id) as casualty_reports,
                       (select %s from incident_source i join source s on s.id = i.source_id
                        where i.incident_id = e.id) as sources,
                       e.external_dataset,
                       e.updated_at, e.retracted_at
                from incident e
                join place p on p.id = e.place_id
                left join party a on a.id = e.actor_party_id
                left join party c on c.id = e.claimed_by_party_id
                %s
                order by e.occurred_on, e.id
                """.formatted(sources, where);
    }

    private static ExportedIncident incident(Object[] row) {
        return new ExportedIncident((Long) row[0], (LocalDate) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (Boolean) row[6], (Boolean) row[7], (String) row[8], (String) row[9],
                (String) row[10], (Double) row[11], (Double) row[12], (String) row[13], (String) row[14],
                (Integer) row[15], (Integer) row[16], (String) row[17], (String) row[18], (Integer) row[19],
                (String) row[20], attribution((String) row[21]), (OffsetDateTime) row[22],
                (OffsetDateTime) row[23]);
    }

    /** The credit line of the dataset an incident was imported from; none for an incident reported in Parley. */
    private static String attribution(String externalDataset) {
        Dataset dataset = Dataset.ofKey(externalDataset);
        return dataset == null ? null : dataset.attribution;
    }
}
