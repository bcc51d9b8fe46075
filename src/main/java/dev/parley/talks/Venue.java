package dev.parley.talks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.graphql.Description;

@Embeddable
@Description("Where talks are held.")
public class Venue {

    @Column(name = "venue_city")
    @Description("City, e.g. 'Miami'.")
    public String city;

    @Column(name = "venue_region")
    @Description("State or region, e.g. 'Florida'.")
    public String region;

    @Column(name = "venue_country")
    @Description("Country, e.g. 'United States'.")
    public String country;
}
