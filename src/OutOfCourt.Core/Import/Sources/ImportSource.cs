using System.IO.Compression;
using System.Security.Cryptography;

namespace OutOfCourt.Core.Import;

/// <summary>One CSV to import: a file on disk or an entry of a .zip archive, or the data sheet of a workbook (.xlsx, .ods).</summary>
public sealed class ImportSource
{
    public required string DisplayName { get; init; }
    public required long Length { get; init; }
    /// <summary>The rows as CSV (a workbook's data sheet is converted as it is read).</summary>
    public required Func<Stream> Open { get; init; }
    /// <summary>The file's own bytes, for its content hash; null when they are the CSV itself.</summary>
    internal Func<Stream>? OpenRaw { get; init; }
    /// <summary>A spreadsheet read by its data sheet, told by its extension, not by a CSV header.</summary>
    public bool IsWorkbook { get; init; }

    /// <summary>Expands files, folders (recursively, in name order) and .zip archives into the CSVs they hold.</summary>
    public static IEnumerable<ImportSource> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (IsCsv(file) || IsZip(file) || Workbooks.IsWorkbook(file))
                    foreach (var s in Expand(file)) yield return s;
            yield break;
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file or folder.", path);
        if (IsZip(path))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => IsCsv(e.FullName) || Workbooks.IsWorkbook(e.FullName))
                         .OrderBy(e => e.FullName, StringComparer.Ordinal).ToList())
            {
                var name = entry.FullName;
                if (Workbooks.IsWorkbook(name))
                {
                    yield return new ImportSource
                    {
                        DisplayName = $"{path}!{name}", Length = entry.Length, IsWorkbook = true,
                        Open = () => Workbooks.OpenDataSheet(Workbooks.Spooled(OpenZipEntry(path, name)), name),
                        OpenRaw = () => OpenZipEntry(path, name),
                    };
                    continue;
                }
                yield return new ImportSource
                {
                    DisplayName = $"{path}!{name}",
                    Length = entry.Length,
                    Open = () => OpenZipEntry(path, name),
                };
            }
            yield break;
        }
        var length = new FileInfo(path).Length;
        if (Workbooks.IsWorkbook(path))
        {
            yield return new ImportSource
            {
                DisplayName = path, Length = length, IsWorkbook = true,
                Open = () => Workbooks.OpenDataSheet(File.OpenRead(path), Path.GetFileName(path)), OpenRaw = () => File.OpenRead(path),
            };
            yield break;
        }
        yield return new ImportSource { DisplayName = path, Length = length, Open = () => File.OpenRead(path) };
    }

    private static bool IsCsv(string name) => name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    private static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static OwningStream OpenZipEntry(string zipPath, string entryName)
    {
        var zip = ZipFile.OpenRead(zipPath);
        var stream = zip.GetEntry(entryName)!.Open();
        return new OwningStream(stream, zip);
    }

    /// <summary>SHA-256 of the content, read once as a stream (flat memory).</summary>
    public string Hash(string settings)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = (OpenRaw ?? Open)())
        {
            var buffer = new byte[1 << 16];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, n);
        }
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes("\n" + settings));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>A zip entry stream that closes its archive when it is closed.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) { inner.Dispose(); owner.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
