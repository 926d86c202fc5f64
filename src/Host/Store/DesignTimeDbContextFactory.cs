using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Connectors.Host.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ConnectorsDbContext>
{
    public ConnectorsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ConnectorsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
