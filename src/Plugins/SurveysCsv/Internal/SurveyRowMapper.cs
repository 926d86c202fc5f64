using System.Globalization;
using System.Text;
using Connectors.Abstractions;
using Sylvan.Data.Csv;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>
/// Turns the current row of one file into an answer and its respondent. <paramref name="scale"/> is null when the export
/// has no score column: answers then carry no rating and need a comment.
/// </summary>
internal sealed class SurveyRowMapper(SurveysCsvOptions options, RatingScale? scale, ColumnOrdinals columns, string fileName)
{
    public RowResult Map(CsvDataReader row, long line)
    {
        var location = $"{fileName}:{line}";
        if (row.RowFieldCount < row.FieldCount)
        {
            // Sylvan reports a blank line as one empty field: skip it quietly, it is no answer.
            return row.RowFieldCount == 1 && row.GetFieldSpan(0).IsWhiteSpace()
                ? RowResult.Blank
                : RowResult.Skipped(new SourceProblem(location,
                    $"the row has {row.RowFieldCount} fields but the header has {row.FieldCount}; " +
                    $"check the quoting of comments and that the delimiter is '{options.Delimiter}'"));
        }

        var reasons = new List<string>(2);
        var comment = Get(row, columns.Comment);
        Rating? rating = null;
        if (scale is { } ratedOn)
        {
            rating = ReadScore(Get(row, columns.Score), ratedOn, reasons);
        }
        else if (comment is null)
        {
            reasons.Add("comment is empty and the export has no score column, so the row holds no answer; fill in the comment or remove the row");
        }

        var occurredAt = ReadSubmittedAt(Get(row, columns.SubmittedAt), reasons);
        if (reasons.Count > 0)
        {
            return RowResult.Skipped(new SourceProblem(location, string.Join("; ", reasons)));
        }

        var email = Get(row, columns.Email);
        var phone = Get(row, columns.Phone);
        var orderId = Get(row, columns.OrderId);
        var customerId = email?.ToLowerInvariant() ?? PhoneKey(phone);
        var feedback = new FeedbackRecord
        {
            SourceId = Get(row, columns.ResponseId) ?? location,
            Channel = options.Channel,
            Kind = options.Kind,
            CustomerSourceId = customerId,
            OrderId = orderId,
            Rating = rating,
            Body = comment,
            Language = Get(row, columns.Language) ?? options.Language,
            OccurredAt = occurredAt,
        };
        var customer = customerId is null ? null : new CustomerRecord
        {
            SourceId = customerId,
            Channel = options.Channel,
            Email = email,
            Phone = phone,
            Name = Get(row, columns.Name),
            Country = options.DefaultCountry,
            SeenAt = occurredAt,
            OrderIds = orderId is null ? [] : [orderId],
        };
        return RowResult.Answer(feedback, customer);
    }

    private static Rating ReadScore(string? text, RatingScale scale, List<string> reasons)
    {
        if (text is null)
        {
            reasons.Add($"score is empty; fill in a number on the {SurveyScales.Describe(scale)} or remove the row");
            return default;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var raw) || !double.IsFinite(raw))
        {
            reasons.Add($"score '{text}' is not a number on the {SurveyScales.Describe(scale)}; use digits with '.' for decimals");
            return default;
        }

        var (min, max) = Rating.Bounds(scale);
        if (raw < min || raw > max)
        {
            reasons.Add($"score '{text}' is outside the {SurveyScales.Describe(scale)}; fix the value or set the scale option to the survey's scale");
            return default;
        }

        return Rating.FromScale(raw, scale);
    }

    private static DateTimeOffset ReadSubmittedAt(string? text, List<string> reasons)
    {
        if (text is null)
        {
            reasons.Add($"submitted-at is empty; give the time as {SubmittedAtParser.Accepted}");
            return default;
        }

        if (!SubmittedAtParser.TryParse(text, out var value))
        {
            reasons.Add($"submitted-at '{text}' is not a date; use {SubmittedAtParser.Accepted}");
        }

        return value;
    }

    /// <summary>The trimmed field, or <c>null</c> when the column is not mapped or the field is empty.</summary>
    private static string? Get(CsvDataReader row, int ordinal)
    {
        if (ordinal < 0)
        {
            return null;
        }

        var value = row.GetFieldSpan(ordinal).Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>Digits with a leading '+' kept, so "+49 (151) 123-45.67" and "+4915112345 67" are one respondent.</summary>
    private static string? PhoneKey(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var key = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && key.Length == 0))
            {
                key.Append(c);
            }
        }

        return key.Length > 0 && key.ToString() != "+" ? key.ToString() : null;
    }
}
