package dev.parley.proposals;

import dev.parley.common.InvalidInputException;
import dev.parley.common.Inputs;
import dev.parley.common.References;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.talks.Talks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The rules for proposals: provisions numbered in order, stances only on a proposal's own provisions. */
@ApplicationScoped
public class ProposalService {

    @Inject
    Inputs inputs;

    @Transactional
    public Proposal add(AddProposal input) {
        inputs.validate(input);
        Proposal proposal = new Proposal();
        proposal.title = input.title();
        proposal.summary = input.summary();
        proposal.presentedOn = input.presentedOn();
        proposal.proposedBy = References.optional(Party.class, "proposedByPartyId", input.proposedByPartyId());
        proposal.talks = References.all(Talks.class, "talksIds", input.talksIds());
        proposal.persist();
        return proposal;
    }

    @Transactional
    public Provision addProvision(AddProvision input) {
        inputs.validate(input);
        Provision provision = new Provision();
        provision.proposal = References.require(Proposal.class, "proposalId", input.proposalId());
        provision.kind = input.kind();
        provision.text = input.text();
        provision.contested = Boolean.TRUE.equals(input.contested());
        provision.notes = input.notes();
        provision.ordinal = Provision.nextOrdinal(provision.proposal);
        provision.persist();
        return provision;
    }

    @Transactional
    public Stance recordStance(RecordStance input) {
        inputs.validate(input);
        Stance stance = new Stance();
        stance.proposal = References.require(Proposal.class, "proposalId", input.proposalId());
        stance.provision = References.optional(Provision.class, "provisionId", input.provisionId());
        if (stance.provision != null && !stance.provision.proposal.id.equals(stance.proposal.id)) {
            throw new InvalidInputException("provisionId", "provision %s belongs to another proposal, not %s"
                    .formatted(stance.provision.id, stance.proposal.id));
        }
        stance.party = References.require(Party.class, "partyId", input.partyId());
        stance.voicedBy = References.optional(Person.class, "voicedByPersonId", input.voicedByPersonId());
        stance.position = input.position();
        stance.summary = input.summary();
        stance.statedOn = input.statedOn();
        stance.persist();
        return stance;
    }
}
