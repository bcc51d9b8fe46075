package dev.parley.sources;

import java.time.LocalDate;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("Where a fact comes from: a news report, an official statement, a dataset. Every talks, statement and incident cites at least one.")
public class Source extends ParleyEntity implements Node {

    @NotBlank
    @NonNull
    @Description("Title of the report or document.")
    public String title;

    @Description("Who published it; null when the source does not say.")
    public String publisher;

    @Column(name = "published_on")
    @Description("Publication date, when known.")
    public LocalDate publishedOn;

    @Description("Where to read it; null when unknown.")
    public String url;

    @Description("The credit line the source's licence asks for, to be shown wherever its data is (e.g. CC BY 4.0 for UCDP).")
    public String attribution;

    @Description("Remarks on the source's reliability or gaps.")
    public String notes;
}
