using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Connectors.Host.Store.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "checkpoints",
                columns: table => new
                {
                    connector = table.Column<string>(type: "TEXT", nullable: false),
                    stream = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkpoints", x => new { x.connector, x.stream });
                });

            migrationBuilder.CreateTable(
                name: "customer_identities",
                columns: table => new
                {
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_instance = table.Column<string>(type: "TEXT", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_identities", x => new { x.channel, x.external_id });
                });

            migrationBuilder.CreateTable(
                name: "customer_sources",
                columns: table => new
                {
                    source_instance = table.Column<string>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    match_reason = table.Column<string>(type: "TEXT", nullable: false),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_sources", x => new { x.source_instance, x.source_id });
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", nullable: true),
                    locale = table.Column<string>(type: "TEXT", nullable: true),
                    country = table.Column<string>(type: "TEXT", nullable: true),
                    email_marketing_consent = table.Column<bool>(type: "INTEGER", nullable: true),
                    email_marketing_consent_source = table.Column<string>(type: "TEXT", nullable: true),
                    email_marketing_consent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sms_consent = table.Column<bool>(type: "INTEGER", nullable: true),
                    sms_consent_source = table.Column<string>(type: "TEXT", nullable: true),
                    sms_consent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dead_letters",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    outbox_item_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sink = table.Column<string>(type: "TEXT", nullable: false),
                    item_type = table.Column<string>(type: "TEXT", nullable: false),
                    item_key = table.Column<string>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    failed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dead_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    source_instance = table.Column<string>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_source_id = table.Column<string>(type: "TEXT", nullable: true),
                    order_id = table.Column<string>(type: "TEXT", nullable: true),
                    product_id = table.Column<string>(type: "TEXT", nullable: true),
                    rating = table.Column<double>(type: "REAL", nullable: true),
                    rating_raw = table.Column<double>(type: "REAL", nullable: true),
                    rating_scale = table.Column<string>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: true),
                    language = table.Column<string>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    url = table.Column<string>(type: "TEXT", nullable: true),
                    reply_state = table.Column<string>(type: "TEXT", nullable: false),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    stored_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    source_instance = table.Column<string>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", nullable: false),
                    thread_key = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    direction = table.Column<string>(type: "TEXT", nullable: false),
                    sender_id = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reply_window_ends_at = table.Column<long>(type: "INTEGER", nullable: true),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    stored_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "outbox_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sink = table.Column<string>(type: "TEXT", nullable: false),
                    item_type = table.Column<string>(type: "TEXT", nullable: false),
                    item_key = table.Column<string>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sink_id = table.Column<string>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_problems",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    location = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_problems", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    connector = table.Column<string>(type: "TEXT", nullable: false),
                    stream = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    batches = table.Column<long>(type: "INTEGER", nullable: false),
                    records_read = table.Column<long>(type: "INTEGER", nullable: false),
                    inserted = table.Column<long>(type: "INTEGER", nullable: false),
                    updated = table.Column<long>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    problems = table.Column<long>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_identities_customer_id",
                table: "customer_identities",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_sources_customer_id",
                table: "customer_sources",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_email",
                table: "customers",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_customers_phone",
                table: "customers",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_dead_letters_sink",
                table: "dead_letters",
                column: "sink");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_customer_id",
                table: "feedback",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_source_instance_occurred_at",
                table: "feedback",
                columns: new[] { "source_instance", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_thread_key_sent_at",
                table: "messages",
                columns: new[] { "thread_key", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_items_idempotency_key",
                table: "outbox_items",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_items_sink_status_due_at",
                table: "outbox_items",
                columns: new[] { "sink", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_problems_run_id",
                table: "sync_problems",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_connector_stream_started_at",
                table: "sync_runs",
                columns: new[] { "connector", "stream", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checkpoints");

            migrationBuilder.DropTable(
                name: "customer_identities");

            migrationBuilder.DropTable(
                name: "customer_sources");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "dead_letters");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "outbox_items");

            migrationBuilder.DropTable(
                name: "sync_problems");

            migrationBuilder.DropTable(
                name: "sync_runs");
        }
    }
}
