package dev.parley.exports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.common.InvalidArgumentException;
import dev.parley.incidents.EventType;
import dev.parley.incidents.IncidentFilter;
import dev.parley.incidents.IncidentQuery;
import dev.parley.incidents.SubEventType;
import dev.parley.incidents.Verification;
import io.vertx.core.MultiMap;

/**
 * The query parameters of an export, read into the same {@link IncidentFilter} that {@code incidents(filter:)}
 * takes, checked by the same {@link IncidentQuery}: one parameter per filter field, of the same name. A list is given by repeating the parameter or by
 * separating values with commas (regions only by repeating: a region's name may hold a comma).
 */
record ExportRequest(IncidentQuery query) {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "regions", "eventTypes", "subEventTypes",
            "actorIds", "verification", "civiliansTargeted", "minKilled", "text", "updatedSince", "includeRetracted");

    private static final Pattern FILTER_FIELD = Pattern.compile("filter\\.(\\w+)");

    static ExportRequest of(MultiMap parameters) {
        for (String name : parameters.names()) {
            if (!PARAMETERS.contains(name)) {
                throw new ExportParameterException(name, "Unknown parameter '%s'; the parameters are %s"
                        .formatted(name, PARAMETERS.stream().sorted().toList()));
            }
        }
        IncidentFilter filter = new IncidentFilter(
                single(parameters, "from", ExportRequest::date),
                single(parameters, "to", ExportRequest::date),
                list(parameters, "regions", false, text -> text),
                list(parameters, "eventTypes", true, text -> EventType.valueOf(text)),
                list(parameters, "subEventTypes", true, text -> SubEventType.valueOf(text)),
                list(parameters, "actorIds", true, text -> text),
                list(parameters, "verification", true, text -> Verification.valueOf(text)),
                single(parameters, "civiliansTargeted", ExportRequest::bool),
                single(parameters, "minKilled", Integer::valueOf),
                single(parameters, "text", text -> text),
                single(parameters, "updatedSince", OffsetDateTime::parse));
        Boolean includeRetracted = single(parameters, "includeRetracted", ExportRequest::bool);
        IncidentQuery query;
        try {
            query = IncidentQuery.of(filter);
        } catch (InvalidArgumentException e) {
            // The filter names the field it refuses as filter.<field>, which is the parameter's name here.
            Matcher field = FILTER_FIELD.matcher(e.getMessage());
            throw new ExportParameterException(field.find() ? field.group(1) : "filter",
                    e.getMessage().replace("filter.", ""));
        }
        return new ExportRequest(query.includingRetracted(Boolean.TRUE.equals(includeRetracted)));
    }

    private static <T> T single(MultiMap parameters, String name, Function<String, T> parse) {
        List<String> values = parameters.getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ExportParameterException(name, "'%s' may be given once".formatted(name));
        }
        return parse(name, values.get(0), parse);
    }

    private static <T> List<T> list(MultiMap parameters, String name, boolean commaSeparated, Function<String, T> parse) {
        List<String> values = parameters.getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (String value : values) {
            for (String item : commaSeparated ? Arrays.asList(value.split(",", -1)) : List.of(value)) {
                parsed.add(parse(name, item.trim(), parse));
            }
        }
        return parsed;
    }

    private static <T> T parse(String name, String value, Function<String, T> parse) {
        if (value.isEmpty()) {
            throw new ExportParameterException(name, "'%s' is empty; leave it out instead".formatted(name));
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ExportParameterException(name, "'%s' cannot be '%s'".formatted(name, value));
        }
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
