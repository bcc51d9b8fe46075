package dev.parley.incidents;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Violence during the talks' window against the window of equal length just before it.")
public record ViolenceComparison(
        @NonNull @Description("The talks' window.") Tally during,
        @NonNull @Description("The window of equal length ending the day before the talks' window.") Tally before,
        @Description("during.incidents / before.incidents; null when there were none before.") Double incidentRatio,
        @Description("during.killed / before.killed; null when none were killed before.") Double killedRatio) {

    @Description("Incidents and casualties in a date window.")
    public record Tally(
            @NonNull @Description("First day of the window.") LocalDate from,
            @NonNull @Description("Last day of the window.") LocalDate to,
            @NonNull @Description("Number of incidents.") int incidents,
            @NonNull @Description("People killed, by the incidents' current figures.") int killed,
            @NonNull @Description("People wounded, by the incidents' current figures.") int wounded) {
    }

    static ViolenceComparison of(Tally during, Tally before) {
        return new ViolenceComparison(during, before, ratio(during.incidents(), before.incidents()),
                ratio(during.killed(), before.killed()));
    }

    private static Double ratio(long during, long before) {
        return before == 0 ? null : (double) during / before;
    }
}
