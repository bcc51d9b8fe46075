package dev.parley.statements;

import dev.parley.common.DatePrecision;
import dev.parley.common.InvalidInputException;
import dev.parley.common.Inputs;
import dev.parley.common.References;
import dev.parley.common.Retract;
import dev.parley.parties.Party;
import dev.parley.record.EditableRecord;
import dev.parley.parties.Person;
import dev.parley.sources.Source;
import dev.parley.talks.Talks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The rules for recording statements: a date unless UNDATED, references that exist. */
@ApplicationScoped
public class StatementService {

    @Inject
    Inputs inputs;

    @Transactional
    public Statement record(RecordStatement input) {
        inputs.validate(input);
        if ((input.saidOn() == null) != (input.datePrecision() == DatePrecision.UNDATED)) {
            throw new InvalidInputException("saidOn", "must be given, unless datePrecision is UNDATED (then left out)");
        }
        Statement statement = new Statement();
        statement.party = References.require(Party.class, "partyId", input.partyId());
        statement.person = References.optional(Person.class, "personId", input.personId());
        statement.saidOn = input.saidOn();
        statement.datePrecision = input.datePrecision();
        statement.channel = input.channel();
        statement.platform = input.platform();
        statement.quote = input.quote();
        statement.summary = input.summary();
        statement.talks = References.optional(Talks.class, "talksId", input.talksId());
        statement.sources = References.all(Source.class, "sourceIds", input.sourceIds());
        statement.persist();
        return statement;
    }

    @Transactional
    public Statement retract(Retract input) {
        inputs.validate(input);
        Statement statement = EditableRecord.editable(Statement.class, "id", input.id(), input.version());
        statement.retract(input.reason());
        return statement;
    }
}
