package dev.parley.common.engine;

import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SmallRye turns Quarkus's default {@code quarkus.smallrye-graphql.field-visibility}, {@code default}, into a
 * {@code BlockedFields} filter with the regular expression {@code default}: it blocks no field, but the engine
 * matches it against every field it resolves (2% of the executed 20-talks query's CPU). With that value graphql-java's
 * own default visibility does the same for nothing; any other value keeps what SmallRye made of it.
 */
final class FieldVisibilities {

    private FieldVisibilities() {
    }

    static GraphqlFieldVisibility configured(GraphqlFieldVisibility smallRyes) {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default");
        return "default".equals(configured) ? DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY : smallRyes;
    }
}
