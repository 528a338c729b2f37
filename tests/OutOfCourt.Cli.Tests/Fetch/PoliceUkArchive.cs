using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OutOfCourt.Cli.Tests.Fetch;

/// <summary>
/// A small archive in data.police.uk's layout: a folder per month holding each force's street, outcomes and
/// stop-and-search files (YYYY-MM/YYYY-MM-force-kind.csv), with the real headers.
/// </summary>
public sealed class PoliceUkArchive
{
    private const string Place = "-0.09,51.51,On or near Cheapside,E01000001,City of London 001A";
    private const string StreetHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name," +
                                        "Crime type,Last outcome category,Context";
    private const string OutcomesHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";
    private const string StopSearchHeader = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range," +
        "Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of clothing";

    private readonly List<(string Name, string Content)> _entries = [];

    /// <summary>
    /// A month of City of London Police: <paramref name="resolutions"/> burglaries closed by local resolution, their
    /// outcome events, and a stop and search.
    /// </summary>
    public PoliceUkArchive Month(string month, int resolutions)
    {
        var street = new StringBuilder(StreetHeader + "\n");
        var outcomes = new StringBuilder(OutcomesHeader + "\n");
        for (var i = 0; i < resolutions; i++)
        {
            var id = $"{month.Replace("-", "")}{i:x4}".PadRight(64, 'a');
            street.Append(CultureInfo.InvariantCulture, $"{id},{month},City of London Police,City of London Police,{Place},Burglary,Local resolution,\n");
            outcomes.Append(CultureInfo.InvariantCulture, $"{id},{month},City of London Police,City of London Police,{Place},Local resolution\n");
        }
        _entries.Add(($"{month}/{month}-city-of-london-street.csv", street.ToString()));
        _entries.Add(($"{month}/{month}-city-of-london-outcomes.csv", outcomes.ToString()));
        _entries.Add(($"{month}/{month}-city-of-london-stop-and-search.csv", $"{StopSearchHeader}\nPerson search,{month}-03T10:00:00+00:00,False,," +
            "51.51,-0.09,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,\n"));
        return this;
    }

    public byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in _entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false)))
                    writer.Write(content);
        return buffer.ToArray();
    }
}
