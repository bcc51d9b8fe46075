package dev.parley.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed write, as Envers records it: when, and which editor made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(EditorRevisionListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo")
    @SequenceGenerator(name = "revinfo", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    public long id;

    /** Epoch milliseconds. */
    @RevisionTimestamp
    @Column(name = "changed_at")
    public long changedAt;

    @Column(name = "changed_by")
    public String changedBy;
}
