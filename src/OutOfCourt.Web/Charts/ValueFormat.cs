namespace OutOfCourt.Web.Charts;

/// <summary>How a chart's values read: counts, or percentages (shares).</summary>
public enum ValueFormat { Count, Percent }
