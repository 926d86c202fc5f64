using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <inheritdoc />
    /// <summary>
    /// The VoC core: attribute provenance on customers, match evidence, order links, merges, held-apart pairs and
    /// operator splits for identity resolution; enrichment columns and topics on feedback; alerts.
    /// customer_orders and feedback_topics are WITHOUT ROWID tables (raw SQL: EF Core cannot express the clause), and
    /// columns are dropped in place on the way down, so customer_sources keeps its WITHOUT ROWID layout.
    /// </summary>
    public partial class VocCore : Migration
    {
        private static void DropColumn(MigrationBuilder migrationBuilder, string table, string column) =>
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "annotations",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_match",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detected_language",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "enriched_at",
                table: "feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "order_key",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "priority",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "sentiment",
                table: "feedback",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sentiment_label",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "topics",
                table: "feedback",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "country_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "country_source",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "email_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email_source",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "locale_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "locale_source",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "name_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name_source",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "phone_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_source",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "match_evidence",
                table: "customer_sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_id",
                table: "customer_identities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "customer_merges",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kept_customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    merged_customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", nullable: false),
                    merged_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_merges", x => x.id);
                });

            migrationBuilder.Sql("""
                CREATE TABLE "customer_orders" (
                    "order_key" TEXT NOT NULL,
                    "customer_id" INTEGER NOT NULL,
                    "source_instance" TEXT NOT NULL,
                    "source_id" TEXT NOT NULL,
                    "first_seen_at" INTEGER NOT NULL,
                    CONSTRAINT "PK_customer_orders" PRIMARY KEY ("order_key", "customer_id")
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "customer_splits",
                columns: table => new
                {
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    other_customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_splits", x => new { x.customer_id, x.other_customer_id });
                });

            migrationBuilder.Sql("""
                CREATE TABLE "feedback_topics" (
                    "feedback_key" TEXT NOT NULL,
                    "topic" TEXT NOT NULL,
                    CONSTRAINT "PK_feedback_topics" PRIMARY KEY ("feedback_key", "topic")
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "identity_conflicts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    other_customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key_kind = table.Column<string>(type: "TEXT", nullable: false),
                    key_value = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    source_instance = table.Column<string>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_conflicts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_messages_customer_id",
                table: "messages",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_occurred_at",
                table: "feedback",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_order_key",
                table: "feedback",
                column: "order_key",
                filter: "customer_id IS NULL AND order_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_created_at",
                table: "alerts",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_customer_merges_kept_customer_id",
                table: "customer_merges",
                column: "kept_customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_merges_merged_customer_id",
                table: "customer_merges",
                column: "merged_customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_orders_customer_id",
                table: "customer_orders",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_topics_topic",
                table: "feedback_topics",
                column: "topic");

            migrationBuilder.CreateIndex(
                name: "ix_identity_conflicts_customer_id_other_customer_id_key_kind_key_value",
                table: "identity_conflicts",
                columns: new[] { "customer_id", "other_customer_id", "key_kind", "key_value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_conflicts_other_customer_id",
                table: "identity_conflicts",
                column: "other_customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_conflicts_status",
                table: "identity_conflicts",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "customer_merges");

            migrationBuilder.DropTable(
                name: "customer_orders");

            migrationBuilder.DropTable(
                name: "customer_splits");

            migrationBuilder.DropTable(
                name: "feedback_topics");

            migrationBuilder.DropTable(
                name: "identity_conflicts");

            migrationBuilder.DropIndex(
                name: "ix_messages_customer_id",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_feedback_occurred_at",
                table: "feedback");

            migrationBuilder.DropIndex(
                name: "ix_feedback_order_key",
                table: "feedback");

            DropColumn(migrationBuilder, "feedback", "annotations");

            DropColumn(migrationBuilder, "feedback", "customer_match");

            DropColumn(migrationBuilder, "feedback", "detected_language");

            DropColumn(migrationBuilder, "feedback", "enriched_at");

            DropColumn(migrationBuilder, "feedback", "order_key");

            DropColumn(migrationBuilder, "feedback", "priority");

            DropColumn(migrationBuilder, "feedback", "sentiment");

            DropColumn(migrationBuilder, "feedback", "sentiment_label");

            DropColumn(migrationBuilder, "feedback", "topics");

            DropColumn(migrationBuilder, "customers", "country_at");

            DropColumn(migrationBuilder, "customers", "country_source");

            DropColumn(migrationBuilder, "customers", "email_at");

            DropColumn(migrationBuilder, "customers", "email_source");

            DropColumn(migrationBuilder, "customers", "locale_at");

            DropColumn(migrationBuilder, "customers", "locale_source");

            DropColumn(migrationBuilder, "customers", "name_at");

            DropColumn(migrationBuilder, "customers", "name_source");

            DropColumn(migrationBuilder, "customers", "phone_at");

            DropColumn(migrationBuilder, "customers", "phone_source");

            DropColumn(migrationBuilder, "customer_sources", "match_evidence");

            DropColumn(migrationBuilder, "customer_identities", "source_id");
        }
    }
}
