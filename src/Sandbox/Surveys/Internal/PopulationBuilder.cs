using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Decides who may answer in each market: the market's Shopify customers, households that share a phone, namesake pairs,
/// people who appear only in surveys, and customers who also answer in another market.
/// </summary>
internal static class PopulationBuilder
{
    private static readonly ulong PopulationStream = SandboxHash.Stream("surveys/population");

    public static IReadOnlyList<MarketPopulation> Build(SurveyContext context)
    {
        var markets = MarketProfiles.All.Select(m => new MarketPopulation(m)).ToList();
        var byCountry = markets.ToDictionary(m => m.Market.CountryCode, StringComparer.Ordinal);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var sharedByChance = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < context.Options.Customers; i++)
        {
            var person = context.People.Get(i);
            if (person.PhoneE164 is { } phone && !phones.Add(phone))
            {
                sharedByChance.Add(phone);
            }

            if (byCountry.TryGetValue(person.CountryCode, out var market))
            {
                market.Customers.Add(new Respondent(person, market.Market, isCustomer: true));
            }
        }

        var pool = new PersonPool(context.People, context.Options.Customers, phones, byCountry.Keys.ToHashSet(StringComparer.Ordinal));
        for (var m = 0; m < markets.Count; m++)
        {
            var random = new DeterministicRandom(context.Seed, PopulationStream, m);
            var picker = new CustomerPicker(markets[m].Customers);
            AddHouseholds(markets[m], pool, picker, sharedByChance, context.Plan, ref random);
            AddNamesakes(markets[m], pool, picker, context.Plan, ref random);
            AddSurveyOnly(markets[m], pool, context.Plan);
            PickCrossMarket(markets[m], markets, context.Plan, ref random);
        }

        return markets;
    }

    /// <summary>Households of two or three: the owner of the phone, a member with the owner's last name, and now and then a third.</summary>
    private static void AddHouseholds(
        MarketPopulation market, PersonPool pool, CustomerPicker picker, HashSet<string> sharedByChance, SurveyExportPlan plan, ref DeterministicRandom random)
    {
        var country = market.Market.CountryCode;
        var count = Scaled(plan.HouseholdShare, market.Customers.Count);
        for (var k = 0; k < count; k++)
        {
            // Cycle through who is a Shopify customer: both; the owner only; the member only.
            var pattern = k % 3;
            var size = k % 4 == 3 ? 3 : 2;
            var owner = pattern == 2
                ? Outsider(pool.Take(country, needsEmail: true, needsPhone: true), market)
                : picker.Pick(ref random, c => Free(c) && c.Person.Email is not null && c.Person.PhoneE164 is { } phone && !sharedByChance.Contains(phone));
            if (owner is null)
            {
                continue;
            }

            var household = new Household(market.Households.Count + 1, owner);
            owner.Household = household;
            for (var i = 1; i < size; i++)
            {
                var lastName = owner.Person.LastName;
                var member = i == 1 && pattern != 1
                    ? picker.PickByLastName(lastName, ref random, c => Free(c) && c.Person.Email is not null)
                    : null;
                member ??= Outsider(pool.Take(country, needsEmail: true, lastName: lastName), market);
                if (member is not null)
                {
                    household.Add(member);
                }
            }

            if (household.Members.Count < 2)
            {
                owner.Household = null;
            }
            else
            {
                market.Households.Add(household);
            }

            market.SurveyOnly.AddRange(household.Members.Where(m => !m.IsCustomer));
        }
    }

    /// <summary>A customer and someone who only answers surveys, with the same first and last name and their own emails.</summary>
    private static void AddNamesakes(MarketPopulation market, PersonPool pool, CustomerPicker picker, SurveyExportPlan plan, ref DeterministicRandom random)
    {
        var count = Scaled(plan.NamesakeShare, market.Customers.Count);
        for (var k = 0; k < count; k++)
        {
            var customer = picker.Pick(ref random, c => Free(c) && c.Person.Email is not null);
            if (customer is null)
            {
                return;
            }

            var twin = pool.Take(market.Market.CountryCode, needsEmail: true, lastName: customer.Person.LastName, firstName: customer.Person.FirstName);
            if (twin is null)
            {
                continue;
            }

            customer.IsNamesake = true;
            market.SurveyOnly.Add(new Respondent(twin, market.Market, isCustomer: false) { IsNamesake = true });
            market.NamesakePairs++;
        }
    }

    private static void AddSurveyOnly(MarketPopulation market, PersonPool pool, SurveyExportPlan plan)
    {
        var count = Scaled(plan.SurveyOnlyShare, market.Customers.Count);
        for (var k = 0; k < count && pool.Take(market.Market.CountryCode) is { } person; k++)
        {
            market.SurveyOnly.Add(new Respondent(person, market.Market, isCustomer: false));
        }
    }

    private static void PickCrossMarket(MarketPopulation market, IReadOnlyList<MarketPopulation> markets, SurveyExportPlan plan, ref DeterministicRandom random)
    {
        var others = markets.Where(m => m != market).Select(m => m.Market).ToList();
        foreach (var customer in market.Customers)
        {
            // Household members always give the household's phone at home; abroad they would not, so they stay home.
            if (random.Chance(plan.CrossMarketShare) && customer.Household is null && customer.Person.Email is not null)
            {
                customer.AlsoAnswersIn = random.Pick(others);
            }
        }
    }

    private static bool Free(Respondent customer) => customer.Household is null && !customer.IsNamesake;

    private static Respondent? Outsider(SandboxPerson? person, MarketPopulation market) =>
        person is null ? null : new Respondent(person, market.Market, isCustomer: false);

    /// <summary>A share of the market's customers, at least one when the share is above zero and the market has customers.</summary>
    private static int Scaled(double share, int customers) =>
        share <= 0 || customers == 0 ? 0 : Math.Max(1, (int)Math.Round(share * customers));
}
