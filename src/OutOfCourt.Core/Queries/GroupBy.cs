namespace OutOfCourt.Core.Queries;

/// <summary>Ways to group counts. Offence is the common category; Code is the source's own offence (code or crime type).</summary>
public enum GroupBy { Force, Year, Offence, Code, Outcome, Serious }
