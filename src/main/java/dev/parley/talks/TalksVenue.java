package dev.parley.talks;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;

@Description("Where talks are held.")
public record TalksVenue(
        @Size(max = 120) @Description("City, e.g. 'Geneva'.") String city,
        @Size(max = 120) @Description("State or region.") String region,
        @Size(max = 120) @Description("Country, e.g. 'Switzerland'.") String country) {

    Venue toVenue() {
        Venue venue = new Venue();
        venue.city = city;
        venue.region = region;
        venue.country = country;
        return venue;
    }
}
