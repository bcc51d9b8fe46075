package dev.parley.common;

import org.eclipse.microprofile.config.ConfigProvider;

/** The few SQL spellings that differ between the embedded H2 and PostgreSQL. */
public enum SqlDialect {
    H2 {
        @Override
        public String isoWeekStart(String date) {
            // H2's 'week' follows the JVM locale (Sunday in the US); ISO_WEEK always starts on Monday
            return "cast(date_trunc('iso_week', %s) as date)".formatted(date);
        }
    },
    POSTGRESQL {
        @Override
        public String isoWeekStart(String date) {
            return "cast(date_trunc('week', %s) as date)".formatted(date);
        }
    };

    /** The Monday that starts the ISO week of a date. */
    public abstract String isoWeekStart(String date);

    public static SqlDialect current() {
        String kind = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2");
        return kind.toLowerCase().startsWith("postgres") ? POSTGRESQL : H2;
    }
}
