package dev.parley.common;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/**
 * Which entity holds an id: ids come from one sequence, so at most one does. The node types are read from
 * Hibernate's metamodel (every entity that is a {@link Node}), so a feature's new record type is found by
 * {@code node(id)} without this class naming it.
 */
@ApplicationScoped
class NodeTypes {

    @Inject
    EntityManager entityManager;

    private List<Class<? extends ParleyEntity>> types;

    /** One statement: a primary-key probe of every node type at once. */
    private String probe;

    @PostConstruct
    void readMetamodel() {
        types = entityManager.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(type -> type != null && Node.class.isAssignableFrom(type) && ParleyEntity.class.isAssignableFrom(type))
                .<Class<? extends ParleyEntity>> map(type -> type.asSubclass(ParleyEntity.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        if (types.isEmpty()) {
            throw new IllegalStateException("No entity implements Node: node(id) would find nothing");
        }
        StringJoiner union = new StringJoiner(" union all ");
        for (int i = 0; i < types.size(); i++) {
            union.add("select %d from %s e where e.id = :id".formatted(i, entityManager.getMetamodel().entity(types.get(i)).getName()));
        }
        probe = union.toString();
    }

    Optional<Class<? extends ParleyEntity>> typeOf(long id) {
        List<Integer> hits = entityManager.createQuery(probe, Integer.class).setParameter("id", id).getResultList();
        return hits.stream().findFirst().map(types::get);
    }

    List<Class<? extends ParleyEntity>> types() {
        return types;
    }
}
