package dev.parley.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Every record draws its id from one shared sequence, so an id is unique across all types:
 * clients (Relay, Apollo) can normalise their caches on it and {@code node(id)} needs no type prefix.
 */
@MappedSuperclass
public abstract class ParleyEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_id")
    @SequenceGenerator(name = "parley_id", sequenceName = "parley_id_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Identifier, unique across every type in Parley and stable for the life of the record.")
    public Long id;

    @Id
    @NonNull
    public Long getId() {
        return id;
    }
}
