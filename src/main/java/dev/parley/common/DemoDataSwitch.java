package dev.parley.common;

import java.util.Collection;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Quarkus fixes Flyway's locations at build time, so the demo data (location db/demo) is always
 * packaged; with {@code parley.demo-data=false} its scripts are hidden from Flyway at startup.
 * Decide before the first start of a database: demo versions skipped once stay skipped.
 */
@Singleton
public class DemoDataSwitch implements FlywayConfigurationCustomizer {

    private static final String DEMO_LOCATION = "db/demo/";

    @ConfigProperty(name = "parley.demo-data", defaultValue = "true")
    boolean demoData;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!demoData) {
            configuration.resourceProvider(withoutDemo(configuration.getResourceProvider()));
        }
    }

    private static ResourceProvider withoutDemo(ResourceProvider all) {
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return name.startsWith(DEMO_LOCATION) ? null : all.getResource(name);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return all.getResources(prefix, suffixes).stream()
                        .filter(resource -> !resource.getAbsolutePath().contains(DEMO_LOCATION))
                        .toList();
            }
        };
    }
}
