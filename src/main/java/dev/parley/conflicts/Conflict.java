package dev.parley.conflicts;

import java.time.LocalDate;

import dev.parley.common.DatePrecision;
import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("An armed conflict that talks try to end and incidents belong to (e.g. the Russia–Ukraine war).")
public class Conflict extends ParleyEntity implements Node {

    @NotBlank
    @NonNull
    @Description("Common name of the conflict.")
    public String name;

    @Description("What the conflict is, in a sentence or two.")
    public String description;

    @Column(name = "started_on")
    @Description("When the conflict (or its current phase) began; see startPrecision.")
    public LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_precision")
    @Description("How exactly startedOn is known.")
    public DatePrecision startPrecision;
}
