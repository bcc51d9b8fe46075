import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads a large, realistic Parley dataset straight into the database with JDBC batch inserts: four years of war
 * in Ukraine (24 Feb 2022 – 23 Feb 2026), incidents spread over its regions, rounds of talks with participants,
 * statements, sources and casualty revisions. Deterministic: the same seed and scale give the same rows.
 *
 * <p>Run it against a database the app has already migrated (Flyway owns the schema), with the app stopped:
 * <pre>java -cp 'target/quarkus-app/lib/main/*' bench/Generate.java --url jdbc:h2:file:/tmp/b/parley --incidents 100000</pre>
 *
 * <p>Only incidents (with their sources and casualty reports) follow {@code --incidents}; talks, statements,
 * people, places and sources stay the same at every scale, so a scaling run changes one thing only.
 * Ids come from one range above every existing id; the shared sequence restarts above them afterwards.
 */
public class Generate {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 23);
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
    static final int BATCH = 5_000;
    static final int COMMIT_EVERY = 50_000;

    /** Region (admin1), share of incidents (per mille), rough centre, occupied share of its places. */
    record Region(String name, int weight, double lat, double lon, double occupied) {
    }

    static final Region[] REGIONS = {
            new Region("Donetsk", 330, 48.0, 37.8, 0.6), new Region("Kharkiv", 120, 49.99, 36.23, 0.05),
            new Region("Zaporizhzhia", 110, 47.84, 35.14, 0.5), new Region("Kherson", 95, 46.64, 32.61, 0.4),
            new Region("Luhansk", 60, 48.57, 39.31, 0.95), new Region("Sumy", 60, 50.91, 34.8, 0.0),
            new Region("Dnipropetrovsk", 55, 48.46, 35.04, 0.0), new Region("Mykolaiv", 30, 46.97, 31.99, 0.02),
            new Region("Chernihiv", 25, 51.5, 31.29, 0.0), new Region("Kyiv City", 18, 50.45, 30.52, 0.0),
            new Region("Kyiv", 15, 50.3, 30.3, 0.0), new Region("Odesa", 22, 46.48, 30.72, 0.0),
            new Region("Crimea", 15, 44.95, 34.1, 1.0), new Region("Sevastopol", 5, 44.6, 33.52, 1.0),
            new Region("Poltava", 6, 49.59, 34.55, 0.0), new Region("Lviv", 5, 49.84, 24.03, 0.0),
            new Region("Vinnytsia", 4, 49.23, 28.47, 0.0), new Region("Zhytomyr", 5, 50.25, 28.66, 0.0),
            new Region("Kirovohrad", 3, 48.51, 32.26, 0.0), new Region("Cherkasy", 3, 49.44, 32.06, 0.0),
            new Region("Khmelnytskyi", 3, 49.42, 26.99, 0.0), new Region("Rivne", 2, 50.62, 26.25, 0.0),
            new Region("Volyn", 2, 50.75, 25.33, 0.0), new Region("Ternopil", 2, 49.55, 25.59, 0.0),
            new Region("Ivano-Frankivsk", 2, 48.92, 24.71, 0.0), new Region("Chernivtsi", 1, 48.29, 25.94, 0.0),
            new Region("Zakarpattia", 1, 48.62, 22.29, 0.0) };

    /** An ACLED sub-event type, its event type and its share of all incidents (per ten thousand). */
    record EventKind(String eventType, String subEventType, int weight, double civilians) {
    }

    static final EventKind[] KINDS = {
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "SHELLING_ARTILLERY_MISSILE_ATTACK", 4400, 0.15),
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "AIR_DRONE_STRIKE", 1700, 0.2),
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "REMOTE_EXPLOSIVE_LANDMINE_IED", 250, 0.3),
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "GRENADE", 60, 0.05),
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "SUICIDE_BOMB", 2, 0.5),
            new EventKind("EXPLOSIONS_REMOTE_VIOLENCE", "CHEMICAL_WEAPON", 8, 0.0),
            new EventKind("BATTLES", "ARMED_CLASH", 2000, 0.0),
            new EventKind("BATTLES", "NON_STATE_ACTOR_OVERTAKES_TERRITORY", 90, 0.0),
            new EventKind("BATTLES", "GOVERNMENT_REGAINS_TERRITORY", 90, 0.0),
            new EventKind("VIOLENCE_AGAINST_CIVILIANS", "ATTACK", 300, 1.0),
            new EventKind("VIOLENCE_AGAINST_CIVILIANS", "ABDUCTION_FORCED_DISAPPEARANCE", 80, 1.0),
            new EventKind("VIOLENCE_AGAINST_CIVILIANS", "SEXUAL_VIOLENCE", 5, 1.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "LOOTING_PROPERTY_DESTRUCTION", 150, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "DISRUPTED_WEAPONS_USE", 250, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "ARRESTS", 80, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "HEADQUARTERS_OR_BASE_ESTABLISHED", 20, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "CHANGE_TO_GROUP_ACTIVITY", 60, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "NON_VIOLENT_TRANSFER_OF_TERRITORY", 15, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "AGREEMENT", 10, 0.0),
            new EventKind("STRATEGIC_DEVELOPMENTS", "OTHER", 40, 0.0),
            new EventKind("PROTESTS", "PEACEFUL_PROTEST", 220, 0.0),
            new EventKind("PROTESTS", "PROTEST_WITH_INTERVENTION", 25, 0.0),
            new EventKind("PROTESTS", "EXCESSIVE_FORCE_AGAINST_PROTESTERS", 5, 1.0),
            new EventKind("RIOTS", "VIOLENT_DEMONSTRATION", 20, 0.0),
            new EventKind("RIOTS", "MOB_VIOLENCE", 20, 0.3) };

    record PartySpec(String name, String kind, String parent) {
    }

    static final PartySpec[] PARTIES = {
            new PartySpec("Russia", "STATE", null), new PartySpec("Ukraine", "STATE", null),
            new PartySpec("Russian Armed Forces", "ARMED_FORCE", "Russia"),
            new PartySpec("Armed Forces of Ukraine", "ARMED_FORCE", "Ukraine"),
            new PartySpec("Security Service of Ukraine (SBU)", "SECURITY_SERVICE", "Ukraine"),
            new PartySpec("Main Directorate of Intelligence (HUR)", "SECURITY_SERVICE", "Ukraine"),
            new PartySpec("Rosgvardia", "SECURITY_SERVICE", "Russia"),
            new PartySpec("Wagner Group", "ARMED_GROUP", null),
            new PartySpec("Russian Volunteer Corps", "ARMED_GROUP", null),
            new PartySpec("United States", "STATE", null), new PartySpec("Europe", "BLOC", null),
            new PartySpec("Türkiye", "STATE", null), new PartySpec("Saudi Arabia", "STATE", null),
            new PartySpec("United Arab Emirates", "STATE", null), new PartySpec("Qatar", "STATE", null),
            new PartySpec("Holy See", "STATE", null), new PartySpec("Switzerland", "STATE", null),
            new PartySpec("United Kingdom", "STATE", null), new PartySpec("France", "STATE", null),
            new PartySpec("Germany", "STATE", null), new PartySpec("China", "STATE", null),
            new PartySpec("Belarus", "STATE", null),
            new PartySpec("United Nations", "INTERNATIONAL_ORGANIZATION", null),
            new PartySpec("International Atomic Energy Agency", "INTERNATIONAL_ORGANIZATION", null),
            new PartySpec("International Committee of the Red Cross", "INTERNATIONAL_ORGANIZATION", null),
            new PartySpec("OSCE", "INTERNATIONAL_ORGANIZATION", null) };

    static final String[] MEDIATORS = { "United States", "Türkiye", "Saudi Arabia", "United Arab Emirates", "Qatar",
            "Holy See", "Switzerland", "United Nations", "International Committee of the Red Cross",
            "International Atomic Energy Agency" };

    record Venue(String city, String region, String country) {
    }

    static final Venue[] VENUES = { new Venue("Istanbul", "Istanbul", "Türkiye"),
            new Venue("Antalya", "Antalya", "Türkiye"), new Venue("Riyadh", "Riyadh", "Saudi Arabia"),
            new Venue("Jeddah", "Makkah", "Saudi Arabia"), new Venue("Abu Dhabi", "Abu Dhabi", "United Arab Emirates"),
            new Venue("Doha", null, "Qatar"), new Venue("Geneva", "Geneva", "Switzerland"),
            new Venue("Bürgenstock", "Nidwalden", "Switzerland"), new Venue("Miami", "Florida", "United States"),
            new Venue("Washington", "District of Columbia", "United States"),
            new Venue("Vatican City", null, "Holy See"), new Venue("Paris", "Île-de-France", "France"),
            new Venue("Berlin", "Berlin", "Germany"), new Venue("London", "England", "United Kingdom"),
            new Venue("Gomel", "Gomel", "Belarus"), new Venue(null, null, null) };

    static final String[] FIRST_NAMES = { "Oleksandr", "Andriy", "Mykola", "Olena", "Iryna", "Dmytro", "Serhiy",
            "Yulia", "Vladimir", "Sergei", "Dmitry", "Maria", "Anna", "Pavel", "Ivan", "Rustem", "Kirill", "Steve",
            "Marco", "Emmanuel", "Olaf", "Hakan", "Faisal", "Antonio", "Rafael", "Ursula", "Keir", "Mark", "Kaja",
            "Wang" };
    static final String[] LAST_NAMES = { "Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko", "Melnyk", "Boyko",
            "Kravchenko", "Petrov", "Ivanov", "Smirnov", "Volkov", "Morozov", "Lavrov", "Umerov", "Yermak", "Sybiha",
            "Medinsky", "Ushakov", "Dmitriev", "Witkoff", "Kellogg", "Fidan", "Grossi", "Guterres", "Sikorski",
            "Tusk", "Rutte", "Kallas", "Yi", "Carney" };
    static final String[] TITLES = { "Minister of Foreign Affairs", "Head of the Presidential Office",
            "Presidential aide", "Special envoy", "Defence minister", "Deputy foreign minister", "Spokesperson",
            "Ambassador", "Negotiator", "Member of parliament", "Military spokesperson", null };
    static final String[] PUBLISHERS = { "Reuters", "Associated Press", "AFP", "BBC", "Kyiv Independent",
            "Ukrainska Pravda", "Meduza", "TASS", "Interfax-Ukraine", "ISW", "UN OHCHR", "General Staff of Ukraine",
            "Russian Ministry of Defence", "Ukrinform", "The Guardian", "The New York Times", null };
    static final String[] PLACE_PREFIXES = { "Novo", "Staro", "Velyka ", "Mala ", "Verkhnia ", "Nyzhnia ", "Pryvil",
            "Chervono", "Zelen", "Kamian", "Pisch", "Sukho", "Bilo", "Chorno", "Krasno", "Polo", "Vyso", "Lozo" };
    static final String[] PLACE_STEMS = { "selivka", "mykhailivka", "oleksandrivka", "pavlivka", "ivanivka",
            "hrad", "dolyna", "pillia", "kamianka", "bahativka", "donetske", "lypivka", "ozerne", "yarske",
            "stepove", "sadove", "luhove", "horodok", "rivne", "yar", "dubrava", "vilne", "poltavka", "myrne" };
    static final String[] TARGETS = { "residential buildings", "energy infrastructure", "a village",
            "military positions", "port infrastructure", "a market", "a railway station", "an industrial site",
            "farmland", "a bridge", "a hospital", "a school", "an ammunition depot", "trenches", "a checkpoint",
            "a fuel depot", "a convoy", null };
    static final String[] CHANNELS = { "PRESS_CONFERENCE", "PRESS_REMARKS", "ANNOUNCEMENT", "SOCIAL_MEDIA",
            "INTERVIEW", "OFFICIAL_STATEMENT", "PUBLIC_POSITION", "OTHER" };
    static final int[] CHANNEL_WEIGHTS = { 12, 18, 12, 25, 12, 15, 4, 2 };
    static final String[] TOPICS = { "a ceasefire along the front line", "the exchange of prisoners of war",
            "security guarantees", "the Zaporizhzhia nuclear plant", "grain exports through the Black Sea",
            "the return of deported children", "sanctions relief", "territorial questions in the east",
            "a moratorium on strikes against energy facilities", "the next round of talks", "a peace summit",
            "the composition of the delegations" };

    final Random random;
    final Connection db;
    final int incidents;
    final int talksCount;
    final int statementsCount;
    long nextId;
    long rows;

    long conflictId;
    final Map<String, Long> partyIds = new HashMap<>();
    final Map<String, List<Long>> peopleOfParty = new HashMap<>();
    final Map<Long, Long> partyOfPerson = new HashMap<>();
    long[] sources;
    long[][] placesOfRegion;
    long[] talksIds;
    LocalDate[] talksStarts;

    Generate(Connection db, long seed, int incidents, int talks, int statements) {
        this.db = db;
        this.random = new Random(seed);
        this.incidents = incidents;
        this.talksCount = talks;
        this.statementsCount = statements;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "jdbc:h2:file:./data/parley");
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        String user = options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String password = options.getOrDefault("password", "");
        int incidents = Integer.parseInt(options.getOrDefault("incidents", "100000"));
        int talks = Integer.parseInt(options.getOrDefault("talks", "1000"));
        int statements = Integer.parseInt(options.getOrDefault("statements", "20000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20220224"));

        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            boolean h2 = url.startsWith("jdbc:h2:");
            if (h2) {
                // Every reference points at a row inserted before it; checking each one costs half the load time.
                execute(db, "set referential_integrity false");
            }
            Generate generate = new Generate(db, seed, incidents, talks, statements);
            generate.run();
            if (h2) {
                execute(db, "set referential_integrity true");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("generated %,d rows (%,d incidents, %,d talks, %,d statements) in %.1f s, %,.0f rows/s%n",
                    generate.rows, incidents, talks, statements, seconds, generate.rows / seconds);
            if (url.startsWith("jdbc:h2:")) {
                try (Statement s = db.createStatement()) {
                    // Compacting drops the versions left behind by the batch commits: a tenth of the size.
                    s.execute("shutdown compact");
                }
            }
        }
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Usage: Generate --url JDBC_URL [--user U] [--password P]"
                        + " [--incidents N] [--talks N] [--statements N] [--seed S]; got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    void run() throws SQLException {
        nextId = firstFreeId();
        conflict();
        parties();
        people();
        sources();
        places();
        talks();
        statements();
        incidents();
        db.commit();
        try (Statement s = db.createStatement()) {
            long restart = nextId + 1000;
            s.execute("alter sequence parley_id_seq restart with " + restart);
            s.execute("analyze");
            db.commit();
            log("sequence parley_id_seq restarts with " + restart);
        }
    }

    /** Above every id in use and every id the sequence may have handed out. */
    long firstFreeId() throws SQLException {
        long max = 1000;
        String[] tables = { "conflict", "source", "party", "person", "talks", "participation", "proposal",
                "provision", "stance", "statement", "place", "incident", "casualty_report" };
        try (Statement s = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    max = Math.max(max, rs.getLong(1));
                }
            }
        }
        // Rows inserted by the app took ids from the sequence; it never runs past max + allocation size.
        return (max / 1000 + 2) * 1000;
    }

    long id() {
        return nextId++;
    }

    void conflict() throws SQLException {
        Long existing = single("select min(id) from conflict");
        if (existing != null) {
            conflictId = existing;
            return;
        }
        conflictId = id();
        try (PreparedStatement p = db.prepareStatement(
                "insert into conflict (id, name, description, started_on, start_precision) values (?, ?, ?, ?, ?)")) {
            p.setLong(1, conflictId);
            p.setString(2, "Russia–Ukraine war");
            p.setString(3, "Russia's full-scale invasion of Ukraine and the war that followed.");
            p.setDate(4, Date.valueOf(LocalDate.of(2022, 2, 1)));
            p.setString(5, "MONTH");
            p.executeUpdate();
            rows++;
        }
    }

    Long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    /** Reuses parties that exist by name (the demo data has some), so the unique name constraint holds. */
    void parties() throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select id from party where name = ?");
             PreparedStatement insert = db.prepareStatement(
                     "insert into party (id, name, kind, description, parent_id) values (?, ?, ?, ?, ?)")) {
            for (PartySpec spec : PARTIES) {
                find.setString(1, spec.name());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        partyIds.put(spec.name(), rs.getLong(1));
                        continue;
                    }
                }
                long id = id();
                insert.setLong(1, id);
                insert.setString(2, spec.name());
                insert.setString(3, spec.kind());
                insert.setString(4, null);
                setLong(insert, 5, spec.parent() == null ? null : partyIds.get(spec.parent()));
                insert.executeUpdate();
                partyIds.put(spec.name(), id);
                rows++;
            }
        }
    }

    void people() throws SQLException {
        try (Batch batch = new Batch("insert into person (id, name, title, party_id) values (?, ?, ?, ?)")) {
            List<String> names = new ArrayList<>(partyIds.keySet());
            names.sort(null);
            for (int i = 0; i < 300; i++) {
                String party = i < 90 ? (i % 2 == 0 ? "Russia" : "Ukraine") : names.get(random.nextInt(names.size()));
                long id = id();
                batch.p.setLong(1, id);
                batch.p.setString(2, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
                batch.p.setString(3, TITLES[random.nextInt(TITLES.length)]);
                batch.p.setLong(4, partyIds.get(party));
                batch.add();
                peopleOfParty.computeIfAbsent(party, k -> new ArrayList<>()).add(id);
                partyOfPerson.put(id, partyIds.get(party));
            }
        }
    }

    void sources() throws SQLException {
        sources = new long[400];
        try (Batch batch = new Batch(
                "insert into source (id, title, publisher, published_on, url, notes) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sources.length; i++) {
                sources[i] = id();
                String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
                LocalDate published = day(random.nextInt(DAYS));
                batch.p.setLong(1, sources[i]);
                batch.p.setString(2, (publisher == null ? "Situation report" : publisher + " report") + " no. " + (i + 1));
                batch.p.setString(3, publisher);
                batch.p.setDate(4, Date.valueOf(published));
                batch.p.setString(5, publisher == null ? null : "https://example.org/reports/" + (i + 1));
                batch.p.setString(6, null);
                batch.add();
            }
        }
    }

    void places() throws SQLException {
        placesOfRegion = new long[REGIONS.length][];
        try (Batch batch = new Batch("insert into place (id, name, admin1, country, occupied, latitude, longitude)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int r = 0; r < REGIONS.length; r++) {
                Region region = REGIONS[r];
                int count = Math.max(12, region.weight() * 8);
                placesOfRegion[r] = new long[count];
                for (int k = 0; k < count; k++) {
                    long id = id();
                    placesOfRegion[r][k] = id;
                    boolean named = random.nextDouble() < 0.92;
                    batch.p.setLong(1, id);
                    batch.p.setString(2, named ? placeName() : null);
                    batch.p.setString(3, region.name());
                    batch.p.setString(4, "Ukraine");
                    if (random.nextDouble() < 0.2) {
                        batch.p.setNull(5, Types.BOOLEAN);
                    } else {
                        batch.p.setBoolean(5, random.nextDouble() < region.occupied());
                    }
                    batch.p.setDouble(6, round(region.lat() + random.nextGaussian() * 0.4));
                    batch.p.setDouble(7, round(region.lon() + random.nextGaussian() * 0.6));
                    batch.add();
                }
            }
        }
    }

    String placeName() {
        String prefix = PLACE_PREFIXES[random.nextInt(PLACE_PREFIXES.length)];
        String stem = PLACE_STEMS[random.nextInt(PLACE_STEMS.length)];
        String name = prefix.endsWith(" ") ? prefix + Character.toUpperCase(stem.charAt(0)) + stem.substring(1)
                : prefix + stem;
        return random.nextInt(6) == 0 ? name + " " + (random.nextInt(3) + 1) : name;
    }

    void talks() throws SQLException {
        talksIds = new long[talksCount];
        talksStarts = new LocalDate[talksCount];
        int[] startDays = new int[talksCount];
        for (int t = 0; t < talksCount; t++) {
            startDays[t] = 7 + random.nextInt(DAYS - 7);
        }
        Arrays.sort(startDays);
        try (Batch talks = new Batch("insert into talks (id, title, conflict_id, venue_city, venue_region,"
                + " venue_country, start_date, end_date, status, format, mediating_party_id, notes)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch cites = new Batch("insert into talks_source (talks_id, source_id) values (?, ?)");
             Batch participants = new Batch("insert into participation (id, talks_id, person_id, party_id, role,"
                     + " attendance, notes) values (?, ?, ?, ?, ?, ?, ?)")) {
            cites.after(talks);
            participants.after(talks);
            Map<String, Integer> roundAt = new HashMap<>();
            for (int t = 0; t < talksCount; t++) {
                long id = id();
                LocalDate start = day(startDays[t]);
                talksIds[t] = id;
                talksStarts[t] = start;
                Venue venue = VENUES[random.nextInt(VENUES.length)];
                String mediator = MEDIATORS[random.nextInt(MEDIATORS.length)];
                boolean recent = start.isAfter(LAST_DAY.minusDays(30));
                String status = recent ? pick("SCHEDULED", "ANNOUNCED", "IN_PROGRESS", "CONCLUDED")
                        : weighted(new String[] { "CONCLUDED", "COLLAPSED", "POSTPONED", "CANCELLED" },
                                new int[] { 82, 6, 7, 5 });
                boolean ended = status.equals("CONCLUDED") || status.equals("COLLAPSED");
                LocalDate end = ended && random.nextDouble() < 0.9 ? start.plusDays(random.nextInt(4)) : null;
                String place = venue.city() == null ? "Remote" : venue.city();
                int round = roundAt.merge(place, 1, Integer::sum);

                talks.p.setLong(1, id);
                talks.p.setString(2, place + " round " + round);
                talks.p.setLong(3, conflictId);
                talks.p.setString(4, venue.city());
                talks.p.setString(5, venue.region());
                talks.p.setString(6, venue.country());
                talks.p.setDate(7, Date.valueOf(start));
                talks.p.setDate(8, end == null ? null : Date.valueOf(end));
                talks.p.setString(9, status);
                talks.p.setString(10, venue.city() == null ? "REMOTE"
                        : pick("DIRECT", "DIRECT", "PROXIMITY", "SHUTTLE", "OTHER"));
                talks.p.setLong(11, partyIds.get(mediator));
                talks.p.setString(12, random.nextInt(3) == 0 ? "On " + TOPICS[random.nextInt(TOPICS.length)] + "." : null);
                talks.add();

                for (long source : distinctSources(1 + random.nextInt(2))) {
                    cites.p.setLong(1, id);
                    cites.p.setLong(2, source);
                    cites.add();
                }
                int count = 2 + random.nextInt(5);
                String[] parties = { mediator, "Ukraine", "Russia", "Europe", "United Nations", "Türkiye" };
                for (int k = 0; k < count; k++) {
                    String party = parties[k];
                    boolean named = random.nextDouble() < 0.7 && peopleOfParty.containsKey(party);
                    List<Long> people = peopleOfParty.get(party);
                    String role = k == 0 ? "MEDIATOR" : k < 3 ? pick("HEAD_OF_DELEGATION", "DELEGATE", "DELEGATION")
                            : pick("OBSERVER", "PARTICIPANT");
                    if (role.equals("DELEGATION")) {
                        named = false;
                    }
                    participants.p.setLong(1, id());
                    participants.p.setLong(2, id);
                    setLong(participants.p, 3, named ? people.get(random.nextInt(people.size())) : null);
                    participants.p.setLong(4, partyIds.get(party));
                    participants.p.setString(5, role);
                    participants.p.setString(6, ended ? pick("DEPARTED", "ARRIVED", "CONFIRMED")
                            : pick("CONFIRMED", "EN_ROUTE", "TENTATIVE", "UNKNOWN", "DECLINED"));
                    participants.p.setString(7, null);
                    participants.add();
                }
            }
        }
    }

    void statements() throws SQLException {
        List<Long> people = new ArrayList<>(partyOfPerson.keySet());
        people.sort(null);
        try (Batch statements = new Batch("insert into statement (id, person_id, party_id, said_on, date_precision,"
                + " channel, platform, quote, summary, talks_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch cites = new Batch("insert into statement_source (statement_id, source_id) values (?, ?)")) {
            cites.after(statements);
            for (int i = 0; i < statementsCount; i++) {
                long id = id();
                Long person = random.nextDouble() < 0.85 ? people.get(random.nextInt(people.size())) : null;
                long party = person != null ? partyOfPerson.get(person)
                        : partyIds.get(random.nextBoolean() ? "Russia" : "Ukraine");
                boolean undated = random.nextDouble() < 0.01;
                LocalDate said = undated ? null : day(random.nextInt(DAYS));
                String channel = undated ? "PUBLIC_POSITION" : weighted(CHANNELS, CHANNEL_WEIGHTS);
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                statements.p.setLong(1, id);
                setLong(statements.p, 2, person);
                statements.p.setLong(3, party);
                statements.p.setDate(4, said == null ? null : Date.valueOf(said));
                statements.p.setString(5, undated ? "UNDATED" : random.nextDouble() < 0.95 ? "DAY" : "ON_OR_BEFORE");
                statements.p.setString(6, channel);
                statements.p.setString(7, channel.equals("SOCIAL_MEDIA") ? pick("X", "Telegram", "Facebook") : null);
                statements.p.setString(8, random.nextDouble() < 0.4 ? "We are ready to discuss " + topic + "." : null);
                statements.p.setString(9, pick("Called for ", "Rejected ", "Set conditions on ", "Welcomed progress on ",
                        "Commented on ") + topic + ".");
                setLong(statements.p, 10, said != null && random.nextDouble() < 0.3 ? talksNear(said) : null);
                statements.add();
                for (long source : distinctSources(random.nextDouble() < 0.85 ? 1 : 2)) {
                    cites.p.setLong(1, id);
                    cites.p.setLong(2, source);
                    cites.add();
                }
            }
        }
    }

    /** The talks starting closest to a date. */
    long talksNear(LocalDate date) {
        int at = Arrays.binarySearch(talksStarts, date);
        int k = at >= 0 ? at : Math.min(-at - 1, talksStarts.length - 1);
        return talksIds[k];
    }

    /** Incidents day by day, in date order as they would arrive, each with its sources and casualty reports. */
    void incidents() throws SQLException {
        int[] perDay = perDay();
        int[] regionWeights = Arrays.stream(REGIONS).mapToInt(Region::weight).toArray();
        int[] kindWeights = Arrays.stream(KINDS).mapToInt(EventKind::weight).toArray();
        long ru = partyIds.get("Russian Armed Forces");
        long ua = partyIds.get("Armed Forces of Ukraine");
        long[] others = { partyIds.get("Wagner Group"), partyIds.get("Rosgvardia"),
                partyIds.get("Security Service of Ukraine (SBU)"), partyIds.get("Main Directorate of Intelligence (HUR)"),
                partyIds.get("Russian Volunteer Corps") };
        long started = System.nanoTime();
        int done = 0;
        try (Batch incident = new Batch("insert into incident (id, conflict_id, occurred_on, date_precision, place_id,"
                + " actor_party_id, actor_inferred, target, event_type, sub_event_type, civilians_targeted,"
                + " verification, claimed_by_party_id, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch cites = new Batch("insert into incident_source (incident_id, source_id) values (?, ?)");
             Batch reports = new Batch("insert into casualty_report (id, incident_id, reported_on,"
                     + " reported_on_precision, killed, wounded, qualifier, source_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            // Children reference their incident: flush the incidents' batch before theirs.
            cites.after(incident);
            reports.after(incident);
            for (int d = 0; d < DAYS; d++) {
                LocalDate date = day(d);
                for (int n = 0; n < perDay[d]; n++) {
                    long id = id();
                    int r = weightedIndex(regionWeights);
                    EventKind kind = KINDS[weightedIndex(kindWeights)];
                    boolean civilians = random.nextDouble() < kind.civilians();
                    boolean protest = kind.eventType().equals("PROTESTS") || kind.eventType().equals("RIOTS");
                    Long actor = protest ? null : actorOf(kind, ru, ua, others);
                    String verification = weighted(
                            new String[] { "REPORTED", "CONFIRMED", "CLAIMED", "DISPUTED", "DENIED", "RETRACTED" },
                            new int[] { 600, 250, 80, 40, 20, 10 });
                    Long claimedBy = verification.equals("CLAIMED") ? (actor != null ? actor : ua) : null;
                    long place = placesOfRegion[r][random.nextInt(placesOfRegion[r].length)];
                    String target = protest ? null : TARGETS[random.nextInt(TARGETS.length)];

                    incident.p.setLong(1, id);
                    incident.p.setLong(2, conflictId);
                    incident.p.setDate(3, Date.valueOf(date));
                    incident.p.setString(4, random.nextDouble() < 0.93 ? "DAY" : "ON_OR_BEFORE");
                    incident.p.setLong(5, place);
                    setLong(incident.p, 6, actor);
                    incident.p.setBoolean(7, actor != null && random.nextDouble() < 0.15);
                    incident.p.setString(8, target);
                    incident.p.setString(9, kind.eventType());
                    incident.p.setString(10, kind.subEventType());
                    incident.p.setBoolean(11, civilians);
                    incident.p.setString(12, verification);
                    setLong(incident.p, 13, claimedBy);
                    incident.p.setString(14, random.nextDouble() < 0.3
                            ? notes(kind, target, REGIONS[r].name()) : null);
                    incident.add();

                    for (long source : distinctSources(random.nextDouble() < 0.8 ? 1 : 2)) {
                        cites.p.setLong(1, id);
                        cites.p.setLong(2, source);
                        cites.add();
                    }
                    casualtyReports(reports, id, date, kind);
                    done++;
                }
                if (d % 365 == 364) {
                    log("incidents through %s: %,d (%,.0f/s)".formatted(date, done,
                            done / ((System.nanoTime() - started) / 1e9)));
                }
            }
        }
    }

    /** Incidents per day: a base rate with waves of escalation and day-to-day noise, summing to the total. */
    int[] perDay() {
        double[] weight = new double[DAYS];
        double sum = 0;
        for (int d = 0; d < DAYS; d++) {
            double wave = 1 + 0.35 * Math.sin(d / 58.0) + 0.25 * Math.sin(d / 173.0 + 1);
            double opening = d < 40 ? 1.6 : 1;
            weight[d] = wave * opening * (0.7 + 0.6 * random.nextDouble());
            sum += weight[d];
        }
        int[] counts = new int[DAYS];
        double carried = 0;
        int assigned = 0;
        for (int d = 0; d < DAYS; d++) {
            carried += incidents * weight[d] / sum;
            int upTo = d == DAYS - 1 ? incidents : (int) Math.round(carried);
            counts[d] = upTo - assigned;
            assigned = upTo;
        }
        return counts;
    }

    Long actorOf(EventKind kind, long ru, long ua, long[] others) {
        double x = random.nextDouble();
        if (x < 0.04) {
            return null;
        }
        if (x < 0.08) {
            return others[random.nextInt(others.length)];
        }
        double russian = kind.eventType().equals("BATTLES") ? 0.6
                : kind.eventType().equals("EXPLOSIONS_REMOTE_VIOLENCE") ? 0.8 : 0.5;
        return random.nextDouble() < russian ? ru : ua;
    }

    /** Most incidents have no report or one; some are revised once or twice, tolls growing as they are counted. */
    void casualtyReports(Batch reports, long incident, LocalDate occurred, EventKind kind) throws SQLException {
        double x = random.nextDouble();
        int count = x < 0.5 ? 0 : x < 0.9 ? 1 : x < 0.97 ? 2 : 3;
        boolean lethal = kind.eventType().equals("EXPLOSIONS_REMOTE_VIOLENCE") || kind.eventType().equals("BATTLES")
                || kind.eventType().equals("VIOLENCE_AGAINST_CIVILIANS");
        int killed = lethal ? skewed(1.5, 60) : 0;
        int wounded = lethal ? skewed(3, 150) : skewed(0.3, 10);
        LocalDate reported = occurred.plusDays(random.nextInt(3));
        for (int k = 0; k < count; k++) {
            boolean vague = random.nextDouble() < 0.05;
            reports.p.setLong(1, id());
            reports.p.setLong(2, incident);
            reports.p.setDate(3, Date.valueOf(reported));
            reports.p.setString(4, random.nextDouble() < 0.95 ? "DAY" : "ON_OR_BEFORE");
            reports.p.setInt(5, killed);
            if (vague) {
                reports.p.setNull(6, Types.INTEGER);
            } else {
                reports.p.setInt(6, wounded);
            }
            reports.p.setString(7, vague ? "dozens wounded" : null);
            reports.p.setLong(8, sources[random.nextInt(sources.length)]);
            reports.add();
            killed += random.nextInt(3);
            wounded += random.nextInt(5);
            reported = reported.plusDays(1 + random.nextInt(14));
        }
    }

    /** Small numbers mostly (exponential, this mean), and one time in a hundred a mass-casualty figure up to max. */
    int skewed(double mean, int max) {
        if (random.nextDouble() < 0.01) {
            return random.nextInt(max + 1);
        }
        return (int) Math.floor(-Math.log(1 - random.nextDouble()) * mean);
    }

    String notes(EventKind kind, String target, String region) {
        String what = kind.subEventType().toLowerCase().replace('_', ' ');
        return "Sources report " + what + (target == null ? "" : " affecting " + target) + " in " + region
                + " oblast; details remain unconfirmed.";
    }

    long[] distinctSources(int count) {
        long first = sources[random.nextInt(sources.length)];
        if (count == 1) {
            return new long[] { first };
        }
        long second;
        do {
            second = sources[random.nextInt(sources.length)];
        } while (second == first);
        return new long[] { first, second };
    }

    LocalDate day(int d) {
        return FIRST_DAY.plusDays(d);
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    String weighted(String[] values, int[] weights) {
        return values[weightedIndex(weights)];
    }

    int weightedIndex(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    static void log(String message) {
        System.out.println("  " + message);
    }

    /** A prepared insert that flushes every BATCH rows and commits every COMMIT_EVERY rows. */
    final class Batch implements AutoCloseable {
        final PreparedStatement p;
        final List<Batch> parents = new ArrayList<>();
        int pending;

        Batch(String sql) throws SQLException {
            p = db.prepareStatement(sql);
        }

        void after(Batch parent) {
            parents.add(parent);
        }

        void add() throws SQLException {
            p.addBatch();
            pending++;
            rows++;
            if (pending >= BATCH) {
                flush();
            }
            if (rows % COMMIT_EVERY == 0) {
                db.commit();
            }
        }

        void flush() throws SQLException {
            for (Batch parent : parents) {
                parent.flush();
            }
            if (pending > 0) {
                p.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            p.close();
        }
    }
}
