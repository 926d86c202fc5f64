namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// People of one market who share one phone (the owner's own mobile) but each answer with their own email. A phone
/// that leads to someone with another email is not the same person: the trap for identity resolution.
/// </summary>
internal sealed class Household(int number, Respondent owner)
{
    private readonly List<Respondent> _members = [owner];

    public int Number { get; } = number;

    /// <summary>Whose mobile it is; their Shopify record (when a customer) carries it too.</summary>
    public Respondent Owner { get; } = owner;

    public IReadOnlyList<Respondent> Members => _members;

    public string PhoneE164 => Owner.Person.PhoneE164!;

    public string PhoneNational => Owner.Person.PhoneNational!;

    public void Add(Respondent member)
    {
        _members.Add(member);
        member.Household = this;
    }
}
