package dev.parley.incidents;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("Where an incident happened, as precisely as the sources allow.")
public class Place extends ParleyEntity implements Node {

    @Description("Name of the locality or site, e.g. 'Chornomorsk'; null when the sources do not name it.")
    public String name;

    @Description("First-level administrative region (oblast), e.g. 'Odesa', 'Donetsk', 'Crimea'.")
    public String admin1;

    @NotBlank
    @NonNull
    @Description("Country the place belongs to under international law, e.g. 'Ukraine'.")
    public String country;

    @Description("True when the place is under occupation; null when the sources do not say.")
    public Boolean occupied;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_precision")
    @Description("How exactly the coordinates place it; null when not said (places reported in Parley).")
    public PlacePrecision precision;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Description("WGS 84 latitude, when known.")
    public Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Description("WGS 84 longitude, when known.")
    public Double longitude;
}
