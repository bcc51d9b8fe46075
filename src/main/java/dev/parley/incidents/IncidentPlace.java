package dev.parley.incidents;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where an incident happened, as precisely as the sources allow.")
public record IncidentPlace(
        @Size(max = 200) @Description("Locality or site, e.g. 'Chornomorsk'; leave out when not named.") String name,
        @Size(max = 120) @Description("First-level administrative region (oblast), e.g. 'Odesa'.") String admin1,
        @NonNull @NotBlank @Size(max = 120) @Description("Country under international law, e.g. 'Ukraine'.") String country,
        @Description("True when the place is under occupation; leave out when the sources do not say.") Boolean occupied,
        @DecimalMin("-90") @DecimalMax("90") @Description("WGS 84 latitude, when known.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("WGS 84 longitude, when known.") Double longitude) {

    Place toPlace() {
        Place place = new Place();
        place.name = name;
        place.admin1 = admin1;
        place.country = country;
        place.occupied = occupied;
        place.latitude = latitude;
        place.longitude = longitude;
        return place;
    }
}
