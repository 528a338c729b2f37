using System.Globalization;
using System.Text.Json;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>Rates as CSV (the CLI) and JSON (the API), with the same columns: each row names its denominators.</summary>
public static class RateWriters
{
    public static readonly string[] Columns =
        ["force", "force_name", "year", "year_label", "count", "all_outcomes", "recorded_crime", "per_1000_recorded_crimes", "share_of_all_outcomes",
            "full_year"];

    public static void WriteCsv(RateResult result, TextWriter output)
    {
        using var csv = CsvHelper.CsvWriter.Create(output, Csv.WriterOptions, leaveOpen: true);
        csv.WriteRecord(Columns);
        foreach (var r in result.Rows)
            csv.WriteRecord([ResultWriters.Neutralise(r.Force.Slug), ResultWriters.Neutralise(r.Force.Name), Num(r.Year),
                result.Dataset.PeriodKind.YearLabel(r.Year), Num(r.Count), Num(r.AllOutcomes), Num(r.RecordedCrime),
                Rate(r.PerThousandRecordedCrimes, "0.00"), Rate(r.ShareOfAllOutcomes, "0.0000"), r.FullYear ? "yes" : "no"]);
        csv.Flush();
    }

    public static void WriteJson(RateResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("dataset", result.Dataset.Key);
        json.WriteString("datasetName", result.Dataset.Name);
        json.WriteBoolean("datasetIsDefault", result.DatasetIsDefault);
        json.WriteString("outcome", result.Outcome.Slug);
        json.WriteString("outcomeName", result.Outcome.Name);
        json.WriteString("recordedCrimeSource", result.RecordedCrimeSource);
        json.WriteStartArray("notes");
        foreach (var n in result.Notes) json.WriteStringValue(n);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var r in result.Rows)
        {
            json.WriteStartObject();
            json.WriteString("force", r.Force.Slug);
            json.WriteString("forceName", r.Force.Name);
            json.WriteNumber("year", r.Year);
            json.WriteString("yearLabel", result.Dataset.PeriodKind.YearLabel(r.Year));
            json.WriteNumber("count", r.Count);
            json.WriteNumber("allOutcomes", r.AllOutcomes);
            NumberOrNull(json, "recordedCrime", r.RecordedCrime);
            NumberOrNull(json, "per1000RecordedCrimes", r.PerThousandRecordedCrimes is { } p ? Math.Round(p, 2) : null);
            NumberOrNull(json, "shareOfAllOutcomes", r.ShareOfAllOutcomes is { } s ? Math.Round(s, 4) : null);
            json.WriteBoolean("fullYear", r.FullYear);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static string Num(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
    private static string Rate(double? x, string format) => x?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
