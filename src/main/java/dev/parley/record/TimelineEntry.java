package dev.parley.record;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** What the timeline interleaves: talks (at their start), incidents and dated statements. */
@Union
@Description("One entry of the timeline: Talks (placed at their start date), an Incident or a dated Statement.")
public interface TimelineEntry {
}
