using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Writes one answer of a respondent into an export: which contact details the row carries and how they are typed (the
/// score and text come from <see cref="AnswerContent"/>). The rules keep every row joinable to its person by a key the person really has (their own email,
/// their own phone, an order they placed) and never by a key of someone else, except the household phone, which always
/// comes with the member's own email.
/// </summary>
internal sealed class AnswerFactory(SurveyContext context)
{
    private static readonly ulong NetworkStream = SandboxHash.Stream("surveys/network");
    private readonly SurveyExportPlan _plan = context.Plan;
    private int _ordinal;

    public SurveyAnswer Create(
        Respondent respondent, MarketProfile market, ExportKind kind, DateTimeOffset at, long? orderId, ref DeterministicRandom random)
    {
        var crossMarket = market != respondent.Market;
        var answer = new SurveyAnswer
        {
            Export = market.Export(kind),
            Person = respondent.Index,
            SubmittedAt = at,
            Ordinal = _ordinal++,
            OrderId = orderId?.ToString(CultureInfo.InvariantCulture),
            SecondsToSubmit = random.Next(20, 900),
            NetworkId = NetworkId(respondent.Household?.Owner.Index ?? respondent.Index),
        };
        switch (kind)
        {
            case ExportKind.Nps:
                TypedKeys(answer, respondent, market, allowOrderOnly: orderId is not null, ref random);
                AnswerContent.Rate(answer, respondent.Person.Language, AnswerContent.NpsScore(ref random), _plan.EmptyCommentShare, ref random);
                break;
            case ExportKind.Csat:
                DeliveredKeys(answer, respondent, crossMarket, ref random);
                AnswerContent.Rate(answer, respondent.Person.Language, AnswerContent.CsatScore(ref random), _plan.EmptyCommentShare, ref random);
                break;
            default:
                TypedKeys(answer, respondent, market, allowOrderOnly: false, ref random);
                AnswerContent.Write(answer, respondent.Person.Language, ref random);
                break;
        }

        Tag(answer, respondent, crossMarket);
        return answer;
    }

    /// <summary>Typeform and the contact form: the person types what they like; Typeform adds the hidden order id.</summary>
    private void TypedKeys(SurveyAnswer answer, Respondent respondent, MarketProfile market, bool allowOrderOnly, ref DeterministicRandom random)
    {
        var person = respondent.Person;
        var contactForm = answer.Export.Kind == ExportKind.Contact;

        // Household members and namesakes always leave their details: their rows are the test cases.
        if (allowOrderOnly && respondent.Household is null && !respondent.IsNamesake && random.Chance(_plan.OrderOnlyShare))
        {
            answer.Traits.Add(SurveyTraits.OrderOnly);
            return;
        }

        if (respondent.Household is { } household)
        {
            answer.Email = TypedEmail(person.Email!, answer, ref random);
            answer.Phone = TypedPhone(household.PhoneE164, household.PhoneNational, person.CountryCode, market, answer, ref random);
        }
        else if (person.Email is null)
        {
            answer.Phone = TypedPhone(person.PhoneE164!, person.PhoneNational!, person.CountryCode, market, answer, ref random);
        }
        else if (!contactForm && respondent.IsCustomer && market == respondent.Market && person.PhoneE164 is not null
                 && random.Chance(_plan.PhoneOnlyShare))
        {
            // A customer's own phone is on their Shopify record, so a row with only the phone can still be joined.
            answer.Phone = TypedPhone(person.PhoneE164, person.PhoneNational!, person.CountryCode, market, answer, ref random);
        }
        else
        {
            answer.Email = TypedEmail(person.Email, answer, ref random);
            if (person.PhoneE164 is not null && random.Chance(_plan.PhoneShare))
            {
                answer.Phone = TypedPhone(person.PhoneE164, person.PhoneNational!, person.CountryCode, market, answer, ref random);
            }
        }

        if (contactForm || respondent.IsNamesake || random.Chance(_plan.NameShare))
        {
            answer.Name = respondent.FullName;
        }
    }

    /// <summary>Delighted sends to contacts the brand has: the email as stored, or by SMS the phone in E.164.</summary>
    private void DeliveredKeys(SurveyAnswer answer, Respondent respondent, bool crossMarket, ref DeterministicRandom random)
    {
        var person = respondent.Person;
        if (respondent.Household is { } household)
        {
            answer.Email = person.Email;
            answer.Phone = household.PhoneE164;
            answer.DeliveryChannel = "email";
            answer.Traits.Add(SurveyTraits.E164Phone);
        }
        else if (person.PhoneE164 is not null
                 && (person.Email is null || (respondent.IsCustomer && !crossMarket && random.Chance(_plan.SmsShare))))
        {
            answer.Phone = person.PhoneE164;
            answer.DeliveryChannel = "sms";
            answer.Traits.Add(SurveyTraits.E164Phone);
        }
        else
        {
            answer.Email = person.Email;
            answer.DeliveryChannel = "email";
        }

        if (respondent.IsNamesake || random.Chance(0.6))
        {
            answer.Name = respondent.FullName;
        }
    }

    private string TypedEmail(string email, SurveyAnswer answer, ref DeterministicRandom random)
    {
        var typed = ContactStyles.TypedEmail(email, _plan.EmailVariantShare, ref random);
        if (!string.Equals(typed, email, StringComparison.Ordinal))
        {
            answer.Traits.Add(SurveyTraits.EmailVariant);
        }

        return typed;
    }

    private string TypedPhone(string e164, string national, string country, MarketProfile market, SurveyAnswer answer, ref DeterministicRandom random)
    {
        var (text, isNational) = ContactStyles.TypedPhone(e164, national, country, market, _plan.NationalPhoneShare, ref random);
        answer.Traits.Add(isNational ? SurveyTraits.NationalPhone : SurveyTraits.E164Phone);
        return text;
    }

    private static void Tag(SurveyAnswer answer, Respondent respondent, bool crossMarket)
    {
        if (answer.Email is null && answer.Phone is not null)
        {
            answer.Traits.Add(SurveyTraits.PhoneOnly);
        }

        if (answer.OrderId is not null && (answer.Email is not null || answer.Phone is not null))
        {
            answer.Traits.Add(SurveyTraits.OrderId);
        }

        if (!respondent.IsCustomer)
        {
            answer.Traits.Add(SurveyTraits.SurveyOnly);
        }

        if (respondent.Household is { } household)
        {
            answer.Traits.Add(SurveyTraits.Household);
            if (household.Owner == respondent)
            {
                answer.Traits.Add(SurveyTraits.HouseholdOwner);
            }
        }

        if (crossMarket)
        {
            answer.Traits.Add(SurveyTraits.CrossMarket);
        }
    }

    private string NetworkId(long person) =>
        (SandboxHash.Of(context.Seed, NetworkStream, person) & 0xFF_FFFF_FFFF).ToString("x10", CultureInfo.InvariantCulture);
}
