using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <summary>
    /// Indexes <c>customer_identities</c> by a 64-bit key of channel and external id instead of by the texts (see
    /// <see cref="IdentityKey"/>): the rows move to a table with a row id, keyed by the SQL function EF Core's
    /// connections register. Of stored identities that share a key, the first keeps it and the others get none.
    /// SQLite cannot change a primary key in place, so this is a rebuild in raw SQL.
    /// </summary>
    public partial class IdentityKeyHash : Migration
    {
        private const string Columns = "channel, external_id, customer_id, source_instance, first_seen_at";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_customer_identities" (
                    "id" INTEGER NOT NULL CONSTRAINT "PK_customer_identities" PRIMARY KEY,
                    "key_hash" INTEGER NULL,
                    "channel" TEXT NOT NULL,
                    "external_id" TEXT NOT NULL,
                    "customer_id" INTEGER NOT NULL,
                    "source_instance" TEXT NOT NULL,
                    "first_seen_at" INTEGER NOT NULL
                );
                """);
            migrationBuilder.Sql(
                $"INSERT INTO \"ef_temp_customer_identities\" (key_hash, {Columns}) " +
                $"SELECT {IdentityKey.SqlFunction}(channel, external_id), {Columns} FROM \"customer_identities\";");
            migrationBuilder.Sql(
                "UPDATE \"ef_temp_customer_identities\" SET key_hash = NULL " +
                "WHERE id NOT IN (SELECT MIN(id) FROM \"ef_temp_customer_identities\" GROUP BY key_hash);");
            Swap(migrationBuilder);
            migrationBuilder.Sql("CREATE UNIQUE INDEX \"ix_customer_identities_key_hash\" ON \"customer_identities\" (\"key_hash\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_customer_identities" (
                    "channel" TEXT NOT NULL,
                    "external_id" TEXT NOT NULL,
                    "customer_id" INTEGER NOT NULL,
                    "source_instance" TEXT NOT NULL,
                    "first_seen_at" INTEGER NOT NULL,
                    CONSTRAINT "PK_customer_identities" PRIMARY KEY ("channel", "external_id")
                );
                """);
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_customer_identities\" ({Columns}) SELECT {Columns} FROM \"customer_identities\";");
            Swap(migrationBuilder);
        }

        private static void Swap(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"customer_identities\";");
            migrationBuilder.Sql("ALTER TABLE \"ef_temp_customer_identities\" RENAME TO \"customer_identities\";");
            migrationBuilder.Sql("CREATE INDEX \"ix_customer_identities_customer_id\" ON \"customer_identities\" (\"customer_id\");");
        }
    }
}
