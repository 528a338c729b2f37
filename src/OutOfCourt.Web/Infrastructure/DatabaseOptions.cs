using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;

namespace OutOfCourt.Web.Infrastructure;

internal static class DatabaseOptions
{
    /// <summary>The web app only reads; pages never track entities.</summary>
    public static DbContextOptionsBuilder UseSqliteReadOnlyFriendly(this DbContextOptionsBuilder options, string path) =>
        options.UseSqlite(OutOfCourtDatabase.ConnectionString(path)).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
