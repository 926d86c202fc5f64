using Connectors.Abstractions;
using Connectors.Host.Identity;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Store;

/// <summary>How a <see cref="CustomerRecord"/> becomes a <c>customers</c> row, each contact attribute stamped with where and when it was seen.</summary>
internal static class CustomerRows
{
    public static CustomerEntity From(CustomerRecord r, string? email, string? phone, string source, DateTimeOffset seen)
    {
        var name = Blank(r.Name);
        var locale = Blank(r.Locale);
        var country = Blank(r.Country)?.ToUpperInvariant();
        return new CustomerEntity
        {
            Email = email,
            EmailSource = email is null ? null : source,
            EmailAt = email is null ? null : seen,
            Phone = phone,
            PhoneSource = phone is null ? null : source,
            PhoneAt = phone is null ? null : seen,
            Name = name,
            NameSource = name is null ? null : source,
            NameAt = name is null ? null : seen,
            Locale = locale,
            LocaleSource = locale is null ? null : source,
            LocaleAt = locale is null ? null : seen,
            Country = country,
            CountrySource = country is null ? null : source,
            CountryAt = country is null ? null : seen,
            EmailMarketingConsent = r.EmailMarketingConsent?.Granted,
            EmailMarketingConsentSource = r.EmailMarketingConsent?.Source,
            EmailMarketingConsentAt = r.EmailMarketingConsent?.RecordedAt,
            SmsConsent = r.SmsConsent?.Granted,
            SmsConsentSource = r.SmsConsent?.Source,
            SmsConsentAt = r.SmsConsent?.RecordedAt,
            Tags = PreparedCustomer.TagsJson(r.Tags),
            FirstSeenAt = seen,
            LastSeenAt = seen,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
