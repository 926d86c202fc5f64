using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <summary>
    /// Rebuilds <c>customer_sources</c> as a WITHOUT ROWID table clustered on its key (connector, source id): a look-up
    /// by source id, which every order's buyer needs, reads one B-tree instead of the key index and then the table,
    /// and a new source is one insert instead of two. EF Core cannot express WITHOUT ROWID, so this is raw SQL; the
    /// model is unchanged, and a test checks that the table keeps the clause.
    /// </summary>
    public partial class CustomerSourcesWithoutRowId : Migration
    {
        private const string Columns = "source_instance, source_id, channel, customer_id, match_reason, content_hash, first_seen_at, updated_at";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string tableOptions)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_customer_sources" (
                    "source_instance" TEXT NOT NULL,
                    "source_id" TEXT NOT NULL,
                    "channel" TEXT NOT NULL,
                    "customer_id" INTEGER NOT NULL,
                    "match_reason" TEXT NOT NULL,
                    "content_hash" INTEGER NOT NULL,
                    "first_seen_at" INTEGER NOT NULL,
                    "updated_at" INTEGER NOT NULL,
                    CONSTRAINT "PK_customer_sources" PRIMARY KEY ("source_instance", "source_id")
                ){tableOptions};
                """);
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_customer_sources\" ({Columns}) SELECT {Columns} FROM \"customer_sources\";");
            migrationBuilder.Sql("DROP TABLE \"customer_sources\";");
            migrationBuilder.Sql("ALTER TABLE \"ef_temp_customer_sources\" RENAME TO \"customer_sources\";");
            migrationBuilder.Sql("CREATE INDEX \"ix_customer_sources_customer_id\" ON \"customer_sources\" (\"customer_id\");");
        }
    }
}
