using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Writes one answer of a respondent into an export: which contact details the row carries and how they are typed, the
/// score, the comment. The rules keep every row joinable to its person by a key the person really has (their own email,
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
                Rate(answer, respondent.Person.Language, random.Next(100) switch
                {
                    < 8 => random.Next(0, 5),
                    < 20 => random.Next(5, 7),
                    < 45 => random.Next(7, 9),
                    _ => random.Next(9, 11),
                }, ref random);
                break;
            case ExportKind.Csat:
                DeliveredKeys(answer, respondent, crossMarket, ref random);
                Rate(answer, respondent.Person.Language, random.Next(100) switch
                {
                    < 8 => 1,
                    < 15 => 2,
                    < 30 => 3,
                    < 60 => 4,
                    _ => 5,
                }, ref random);
                break;
            default:
                TypedKeys(answer, respondent, market, allowOrderOnly: false, ref random);
                Write(answer, respondent.Person.Language, ref random);
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

    /// <summary>A score and, most of the time, a comment whose tone matches it, now and then over two lines.</summary>
    private void Rate(SurveyAnswer answer, string language, int score, ref DeterministicRandom random)
    {
        answer.Score = score;
        var stars = answer.Export.Kind == ExportKind.Nps
            ? score switch { <= 4 => 1, <= 6 => 2, <= 8 => 3, _ => 5 }
            : score switch { <= 2 => score, 3 => 3, _ => 5 };
        if (random.Chance(_plan.EmptyCommentShare))
        {
            return;
        }

        var variant = random.NextUInt64();
        var comment = SandboxText.Feedback(language, stars, variant);
        if (random.Chance(0.05))
        {
            comment += "\n" + SandboxText.Feedback(language, stars, variant + 1);
        }

        answer.Comment = comment;
    }

    /// <summary>A contact-form message: a complaint, a question or praise, with the subject the writer picked.</summary>
    private static void Write(SurveyAnswer answer, string language, ref DeterministicRandom random)
    {
        var roll = random.Next(100);
        var topic = roll < 50 ? 0 : roll < 85 ? 1 : 2;
        var variant = random.NextUInt64();
        answer.Subject = ContactPhrases.Subject(language, topic);
        answer.Comment = topic switch
        {
            0 => SandboxText.Feedback(language, 1, variant),
            1 => ContactPhrases.Question(language, variant),
            _ => SandboxText.Feedback(language, 5, variant),
        };
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
