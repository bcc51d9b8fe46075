package dev.parley.talks;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dev.parley.common.ConflictException;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalksMutationGraphQLApiTest {

    private static final String SCHEDULE = """
            mutation($input: ScheduleTalksInput!) {
              scheduleTalks(input: $input) {
                id title startDate endDate status format version notes
                venue { city country } mediatingParty { name } sources { title } retraction { reason }
              }
            }
            """;
    private static final String UPDATE = """
            mutation($input: UpdateTalksInput!) {
              updateTalks(input: $input) { id status startDate endDate version }
            }
            """;
    private static final String RETRACT = """
            mutation($input: RetractInput!) {
              retractTalks(input: $input) { id version retraction { reason retractedAt } }
            }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Inject
    TalksService service;

    @Inject
    UserTransaction transaction;

    @Test
    void schedulesTalksWithVenueMediatorAndSources() {
        Party mediator = data.party("Mediator 2050");
        Source source = data.source("Announcement 2050");
        Map<String, Object> input = schedule("Lisbon round 2050", "2050-02-01", "2050-02-03");
        input.put("venue", Map.of("city", "Lisbon", "country", "Portugal"));
        input.put("mediatingPartyId", mediator.id);
        input.put("sourceIds", java.util.List.of(source.id));
        input.put("notes", "First round in Lisbon.");
        String id = edit(SCHEDULE, input)
                .body("errors", nullValue())
                .body("data.scheduleTalks.title", equalTo("Lisbon round 2050"))
                .body("data.scheduleTalks.startDate", equalTo("2050-02-01"))
                .body("data.scheduleTalks.endDate", equalTo("2050-02-03"))
                .body("data.scheduleTalks.status", equalTo("SCHEDULED"))
                .body("data.scheduleTalks.format", equalTo("DIRECT"))
                .body("data.scheduleTalks.version", equalTo(0))
                .body("data.scheduleTalks.venue.city", equalTo("Lisbon"))
                .body("data.scheduleTalks.mediatingParty.name", equalTo(mediator.name))
                .body("data.scheduleTalks.sources.title", contains("Announcement 2050"))
                .body("data.scheduleTalks.retraction", nullValue())
                .extract().path("data.scheduleTalks.id");
        GraphQL.post("query($id: ID!) { talk(id: $id) { title notes history { changedBy kind } } }", Map.of("id", id))
                .body("data.talk.title", equalTo("Lisbon round 2050"))
                .body("data.talk.notes", equalTo("First round in Lisbon."))
                .body("data.talk.history.changedBy", contains(Users.EDITOR))
                .body("data.talk.history.kind", contains("CREATED"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingIsWritten() {
        var before = database.take();
        expectError(edit(SCHEDULE, schedule("Backwards round 2050", "2050-03-05", "2050-03-04")),
                "INVALID_INPUT", "endDate", "endDate: 2050-03-04 must not be before startDate (2050-03-05)");
        assertEquals(before, database.take());
    }

    @Test
    void aBlankTitleIsRefused() {
        var before = database.take();
        expectError(edit(SCHEDULE, schedule(" ", "2050-03-05", null)), "INVALID_INPUT", "title",
                "title: must not be blank");
        assertEquals(before, database.take());
    }

    @Test
    void anUnknownMediatorIsNotFoundAndNothingIsWritten() {
        var before = database.take();
        Map<String, Object> input = schedule("Orphan round 2050", "2050-03-05", null);
        input.put("mediatingPartyId", "987654321");
        expectError(edit(SCHEDULE, input), "NOT_FOUND", "mediatingPartyId",
                "mediatingPartyId: no Party has id 987654321");
        input.put("mediatingPartyId", "abc");
        expectError(edit(SCHEDULE, input), "INVALID_INPUT", "mediatingPartyId",
                "mediatingPartyId: 'abc' is not a Parley id");
        assertEquals(before, database.take());
    }

    @Test
    void updatesStatusAndDatesAndRecordsWhatChanged() {
        Talks talks = data.talks("Vienna round 2051", LocalDate.of(2051, 4, 1), null);
        edit(UPDATE, Map.of("id", talks.id, "version", 0, "status", "IN_PROGRESS", "endDate", "2051-04-03"))
                .body("errors", nullValue())
                .body("data.updateTalks.status", equalTo("IN_PROGRESS"))
                .body("data.updateTalks.startDate", equalTo("2051-04-01"))
                .body("data.updateTalks.endDate", equalTo("2051-04-03"))
                .body("data.updateTalks.version", equalTo(1));
        edit(UPDATE, Map.of("id", talks.id, "version", 1, "status", "CONCLUDED"))
                .body("data.updateTalks.version", equalTo(2));
        GraphQL.post("query($id: ID!) { talk(id: $id) { history { kind changedBy changedFields } } }",
                Map.of("id", talks.id.toString()))
                .body("errors", nullValue())
                .body("data.talk.history.kind", contains("CREATED", "UPDATED", "UPDATED"))
                // TestData writes with no one logged in.
                .body("data.talk.history.changedBy", contains("system", Users.EDITOR, Users.EDITOR))
                .body("data.talk.history[1].changedFields", contains("endDate", "status"))
                .body("data.talk.history[2].changedFields", contains("status"));
    }

    @Test
    void anUpdateAgainstAStaleVersionIsAConflictAndNothingIsWritten() {
        Talks talks = data.talks("Oslo round 2051", LocalDate.of(2051, 5, 1), null);
        edit(UPDATE, Map.of("id", talks.id, "version", 0, "status", "IN_PROGRESS")).body("errors", nullValue());
        var before = database.take();
        expectError(edit(UPDATE, Map.of("id", talks.id, "version", 0, "status", "CANCELLED")), "CONFLICT", "version",
                "version: Talks %d is at version 1, not 0; it was changed meanwhile, reload it and retry".formatted(talks.id));
        assertEquals(before, database.take());
    }

    @Test
    void aChangeSavedBetweenOurReadAndOurWriteIsAConflict() throws Exception {
        Talks talks = data.talks("Racing round 2051", LocalDate.of(2051, 9, 1), null);
        transaction.begin();
        try {
            Talks.findById(talks.id); // our read: version 0
            data.changeNotes(talks, "Another editor was quicker"); // committed meanwhile: version 1
            ConflictException conflict = assertThrows(ConflictException.class, () -> service.update(
                    new UpdateTalks(talks.id.toString(), 0, TalksStatus.CANCELLED, null, null, null)));
            assertEquals("version: Talks %d was changed by someone else while this change was saved; reload it and retry"
                    .formatted(talks.id), conflict.getMessage());
        } finally {
            transaction.rollback();
        }
        GraphQL.post("query($id: ID!) { talk(id: $id) { status notes version } }", Map.of("id", talks.id.toString()))
                .body("data.talk.status", equalTo("SCHEDULED"))
                .body("data.talk.notes", equalTo("Another editor was quicker"))
                .body("data.talk.version", equalTo(1));
    }

    @Test
    void movingTheStartPastTheEndIsRefused() {
        Talks talks = data.talks("Short round 2051", LocalDate.of(2051, 8, 1), LocalDate.of(2051, 8, 3));
        expectError(edit(UPDATE, Map.of("id", talks.id, "version", 0, "startDate", "2051-08-05")), "INVALID_INPUT",
                "startDate", "startDate: 2051-08-05 must not be after endDate (2051-08-03)");
    }

    @Test
    void anUpdateOfUnknownTalksIsNotFound() {
        expectError(edit(UPDATE, Map.of("id", "987654321", "version", 0, "status", "CANCELLED")), "NOT_FOUND", "id",
                "id: no Talks has id 987654321");
    }

    @Test
    void retractedTalksStayReadableByIdButLeaveTheList() {
        Talks talks = data.talks("Mistaken round 2052", LocalDate.of(2052, 6, 1), null);
        edit(RETRACT, Map.of("id", talks.id, "version", 0, "reason", "Never took place"))
                .body("errors", nullValue())
                .body("data.retractTalks.version", equalTo(1))
                .body("data.retractTalks.retraction.reason", equalTo("Never took place"))
                .body("data.retractTalks.retraction.retractedAt", notNullValue());
        GraphQL.post("query($id: ID!) { talk(id: $id) { title retraction { reason } history { changedFields } } }",
                Map.of("id", talks.id.toString()))
                .body("data.talk.title", equalTo("Mistaken round 2052"))
                .body("data.talk.retraction.reason", equalTo("Never took place"))
                .body("data.talk.history[1].changedFields", contains("retraction"));
        String list = "query($all: Boolean) { talks(filter: {from: \"2052-01-01\", to: \"2052-12-31\"}, includeRetracted: $all) { nodes { id } } }";
        GraphQL.post(list, Map.of()).body("data.talks.nodes.id", not(hasItem(talks.id.toString())));
        GraphQL.post(list, Map.of("all", true)).body("data.talks.nodes.id", hasItem(talks.id.toString()));

        var before = database.take();
        expectError(edit(UPDATE, Map.of("id", talks.id, "version", 1, "status", "CANCELLED")), "INVALID_INPUT", "id",
                "id: Talks %d is retracted and can no longer be changed".formatted(talks.id));
        expectError(edit(RETRACT, Map.of("id", talks.id, "version", 1, "reason", "again")), "INVALID_INPUT", "id",
                "id: Talks %d is retracted and can no longer be changed".formatted(talks.id));
        assertEquals(before, database.take());
    }

    @Test
    void aRetractionNeedsAReason() {
        Talks talks = data.talks("Unexplained round 2052", LocalDate.of(2052, 7, 1), null);
        expectError(edit(RETRACT, Map.of("id", talks.id, "version", 0, "reason", "")), "INVALID_INPUT", "reason",
                "reason: must not be blank");
    }

    private static Map<String, Object> schedule(String title, String start, String end) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("startDate", start);
        input.put("endDate", end);
        input.put("status", "SCHEDULED");
        input.put("format", "DIRECT");
        return input;
    }
}
