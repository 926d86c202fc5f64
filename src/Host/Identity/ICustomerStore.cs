using Connectors.Host.Store.Entities;

namespace Connectors.Host.Identity;

/// <summary>
/// What identity resolution reads and writes, inside the batch's transaction. The rules live in
/// <see cref="IdentityResolver"/>; the SQL in the store's implementation.
/// </summary>
internal interface ICustomerStore
{
    /// <summary>The customer a source's record resolved to before, with the record's content hash then.</summary>
    bool FindSource(string instance, string sourceId, out long customerId, out long hash);

    /// <summary>The customer that owns an identity, if any.</summary>
    long? OwnerOf(CustomerKey identity);

    /// <summary>The customers an order key is linked to (usually none or one).</summary>
    IReadOnlyList<long> OrderOwners(string orderKey);

    /// <summary>The customer's email identities.</summary>
    IReadOnlyList<string> EmailsOf(long customerId);

    /// <summary>Whether an operator decided the two are different people.</summary>
    bool AreSplit(long a, long b);

    /// <summary>An id for a new customer.</summary>
    long NextCustomerId();

    /// <summary>Stores a new customer (<paramref name="row"/> in <see cref="Store.Tables.StoreTables.Customers"/>' column order).</summary>
    void InsertCustomer(object?[] row);

    /// <summary>Folds a record's row into its customer: newest value wins, with its source.</summary>
    void UpdateCustomer(object?[] row);

    void InsertSource(CustomerSourceEntity source);

    void UpdateSourceHash(string instance, string sourceId, long hash, DateTimeOffset now);

    /// <summary>
    /// Stores the identity for the customer unless someone owns it; returns that owner, or <c>null</c> when it was
    /// stored (as row <paramref name="rowId"/>, which <see cref="MoveIdentity"/> can give to another customer).
    /// </summary>
    long? Claim(CustomerKey identity, long customerId, string instance, string sourceId, DateTimeOffset now, out long rowId);

    /// <summary>Gives a just-claimed identity to another customer.</summary>
    void MoveIdentity(long rowId, long customerId);

    /// <summary>Links an order key to a customer; <c>false</c> when it was linked already.</summary>
    bool AddOrder(string orderKey, long customerId, string instance, string sourceId, DateTimeOffset now);

    /// <summary>Whether feedback that named only this order waits for its buyer.</summary>
    bool HasWaitingFeedback(string orderKey);

    /// <summary>Gives feedback that named only this order to its buyer; returns how many items.</summary>
    int AttachWaitingFeedback(string orderKey, long customerId);

    /// <summary>Lists a pair held apart for review (once per pair and key).</summary>
    void AddConflict(IdentityConflictEntity conflict);

    /// <summary>Moves everything of <paramref name="gone"/> to <paramref name="kept"/>, folds its attributes in, and records why.</summary>
    void Merge(long kept, long gone, string reason, string? evidence, string decidedBy, DateTimeOffset now);
}
