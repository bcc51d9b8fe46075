package dev.parley.common;

import org.eclipse.microprofile.graphql.Description;

@Description("How exactly a date is known. Sources are often vague; the date shown is the best bound they give.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only known to be on or before the date shown (e.g. the day it was announced).")
    ON_OR_BEFORE,
    @Description("Known to the week that starts on the date shown.")
    WEEK,
    @Description("Known to the month; the date shown is its first day.")
    MONTH,
    @Description("Known to the year; the date shown is 1 January.")
    YEAR,
    @Description("Known to lie between the date shown and occurredUntil, both included (e.g. UCDP date_start and date_end).")
    BETWEEN,
    @Description("Near the date shown, which a dataset put in the middle of a week or month it could not narrow (ACLED time_precision 2, 3).")
    AROUND,
    @Description("No date is known, e.g. for a position held over time; the date is null.")
    UNDATED
}
