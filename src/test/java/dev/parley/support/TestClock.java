package dev.parley.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.validation.ClockProvider;

/**
 * "Now" for Bean Validation's past/future checks in tests: 1 January 2060, so that the years tests keep to
 * (2050–2059 for editing) are in the past and 2060 onwards is the future, whatever the real date.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock implements ClockProvider {

    public static final Instant NOW = Instant.parse("2060-01-01T12:00:00Z");

    @Override
    public Clock getClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
