namespace OutOfCourt.Core.Data.Tables;

/// <summary>A key/value row for facts about the database itself, e.g. which bundled-data version it holds.</summary>
public sealed class Setting
{
    public required string Key { get; set; }
    public string Value { get; set; } = "";
}
