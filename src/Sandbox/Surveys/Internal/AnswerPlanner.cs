using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Decides who answers what and when: customers answer the post-purchase NPS of their orders, the newsletter NPS, CSAT
/// after support contacts and write through the contact form, by the plan's shares; survey-only people answer one to
/// three times; household members and namesakes answer at least once; some customers also answer abroad.
/// </summary>
internal sealed class AnswerPlanner(SurveyContext context)
{
    private const long Day = 86_400;
    private static readonly ulong AnswerStream = SandboxHash.Stream("surveys/answers");
    private static readonly ulong AbroadStream = SandboxHash.Stream("surveys/answers-abroad");

    private readonly SurveyExportPlan _plan = context.Plan;
    private readonly AnswerFactory _factory = new(context);
    private readonly long _from = context.Options.DataEpoch.ToUnixTimeSeconds() - (365 * Day);
    private readonly long _to = context.Options.DataEpoch.ToUnixTimeSeconds() + (30 * Day);

    /// <summary>Every answer, in the order it was decided (the writer sorts each export by time).</summary>
    public List<SurveyAnswer> Plan(IReadOnlyList<MarketPopulation> markets)
    {
        var answers = new List<SurveyAnswer>();
        foreach (var market in markets)
        {
            foreach (var customer in market.Customers)
            {
                PlanCustomer(customer, answers);
            }

            foreach (var outsider in market.SurveyOnly)
            {
                PlanOutsider(outsider, answers);
            }
        }

        return answers;
    }

    private void PlanCustomer(Respondent customer, List<SurveyAnswer> answers)
    {
        var random = new DeterministicRandom(context.Seed, AnswerStream, customer.Index);
        var index = (int)customer.Index;
        var shop = context.Shop;
        var before = answers.Count;
        var orders = shop.OrderCount(index);
        for (var j = 0; j < orders; j++)
        {
            if (random.Chance(_plan.NpsPerOrderShare))
            {
                // Post-purchase: a few days after the order, with Typeform's hidden order_id.
                var slot = ((long)index * shop.Slots) + j;
                var at = shop.OrderCreatedAt(slot) + (long)random.Next(1, 21) * Day + random.Next((int)Day);
                answers.Add(_factory.Create(customer, customer.Market, ExportKind.Nps, Time(at), ShopifySeedData.OrderId(slot), ref random));
            }
        }

        if (random.Chance(_plan.NpsGeneralShare))
        {
            answers.Add(_factory.Create(customer, customer.Market, ExportKind.Nps, Sometime(customer, ref random), null, ref random));
        }

        if (random.Chance(_plan.CsatShare))
        {
            var repeats = random.Chance(_plan.CsatRepeatShare) ? 2 : 1;
            for (var k = 0; k < repeats; k++)
            {
                // Delighted's "Order ID" property is set when the support contact was about an order.
                long? order = orders > 0 && random.Chance(0.5) ? ShopifySeedData.OrderId(((long)index * shop.Slots) + random.Next(orders)) : null;
                answers.Add(_factory.Create(customer, customer.Market, ExportKind.Csat, Sometime(customer, ref random), order, ref random));
            }
        }

        if (customer.Person.Email is not null && random.Chance(_plan.ContactShare))
        {
            var repeats = random.Chance(_plan.ContactRepeatShare) ? 2 : 1;
            for (var k = 0; k < repeats; k++)
            {
                answers.Add(_factory.Create(customer, customer.Market, ExportKind.Contact, Sometime(customer, ref random), null, ref random));
            }
        }

        if (answers.Count == before && (customer.Household is not null || customer.IsNamesake))
        {
            answers.Add(_factory.Create(customer, customer.Market, ExportKind.Nps, Sometime(customer, ref random), null, ref random));
        }

        if (customer.AlsoAnswersIn is { } abroad)
        {
            var far = new DeterministicRandom(context.Seed, AbroadStream, customer.Index);
            var kind = far.Chance(0.5) ? ExportKind.Nps : ExportKind.Csat;
            answers.Add(_factory.Create(customer, abroad, kind, Sometime(customer, ref far), null, ref far));
        }
    }

    private void PlanOutsider(Respondent outsider, List<SurveyAnswer> answers)
    {
        var random = new DeterministicRandom(context.Seed, AnswerStream, outsider.Index);
        var count = 1 + (random.Chance(0.4) ? 1 : 0) + (random.Chance(0.2) ? 1 : 0);
        for (var k = 0; k < count; k++)
        {
            var roll = random.Next(100);
            var kind = roll < 45 ? ExportKind.Nps : roll < 80 ? ExportKind.Csat : ExportKind.Contact;
            if (kind == ExportKind.Contact && outsider.Person.Email is null)
            {
                // A contact form wants an email; someone without one answers the survey instead.
                kind = ExportKind.Nps;
            }

            answers.Add(_factory.Create(outsider, outsider.Market, kind, Sometime(outsider, ref random), null, ref random));
        }
    }

    /// <summary>A time in the year before the data epoch or the month after it; for a customer, not before they signed up.</summary>
    private DateTimeOffset Sometime(Respondent respondent, ref DeterministicRandom random)
    {
        var from = respondent.IsCustomer ? Math.Max(_from, context.Shop.CreatedAt((int)respondent.Index)) : _from;
        return Time(from + (long)(random.NextDouble() * (_to - from)));
    }

    private static DateTimeOffset Time(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
}
