using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutOfCourt.Core.Data;

/// <summary>Lets `dotnet ef` build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OutOfCourtDbContext>
{
    public OutOfCourtDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OutOfCourtDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
